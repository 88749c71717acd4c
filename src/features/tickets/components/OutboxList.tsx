import { Link } from 'react-router';
import { Button, buttonClass } from '@/components/ui/Button';
import { Icon } from '@/components/ui/Icon';
import { useTranslation } from '@/i18n/react';
import { RefusedReason } from './RefusedReason';
import { discardReport, type OutboxItem } from '../api/outbox';
import { clock } from '@/lib/voice-time';

/**
 * Reports still on this phone: waiting to send (shown only while the list does not have them yet), or
 * refused by the server — with the reason and a way to fix and resend. Nothing is lost.
 */
export function OutboxList({
  items,
  visibleIds,
  fixLink,
}: {
  items: OutboxItem[];
  visibleIds: ReadonlySet<string>;
  fixLink: (id: string) => string;
}) {
  const { t } = useTranslation();
  const shown = items.filter((i) => i.state === 'refused' || !visibleIds.has(i.id));
  if (!shown.length) return null;
  return (
    <section aria-labelledby="outbox-h" className="flex flex-col gap-3">
      <h2 id="outbox-h" className="text-xl font-bold">
        {t('outbox.title')}
      </h2>
      <ul className="flex flex-col gap-3">
        {shown.map((item) => (
          <li
            key={item.id}
            className={`rounded-2xl border-2 p-4 ${item.state === 'refused' ? 'border-red-400 bg-red-50' : 'border-amber-400 bg-amber-50'}`}
          >
            <p className="flex items-center gap-2 text-base font-bold">
              <Icon name={item.state === 'refused' ? 'alert' : 'clock'} />
              {item.state === 'refused' ? t('outbox.refused') : t('outbox.waiting')}
            </p>
            <p className="mt-1 line-clamp-2 text-base">
              {item.input.description || t('tickets.voice', { time: clock(item.voice?.seconds ?? 0) })}
            </p>
            {item.state === 'refused' ? (
              <>
                <p className="mt-1 text-base">
                  <RefusedReason error={item.error} />
                </p>
                <div className="mt-3 flex flex-wrap gap-2">
                  <Link to={fixLink(item.id)} className={buttonClass('primary')}>
                    {t('outbox.fix')}
                  </Link>
                  <Button
                    variant="danger"
                    onClick={() => {
                      if (window.confirm(t('outbox.discardConfirm'))) void discardReport(item.id);
                    }}
                  >
                    {t('outbox.discard')}
                  </Button>
                </div>
              </>
            ) : (
              <p className="mt-1 text-sm text-stone-800">{t('outbox.waitingHint')}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
