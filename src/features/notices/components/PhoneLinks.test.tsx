import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhoneLinks } from './PhoneLinks';

describe('phone numbers in a notice', () => {
  it('are tap-to-call links; the rest stays text', () => {
    render(
      <p>
        <PhoneLinks
          text={
            '如有疑问，请拨打 0730-8881234，或联系网格员 139 0000 0077。\n费用 0.65 元，编号 20260001234567。'
          }
        />
      </p>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['0730-8881234', 'tel:07308881234'],
      ['139 0000 0077', 'tel:13900000077'],
    ]);
    expect(screen.getByText(/如有疑问/)).toHaveTextContent(
      '如有疑问，请拨打 0730-8881234，或联系网格员 139 0000 0077。 费用 0.65 元，编号 20260001234567。',
    );
  });

  it('a text with no number is left as it is', () => {
    const { container } = render(<PhoneLinks text="本周六停水。" />);
    expect(container.innerHTML).toBe('本周六停水。');
  });
});
