import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { reloadPrefs } from '@/lib/prefs';
import { renderWithProviders } from '@/testing/render';
import { ElderSwitch, LanguageSwitch } from './PrefsControls';

describe('长辈版 switch', () => {
  it('is a labelled switch that enlarges the page and is remembered', async () => {
    renderWithProviders(<ElderSwitch />);
    const sw = screen.getByRole('switch', { name: '长辈版：已关闭' });
    expect(sw).toHaveAttribute('aria-checked', 'false');
    await userEvent.click(sw);
    expect(screen.getByRole('switch', { name: '长辈版：已开启（大字）' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(document.documentElement).toHaveClass('elder');
    // a reload reads the stored preference
    document.documentElement.classList.remove('elder');
    reloadPrefs();
    expect(document.documentElement).toHaveClass('elder');
  });
});

describe('language switch', () => {
  it('switches the whole UI to English and remembers it', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <ElderSwitch />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('switch', { name: 'Large text mode: off' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '中文' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('shequ.lang')).toBe('en');
  });
});
