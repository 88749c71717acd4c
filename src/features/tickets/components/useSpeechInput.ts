import { useState } from 'react';

interface SpeechRecognitionLike {
  lang: string;
  interimResults: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  start(): void;
}

function speechRecognition(): (new () => SpeechRecognitionLike) | null {
  const w = window as unknown as Record<string, unknown>;
  return (w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null) as
    (new () => SpeechRecognitionLike) | null;
}

/**
 * Speaking instead of typing, where the browser can turn speech into text (Chrome, Safari): `listen()`
 * hears one utterance in `lang` and hands its text to `onHeard`. `available` is false elsewhere (the form
 * then shows no button).
 */
export function useSpeechInput(lang: string, onHeard: (said: string) => void) {
  const [listening, setListening] = useState(false);
  function listen() {
    const Recognition = speechRecognition();
    if (!Recognition) return;
    const r = new Recognition();
    r.lang = lang;
    r.interimResults = false;
    r.onresult = (e) => {
      onHeard(
        Array.from(e.results)
          .map((res) => res[0]?.transcript ?? '')
          .join(''),
      );
    };
    r.onend = () => setListening(false);
    setListening(true);
    r.start();
  }
  return { available: speechRecognition() !== null, listening, listen };
}
