import { useEffect, useId, useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/Button';
import { FormError } from '@/components/ui/FormError';
import { addMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import voiceMessages from '@/i18n/zh-CN.voice';
import { voiceCharsMax, voicePattern, voiceSecondsMax } from '@/lib/policy';
import type { VoiceInput } from '../api/writes';
import { clock } from '@/lib/voice-time';

// These messages come with this chunk (the report form loads it only where a phone can record).
addMessages(voiceMessages);

/** Opus at 16 kbit/s: a minute of speech is ~120 KB (the rules' voiceCharsMax leaves room above that). */
const BITS_PER_SECOND = 16_000;
/** What to record in, best first: opus in webm (Chrome, Android) or ogg (Firefox), else AAC in mp4 (Safari). */
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];

type Problem = 'denied' | 'noMic' | 'failed' | 'tooLarge';

function asDataUrl(blob: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * A short voice message for the report, for residents who cannot type Chinese on a phone: one big button
 * starts recording (the phone asks for the microphone), the time runs against the limit, it stops by itself
 * at voiceSecondsMax (or before the recording outgrows what the rules take). Then it can be played back,
 * recorded again or deleted. Recorded compressed (opus, 16 kbit/s) and kept as a data URL, so it is kept in
 * the draft and queued offline with the report like the photos. Rendered only where MediaRecorder exists.
 *
 * The draft: with `restore`, a message kept from an earlier visit is put back; while `keep` holds, the
 * message is kept on the phone (the form's draft forgets it when the report is handed over).
 */
export function VoiceRecorder({
  voice,
  onVoice,
  onRecording,
  keep,
  restore,
}: {
  voice: VoiceInput | null;
  onVoice: (voice: VoiceInput | null) => void;
  /** While recording (the form's submit waits). */
  onRecording: (recording: boolean) => void;
  keep: boolean;
  restore: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'opening' | 'recording'>('idle');
  const [elapsed, setElapsed] = useState(0);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [full, setFull] = useState(false);
  const recorder = useRef<MediaRecorder | null>(null);
  const stopButton = useRef<HTMLButtonElement>(null);
  const player = useRef<HTMLAudioElement>(null);

  // the draft: put back what was kept, then keep what is there
  const [restored, setRestored] = useState(!restore);
  useEffect(() => {
    if (!restore) return;
    void import('./draft-photos')
      .then((d) => d.keptVoice())
      .then((kept) => kept && onVoice(kept))
      .catch(() => undefined)
      .finally(() => setRestored(true));
    // (once, when the form opens)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (keep && restored)
      void import('./draft-photos').then(
        (d) => d.keepVoice(voice),
        () => undefined,
      );
  }, [voice, keep, restored]);

  // leaving the form while recording lets go of the microphone
  useEffect(() => () => recorder.current?.stream.getTracks().forEach((track) => track.stop()), []);

  async function start() {
    setProblem(null);
    setFull(false);
    setState('opening');
    onRecording(true);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
    } catch (e) {
      const name = (e as { name?: string }).name;
      setProblem(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'denied'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'noMic'
            : 'failed',
      );
      setState('idle');
      onRecording(false);
      return;
    }
    let rec: MediaRecorder;
    try {
      const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type));
      rec = new MediaRecorder(stream, {
        ...(mimeType ? { mimeType } : {}),
        audioBitsPerSecond: BITS_PER_SECOND,
      });
    } catch {
      stream.getTracks().forEach((track) => track.stop());
      setProblem('failed');
      setState('idle');
      onRecording(false);
      return;
    }
    const chunks: Blob[] = [];
    let bytes = 0;
    const began = Date.now();
    let timer = 0;
    const stop = () => {
      window.clearInterval(timer);
      if (rec.state !== 'inactive') rec.stop();
    };
    rec.ondataavailable = (e) => {
      if (!e.data.size) return;
      chunks.push(e.data);
      bytes += e.data.size;
      // a phone that records larger than asked: stop while one more second still fits in what the rules take
      if (((bytes + 2 * e.data.size) * 4) / 3 + 64 > voiceCharsMax) {
        setFull(true);
        stop();
      }
    };
    rec.onstop = () => {
      window.clearInterval(timer);
      stream.getTracks().forEach((track) => track.stop());
      recorder.current = null;
      const seconds = Math.min(voiceSecondsMax, Math.max(1, Math.round((Date.now() - began) / 1000)));
      // the bare type (`audio/webm`), as the rules' pattern has it
      const type = (rec.mimeType || 'audio/webm').split(';')[0]!.trim();
      void asDataUrl(new Blob(chunks, { type }))
        .then((dataUrl) => {
          if (dataUrl.length > voiceCharsMax) setProblem('tooLarge');
          else if (!new RegExp(voicePattern).test(dataUrl)) setProblem('failed');
          else onVoice({ dataUrl, seconds });
        })
        .catch(() => setProblem('failed'))
        .finally(() => {
          setState('idle');
          onRecording(false);
        });
    };
    rec.onerror = () => {
      setProblem('failed');
      stop();
    };
    recorder.current = rec;
    rec.start(1000);
    setElapsed(0);
    setState('recording');
    timer = window.setInterval(() => {
      const s = (Date.now() - began) / 1000;
      setElapsed(Math.min(voiceSecondsMax, Math.floor(s)));
      if (s >= voiceSecondsMax) {
        setFull(true);
        stop();
      }
    }, 250);
  }

  useEffect(() => {
    if (state === 'recording') stopButton.current?.focus();
  }, [state]);

  const hint = `${id}-hint`;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hint}>
      <legend className="mb-1 text-lg font-bold">{t('voiceMessage.legend')}</legend>
      <p id={hint} className="text-base text-stone-800">
        {t('voiceMessage.hint', { max: voiceSecondsMax })}
      </p>
      {state === 'recording' ? (
        <div className="flex flex-col gap-2 rounded-2xl border-2 border-red-700 bg-red-50 p-3">
          {/* (not a live region: a screen reader would read every second; the stop button takes the focus) */}
          <p className="flex items-center gap-2 text-xl font-bold text-red-900">
            <span aria-hidden="true" className="inline-block size-4 shrink-0 rounded-full bg-red-700" />
            {t('voiceMessage.recording', { time: clock(elapsed), max: voiceSecondsMax })}
          </p>
          <button
            ref={stopButton}
            type="button"
            onClick={() => recorder.current?.stop()}
            className={buttonClass('danger', 'text-lg')}
          >
            {t('voiceMessage.stop')}
          </button>
        </div>
      ) : voice ? (
        <div className="flex flex-col gap-2 rounded-2xl border border-stone-300 bg-white p-3">
          <p className="text-lg font-medium" role="status">
            {t('voiceMessage.recorded', { time: clock(voice.seconds) })}
          </p>
          <audio
            ref={player}
            controls
            src={voice.dataUrl}
            preload="metadata"
            aria-label={t('voiceMessage.player', { time: clock(voice.seconds) })}
            className="w-full"
          />
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={() => void start()} className="text-lg">
              {t('voiceMessage.rerecord')}
            </Button>
            <Button variant="danger" onClick={() => onVoice(null)} className="text-lg">
              {t('voiceMessage.remove')}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="secondary"
          onClick={() => void start()}
          disabled={state === 'opening'}
          className="self-start border-2 text-lg"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3zM5 11a7 7 0 0 0 14 0M12 18v3" />
          </svg>
          {state === 'opening' ? t('voiceMessage.opening') : t('voiceMessage.record')}
        </Button>
      )}
      {full && state !== 'recording' && voice && (
        <p className="text-base text-stone-800">{t('voiceMessage.full', { max: voiceSecondsMax })}</p>
      )}
      <FormError>{problem && t(`voiceMessage.errors.${problem}`)}</FormError>
    </fieldset>
  );
}
