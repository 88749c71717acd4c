import { Fragment, lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useTranslation } from '@/i18n/react';
import { Card } from '@/components/ui/Card';
import { formatDateTime } from '@/i18n/format';
import { confirmDays } from '@/lib/policy';
import type { Category, Ticket, TicketPhoto, TimelineEntry } from '../types';
import { categoryLabel } from './category-label';
import { homeLabel, placeLabel } from './place-label';
import { DueLabel } from './DueLabel';
import { StatusBadge } from './StatusBadge';
import { ticketNumber } from './ticket-number';
import timelineMessages from '@/i18n/zh-CN.timeline';
import { addMessages } from '@/i18n';

// This part of the messages comes with this code (not in every first load).
addMessages(timelineMessages);

// Staff's words to the household, read aloud on request (fetched after the ticket shows; no button where the
// phone has no voice).
const ReadAloud = lazy(() => import('@/components/ui/ReadAloud'));
// The report's voice message: its player (and its messages) come only for a ticket that has one.
const VoicePlayer = lazy(() => import('./VoicePlayer'));

// Where a merged duplicate went, and how that ticket is going: only a merged ticket fetches it.
const MergedInto = lazy(() => import('./MergedInto'));

export function TicketDetail({
  ticket,
  categories,
  timeline,
  photos,
  staffView,
}: {
  ticket: Ticket;
  categories: Category[];
  timeline: TimelineEntry[];
  photos: TicketPhoto[];
  staffView: boolean;
}) {
  const { t, lang } = useTranslation();
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-lg font-bold">{categoryLabel(categories, ticket.categoryId, lang)}</p>
          <span role="status" aria-live="polite" aria-atomic="true">
            <StatusBadge status={ticket.status} />
          </span>
        </div>
        {ticket.pending && <p className="mt-2 text-sm font-bold text-amber-900">{t('outbox.waiting')}</p>}
        {ticket.closeReason === 'auto' && (
          <p className="mt-2 text-base">{t('actions.autoClosed', { days: confirmDays })}</p>
        )}
        {ticket.mergedInto && (
          <Suspense fallback={null}>
            <MergedInto id={ticket.mergedInto} staffView={staffView} />
          </Suspense>
        )}
        {ticket.description && (
          <p className="mt-3 whitespace-pre-wrap text-lg text-stone-900">{ticket.description}</p>
        )}
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
          {/* the category's questions as they were asked, with the answers */}
          {ticket.answers.map((a, i) => (
            <Fragment key={i}>
              <dt className="text-stone-700">{lang === 'en' ? a.en : a.zh}</dt>
              <dd>{(lang === 'en' && a.answerEn) || a.answer}</dd>
            </Fragment>
          ))}
          {ticket.location.kind !== 'none' && (
            <>
              <dt className="text-stone-700">{t('tickets.location')}</dt>
              <dd>{placeLabel(ticket, t)}</dd>
            </>
          )}
          <dt className="text-stone-700">{t('tickets.urgency')}</dt>
          <dd>{t(`urgency.${ticket.urgency}`)}</dd>
          <dt className="text-stone-700">{t('tickets.reporter')}</dt>
          <dd>
            {ticket.reporterName}
            {staffView && <span className="block text-sm text-stone-700">{homeLabel(ticket, t)}</span>}
            {ticket.viaProxy && <span className="block text-sm text-stone-700">{t('tickets.viaProxy')}</span>}
          </dd>
          <dt className="text-stone-700">{t('tickets.owner')}</dt>
          <dd>
            {/* (nobody's building: the head assigns it, and once it is taken up without an owner the head
                is the one working it — no worker may act on a ticket not theirs) */}
            {ticket.assigneeName ?? (ticket.status === 'submitted' ? t('tickets.headQueue') : t('role.head'))}
          </dd>
          {ticket.open && ticket.dueAt && (
            <>
              <dt className="text-stone-700">{t('tickets.deadline')}</dt>
              <dd>
                {formatDateTime(ticket.dueAt, lang)} <DueLabel dueAt={ticket.dueAt} />
              </dd>
            </>
          )}
        </dl>
        {ticket.rejectReason && (
          <p className="mt-3 text-base">{t('tickets.rejectReason', { reason: ticket.rejectReason })}</p>
        )}
        {ticket.rating && (
          <p className="mt-3 text-base">
            {t('tickets.rating', { score: ticket.rating.score })}
            {ticket.rating.comment && ` — ${ticket.rating.comment}`}
            {ticket.closeReason === 'callback' && (
              <span className="block text-sm text-stone-700">{t('tickets.ratedByPhone')}</span>
            )}
          </p>
        )}
        {ticket.mergedFrom && ticket.mergedFrom.length > 0 && (
          <div className="mt-3 text-base" data-testid="merged-from">
            {staffView ? (
              <>
                <p className="font-bold">{t('merge.mergedFrom')}</p>
                <ul className="flex flex-wrap gap-3">
                  {ticket.mergedFrom.map((id) => (
                    <li key={id}>
                      <Link to={paths.ticket(id)} className="text-brand-800 underline">
                        {ticketNumber(id)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('tickets.mergedFromCount', { count: ticket.mergedFrom.length })}</p>
            )}
          </div>
        )}
      </Card>

      {ticket.voiceSeconds && (
        <Suspense fallback={<div className="min-h-24" />}>
          <VoicePlayer ticketId={ticket.id} seconds={ticket.voiceSeconds} />
        </Suspense>
      )}

      {photos.length > 0 && (
        <section aria-labelledby="photos-h">
          <h2 id="photos-h" className="mb-2 text-xl font-bold">
            {t('tickets.photos')}
          </h2>
          <ul className="grid grid-cols-3 gap-2">
            {photos.map((p, i) => (
              <li key={p.id}>
                <img
                  src={p.dataUrl}
                  alt={t('tickets.photoAlt', { n: i + 1 })}
                  width={p.width}
                  height={p.height}
                  className="aspect-square w-full rounded-xl object-cover"
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h" className="mb-2 text-xl font-bold">
          {t('tickets.timeline')}
        </h2>
        {timeline.length === 0 ? (
          <p>{t('tickets.timelineEmpty')}</p>
        ) : (
          <ol className="flex flex-col gap-3 border-l-4 border-stone-300 pl-4">
            {timeline.map((e) => (
              <li
                key={e.id}
                className={
                  e.visibility === 'internal'
                    ? 'rounded-xl border border-dashed border-amber-500 bg-amber-50 p-2'
                    : ''
                }
              >
                <p className="text-base">
                  <span className="font-bold">{e.authorName}</span>{' '}
                  {e.type === 'transferred' && !e.toName
                    ? t('tickets.event.transferredBack')
                    : t(`tickets.event.${e.type}`, { name: e.toName ?? '', score: e.score ?? 0 })}
                  {staffView && e.visibility === 'internal' && (
                    <span className="ml-2 rounded bg-amber-200 px-1 text-sm font-bold text-amber-950">
                      {t('tickets.internal')}
                    </span>
                  )}
                </p>
                {e.text && <p className="whitespace-pre-wrap text-base text-stone-900">{e.text}</p>}
                {e.text && !staffView && e.authorRole !== 'resident' && (
                  <Suspense fallback={null}>
                    <ReadAloud text={e.text} />
                  </Suspense>
                )}
                <p className="text-sm text-stone-700">{formatDateTime(e.createdAt, lang)}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
