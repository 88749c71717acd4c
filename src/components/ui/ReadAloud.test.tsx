import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/i18n';
import ReadAloud, { READ_RATE, voiceFor } from './ReadAloud';

/** A phone's speech engine: its voices (arriving late, as on many phones) and what it was asked to say. */
function fakeSpeech(initial: { lang: string; voiceURI: string }[]) {
  let list = initial;
  const listeners = new Set<() => void>();
  const spoken: { text: string; lang: string; rate: number }[] = [];
  const engine = {
    spoken,
    cancelled: 0,
    getVoices: () => list as SpeechSynthesisVoice[],
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang, rate: u.rate }),
    cancel: () => void engine.cancelled++,
    arrive(voices: { lang: string; voiceURI: string }[]) {
      list = voices;
      listeners.forEach((l) => l());
    },
  };
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.assign(globalThis, { speechSynthesis: engine, SpeechSynthesisUtterance: Utterance });
  return engine;
}

afterEach(() => {
  delete (globalThis as { speechSynthesis?: unknown }).speechSynthesis;
});

describe('朗读', () => {
  it('offers nothing on a phone without speech, or without a voice for the language', async () => {
    const { container, unmount } = render(<ReadAloud text="停水通知" />);
    expect(container).toBeEmptyDOMElement();
    unmount();
    fakeSpeech([{ lang: 'en-US', voiceURI: 'en' }]);
    const again = render(<ReadAloud text="停水通知" />);
    expect(again.container).toBeEmptyDOMElement();
  });

  it('appears when a Chinese voice arrives, reads slowly in it, and stops on a second tap', async () => {
    const engine = fakeSpeech([]);
    render(<ReadAloud text="周三 9:00–12:00 停水" />);
    expect(screen.queryByRole('button')).toBeNull();
    act(() =>
      engine.arrive([
        { lang: 'en-US', voiceURI: 'en' },
        { lang: 'zh-TW', voiceURI: 'tw' },
        { lang: 'zh-CN', voiceURI: 'cn' },
      ]),
    );
    const button = screen.getByRole('button', { name: '🔊 朗读' });
    await userEvent.click(button);
    expect(engine.spoken).toEqual([{ text: '周三 9:00–12:00 停水', lang: 'zh-CN', rate: READ_RATE }]);
    expect(screen.getByRole('button', { name: '⏹ 停止朗读' })).toHaveAttribute('aria-pressed', 'true');
    const before = engine.cancelled;
    await userEvent.click(screen.getByRole('button', { name: '⏹ 停止朗读' }));
    expect(engine.cancelled).toBeGreaterThan(before);
    expect(engine.spoken).toHaveLength(1);
    expect(screen.getByRole('button', { name: '🔊 朗读' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('in English, reads with an English voice', async () => {
    await setLanguage('en');
    const engine = fakeSpeech([
      { lang: 'zh-CN', voiceURI: 'cn' },
      { lang: 'en_GB', voiceURI: 'gb' },
    ]);
    render(<ReadAloud text="Water off on Wednesday" />);
    await userEvent.click(screen.getByRole('button', { name: '🔊 Read aloud' }));
    expect(engine.spoken[0]?.lang).toBe('en_GB');
  });

  it('prefers the mainland voice among Chinese ones', () => {
    const v = (lang: string) => ({ lang, voiceURI: lang }) as SpeechSynthesisVoice;
    expect(voiceFor([v('zh-HK'), v('zh-CN')], 'zh-CN')?.lang).toBe('zh-CN');
    expect(voiceFor([v('zh-HK')], 'zh-CN')?.lang).toBe('zh-HK');
    expect(voiceFor([v('fr-FR')], 'zh-CN')).toBeNull();
  });
});
