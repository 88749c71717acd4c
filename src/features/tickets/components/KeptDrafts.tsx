import { Button } from '@/components/ui/Button';
import { useTranslation } from '@/i18n/react';
import type { TicketStatus } from '../types';

/**
 * Text typed into an action box the ticket no longer offers (someone else acted first), kept with what
 * happened: to put into the reply (or comment) box, or to let go. Its own chunk, with the staff messages:
 * only staff meet it, and the ticket screen's first load does not carry it.
 */
export function KeptDrafts({
  kept,
  status,
  reuse,
  onReuse,
  onDiscard,
}: {
  /** [box, text]: the action whose box held the text (an `actions.*` name). */
  kept: [string, string][];
  status: TicketStatus;
  /** The box the text can go into now (null: none offered). */
  reuse: 'reply' | 'comment' | null;
  onReuse: (box: string, text: string) => void;
  onDiscard: (box: string) => void;
}) {
  const { t } = useTranslation();
  return kept.map(([box, text]) => (
    <div
      key={box}
      role="status"
      className="flex flex-col gap-2 rounded-xl border border-amber-500 bg-amber-50 p-3"
    >
      <p className="text-base font-medium">
        {t('keptText.changedUnder', {
          action: t(`actions.${box as 'accept'}`),
          status: t(`status.${status}`),
        })}
      </p>
      <textarea
        readOnly
        rows={3}
        value={text}
        aria-label={t('keptText.text')}
        className="w-full rounded-xl border border-stone-400 bg-white p-2 text-base"
      />
      <div className="flex flex-wrap gap-2">
        {reuse && reuse !== box && (
          <Button variant="secondary" onClick={() => onReuse(box, text)}>
            {t(reuse === 'reply' ? 'keptText.asReply' : 'keptText.asComment')}
          </Button>
        )}
        <Button variant="ghost" onClick={() => onDiscard(box)}>
          {t('keptText.discard')}
        </Button>
      </div>
    </div>
  ));
}
