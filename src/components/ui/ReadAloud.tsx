import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button } from './Button';

/**
 * 朗读: reads a text aloud with the phone's own speech (speechSynthesis), for residents who read with
 * difficulty. Shown only when the phone has a voice for the language (many have none for Chinese: then
 * there is no button that does nothing). Slower than the default rate. Loaded lazily where it is used.
 */
function voices(): SpeechSynthesisVoice[] {
  return typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices();
}

function subscribe(onChange: () => void) {
  if (typeof speechSynthesis === 'undefined') return () => undefined;
  const engine = speechSynthesis;
  engine.addEventListener('voiceschanged', onChange);
  return () => engine.removeEventListener('voiceschanged', onChange);
}

/** The phone's voice for a language (`zh` matches zh-CN, zh-TW… preferring the mainland), or none. */
export function voiceFor(list: SpeechSynthesisVoice[], lang: 'zh-CN' | 'en'): SpeechSynthesisVoice | null {
  const base = lang === 'en' ? 'en' : 'zh';
  const matching = list.filter((v) => v.lang.replace('_', '-').toLowerCase().startsWith(base));
  return matching.find((v) => v.lang.replace('_', '-') === lang) ?? matching[0] ?? null;
}

/** Slower than the phone's default: easier to follow. */
export const READ_RATE = 0.85;

export default function ReadAloud({ text }: { text: string }) {
  const { t, lang } = useTranslation();
  // The voice list arrives late on many phones (`voiceschanged`); a snapshot key keeps the store stable.
  const key = useSyncExternalStore(
    subscribe,
    () =>
      voices()
        .map((v) => v.voiceURI)
        .join('|'),
    () => '',
  );
  const [speaking, setSpeaking] = useState(false);
  // Leaving the screen stops the reading.
  useEffect(() => {
    if (!speaking) return;
    const engine = speechSynthesis;
    return () => engine.cancel();
  }, [speaking]);
  const voice = key ? voiceFor(voices(), lang) : null;
  if (!voice) return null;
  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = READ_RATE;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    speechSynthesis.speak(u);
    setSpeaking(true);
  };
  return (
    <Button variant="secondary" aria-pressed={speaking} onClick={toggle} className="self-start">
      {speaking ? t('readAloud.stop') : t('readAloud.start')}
    </Button>
  );
}
