import { useQuery } from '@tanstack/react-query';
import { addMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import voiceMessages from '@/i18n/zh-CN.voice';
import { voiceQueries } from '../api/voice-queries';
import { clock } from '@/lib/voice-time';

// These messages come with this chunk (fetched only for a ticket that has a voice message).
addMessages(voiceMessages);

/**
 * The report's voice message on its ticket, for the household and staff: a labelled player with its
 * length (a recording made in the browser carries no length the player can show before it is played).
 */
export default function VoicePlayer({ ticketId, seconds }: { ticketId: string; seconds: number }) {
  const { t } = useTranslation();
  const voice = useQuery(voiceQueries.message(ticketId));
  const time = clock(seconds);
  return (
    <section aria-labelledby="voice-h" className="flex flex-col gap-2">
      <h2 id="voice-h" className="text-xl font-bold">
        {t('voiceMessage.title')}{' '}
        <span className="text-lg font-normal text-stone-800">{t('voiceMessage.duration', { time })}</span>
      </h2>
      {voice.data ? (
        <audio
          controls
          preload="metadata"
          src={voice.data}
          aria-label={t('voiceMessage.player', { time })}
          className="w-full"
        />
      ) : (
        <p className="text-base">
          {t(voice.isPending ? 'voiceMessage.loading' : 'voiceMessage.unavailable')}
        </p>
      )}
    </section>
  );
}
