import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { SearchBox } from '@/components/ui/SearchBox';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
import { activeStaff } from '@/features/staff/api/colleagues';
import { readSort, isDefaultSort, type DeskSort } from '@/features/tickets/api/desk-sort';
import { categoryQueries, ticketQueries } from '@/features/tickets/api/queries';
import { QUEUE_STATUSES, type QueueFilters, type QueueStatus } from '@/features/tickets/api/queue';
import { QueueView } from '@/features/tickets/components/QueueView';
import { TicketSearchResults } from '@/features/tickets/components/TicketSearch';
import type { TicketSearchScope } from '@/features/tickets/api/search-queries';
import { householdIdsByPhone, phoneToken } from '@/features/households/api/search';
import { useTranslation } from '@/i18n/react';
import { useMe } from '../me';

/** The households with a phone number the query is part of (the register's search; none for a word). */
function householdsByPhone(query: string, scope: TicketSearchScope) {
  const token = phoneToken(query);
  return token ? householdIdsByPhone(token, scope) : Promise.resolve([]);
}

/** Filters live in the URL, so a filtered queue can be bookmarked and the back button works. */
function readFilters(p: URLSearchParams, head: boolean): QueueFilters {
  const scope = p.get('scope');
  const status = p.get('status');
  const chosen =
    head && (scope === 'unassigned' || scope === 'all') ? scope : head && !scope ? 'all' : 'mine';
  return {
    scope: chosen,
    assigneeId: (chosen === 'all' && p.get('assignee')) || undefined,
    status: QUEUE_STATUSES.includes(status as QueueStatus) ? (status as QueueStatus) : undefined,
    categoryId: p.get('category') ?? undefined,
    buildingId: p.get('building') ?? undefined,
    overdue: p.get('overdue') === '1' || undefined,
  };
}

/**
 * The desk table's order sits beside the filters (`sort=created&dir=desc`; the default is not written), and a
 * search's words (`q`).
 */
function writeFilters(f: QueueFilters, sort: DeskSort, query = '') {
  const p = new URLSearchParams();
  if (query) p.set('q', query);
  p.set('scope', f.scope);
  if (f.scope === 'all' && f.assigneeId) p.set('assignee', f.assigneeId);
  if (f.status) p.set('status', f.status);
  if (f.categoryId) p.set('category', f.categoryId);
  if (f.buildingId) p.set('building', f.buildingId);
  if (f.overdue) p.set('overdue', '1');
  if (!isDefaultSort(sort)) {
    p.set('sort', sort.by);
    p.set('dir', sort.dir);
  }
  return p;
}

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const [params, setParams] = useSearchParams();
  const [now, setNow] = useState(() => Date.now());
  const client = useQueryClient();
  const all = useQuery(buildingQueries.list());
  const categories = useQuery(categoryQueries.tree());
  // whom ticked tickets can be handed to on the desk (every active grid worker and the head)
  const colleagues = useQuery({ ...activeStaff(), enabled: isStaffRole(profile) });
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const filters = readFilters(params, head);
  const sort = readSort(params.get('sort'), params.get('dir'));
  const actor = { uid: profile.id, name: profile.displayName, role: head ? 'head' : 'worker' } as const;
  const query = params.get('q') ?? '';
  const buildings = (all.data ?? []).filter((b) => head || b.workerId === profile.id);
  const linkTo = (id: string) =>
    // 返回 on the ticket comes back to this queue as filtered, or to the search (both are in its URL)
    `${paths.ticket(id)}?back=${encodeURIComponent(`${paths.queue}?${params.toString()}`)}`;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <PageTitle text={t('queue.title')} />
        <Button
          variant="secondary"
          onClick={() => {
            setNow(Date.now());
            void client.invalidateQueries({ queryKey: ticketQueries.all });
          }}
        >
          {t('queue.refresh')}
        </Button>
      </div>
      <SearchBox
        label={t('search.tickets')}
        hint={t('search.ticketsHint')}
        value={query}
        onSearch={(q) => setParams(writeFilters(filters, sort, q))}
      />
      {!query && filters.assigneeId && (
        // one person's tickets (from their row on the dashboard): said, and undone with one tap
        <div className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-brand-700 bg-brand-50 p-3">
          <p className="text-base font-bold">
            {t('desk.assigneeOnly', {
              name:
                colleagues.data?.find((s) => s.id === filters.assigneeId)?.displayName ?? filters.assigneeId,
            })}
          </p>
          <Button
            variant="secondary"
            onClick={() => setParams(writeFilters({ ...filters, assigneeId: undefined }, sort))}
          >
            {t('desk.anyAssignee')}
          </Button>
        </div>
      )}
      {query ? (
        all.data && (
          <TicketSearchResults
            query={query}
            scope={head ? null : buildings.map((b) => b.id)}
            householdsByPhone={householdsByPhone}
            categories={categories.data ?? []}
            linkTo={linkTo}
          />
        )
      ) : (
        <QueueView
          uid={profile.id}
          filters={filters}
          onFilters={(f) => setParams(writeFilters(f, sort))}
          sort={sort}
          onSort={(s) => setParams(writeFilters(filters, s), { replace: true })}
          transfer={{
            workers: (colleagues.data ?? []).map((s) => ({
              id: s.id,
              name: s.displayName,
              head: s.role === 'head',
            })),
            toQueue: head,
            onTransfer: async (tickets, to, note) => {
              const { transferTickets } = await import('@/features/tickets/api/mutations');
              const moved = await transferTickets(actor, tickets, to, note);
              void client.invalidateQueries({ queryKey: ticketQueries.all });
              return moved;
            },
          }}
          now={now}
          scopes={head ? ['all', 'unassigned', 'mine'] : ['mine']}
          buildings={buildings}
          categories={categories.data ?? []}
          linkTo={linkTo}
        />
      )}
    </div>
  );
}
