import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/Button';
import { PageTitle } from '@/components/ui/PageTitle';
import { SearchBox } from '@/components/ui/SearchBox';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { buildingQueries } from '@/features/buildings/api/queries';
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
  return {
    scope: head && (scope === 'unassigned' || scope === 'all') ? scope : head && !scope ? 'all' : 'mine',
    status: QUEUE_STATUSES.includes(status as QueueStatus) ? (status as QueueStatus) : undefined,
    categoryId: p.get('category') ?? undefined,
    buildingId: p.get('building') ?? undefined,
    overdue: p.get('overdue') === '1' || undefined,
  };
}

function writeFilters(f: QueueFilters, query = '') {
  const p = new URLSearchParams();
  if (query) p.set('q', query);
  p.set('scope', f.scope);
  if (f.status) p.set('status', f.status);
  if (f.categoryId) p.set('category', f.categoryId);
  if (f.buildingId) p.set('building', f.buildingId);
  if (f.overdue) p.set('overdue', '1');
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
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const filters = readFilters(params, head);
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
        onSearch={(q) => setParams(writeFilters(filters, q))}
      />
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
          onFilters={(f) => setParams(writeFilters(f))}
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
