import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Section } from '@/components/ui/Card';
import { paths } from '@/config/paths';
import { volunteerQueries } from '@/features/events/api/volunteer-queries';
import { noticeQueries } from '@/features/notices/api/queries';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { addMessages } from '@/i18n';
import { useTranslation } from '@/i18n/react';
import inboxMessages from '@/i18n/zh-CN.inbox';
import { markSeen, markTicketSeen, showUnread, useSeen, writeSeen } from '@/lib/seen';
import { firstSeen, sameSeen, whatsNew, type InboxItem } from './whats-new';

// This part's messages come with it (not in every first load).
addMessages(inboxMessages);

/**
 * "What changed since I last looked", on a resident's home: staff replies and status changes of the
 * household's tickets, a waiting-list place that came up, new notices for my building or everyone. From the
 * household's tickets the home listens to anyway, my sign-ups for events from yesterday on, and notices newer than the
 * last look (usually none: about one read each). Opening an item marks it seen.
 */
export default function Inbox({
  uid,
  householdId,
  buildingId,
}: {
  uid: string;
  householdId: string;
  buildingId: string | null;
}) {
  const { t, lang } = useTranslation();
  const stored = useSeen(uid);
  // The first look ever (on this phone): from now on.
  const [start] = useState(() => Date.now());
  const seen = stored ?? firstSeen(start);
  const tickets = useQuery(ticketQueries.household(householdId));
  const categories = useQuery(categoryQueries.tree());
  // (the events list's own query: one listener for both)
  const signups = useQuery(volunteerQueries.mine(uid));
  const notices = useQuery(noticeQueries.since(seen.noticesUpTo));
  const result = useMemo(
    () =>
      tickets.data
        ? whatsNew(seen, {
            tickets: tickets.data,
            signups: signups.data ?? null,
            notices:
              notices.data?.map((n) => ({
                ...n,
                forMe: n.audience.includes('all') || (buildingId !== null && n.audience.includes(buildingId)),
              })) ?? null,
          })
        : null,
    [seen, tickets.data, signups.data, notices.data, buildingId],
  );
  useEffect(() => {
    if (!result) return;
    if (!stored || !sameSeen(result.next, stored)) writeSeen(uid, result.next);
    showUnread(result.items.map(({ key, tab }) => ({ key, tab })));
  }, [result, stored, uid]);

  if (!result?.items.length) return null;
  const open = (item: InboxItem) => () => {
    const ticket = item.kind === 'ticket' && tickets.data?.find((x) => x.id === item.id);
    if (ticket) markTicketSeen(uid, ticket);
    else markSeen(uid, item.key);
  };
  const ticketTitle = (id: string) => {
    const ticket = tickets.data?.find((x) => x.id === id);
    const c = categories.data?.find((x) => x.id === ticket?.categoryId);
    return t('inbox.ticketTitle', {
      number: ticket?.buildingNumber ?? '',
      category: c ? (lang === 'en' ? c.en : c.zh) : '',
    });
  };
  return (
    <Section title={t('inbox.title')}>
      <ul className="flex flex-col gap-3">
        {result.items.map((item) => {
          const [to, what, detail] =
            item.kind === 'ticket'
              ? [paths.ticket(item.id), ticketTitle(item.id), t(`inbox.change.${item.change}`)]
              : item.kind === 'promoted'
                ? [paths.event(item.eventId), t('inbox.promoted'), item.title]
                : [paths.notice(item.id), t('inbox.notice'), item.title];
          return (
            <li key={item.key}>
              <Link
                to={to}
                onClick={open(item)}
                // One sentence for a screen reader: "3栋漏水：网格员回复了".
                aria-label={`${what}${lang === 'en' ? ': ' : '：'}${detail}`}
                className="tap flex items-start gap-3 rounded-2xl border-2 border-brand-700 bg-white p-4 text-lg hover:bg-brand-50"
              >
                <span aria-hidden="true" className="mt-2 h-3 w-3 shrink-0 rounded-full bg-red-600" />
                <span className="min-w-0 break-words">
                  <span className="block font-bold text-stone-900">{what}</span>
                  <span className="block text-stone-800">{detail}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
