import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { LoadError, Loading } from '@/components/ui/Loading';
import { formatDateTime, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { auditPage } from '@/lib/policy';
import { auditQueries, type AuditEntry, type AuditFilter } from '../api/queries';

/** How to show what an entry is about, and where it leads (routes are the app's: passed in). */
export interface AuditLinks {
  household: (id: string) => string;
  staff: string;
  categories: string;
}

/** The audit log as a list, newest first, a page at a time: a row per change, one line at a desk. */
export function AuditLog({ filter, links }: { filter: AuditFilter; links: AuditLinks }) {
  const { t } = useTranslation();
  const pages = useInfiniteQuery(auditQueries.page(filter));
  if (pages.isError) return <LoadError error={pages.error} onRetry={() => void pages.refetch()} />;
  if (!pages.data) return <Loading />;
  const entries = pages.data.pages.flatMap((p) => p.entries);
  if (!entries.length) return <p className="text-base text-stone-700">{t('audit.empty')}</p>;
  return (
    <div className="flex flex-col gap-3">
      <ol
        aria-label={t('audit.entries', { count: entries.length })}
        className="flex flex-col divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white"
      >
        {entries.map((e) => (
          <Row key={e.id} entry={e} links={links} />
        ))}
      </ol>
      {pages.hasNextPage ? (
        <Button
          variant="secondary"
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {t('audit.more', { count: auditPage })}
        </Button>
      ) : (
        <p className="text-base text-stone-700">{t('audit.end')}</p>
      )}
    </div>
  );
}

function Row({ entry: e, links }: { entry: AuditEntry; links: AuditLinks }) {
  const { t, lang } = useTranslation();
  const target = targetText(e, t);
  const href =
    e.kind === 'household' || e.kind === 'care'
      ? links.household(e.targetId)
      : e.kind === 'category'
        ? links.categories
        : links.staff;
  const detail = [
    e.fields.length
      ? t('audit.changed', {
          fields: joinList(
            e.fields.map((f) => (isField(f) ? t(`audit.field.${f}`) : f)),
            t,
          ),
        })
      : null,
    noteText(e, t),
  ].filter(Boolean);
  return (
    <li className="grid gap-1 p-3 lg:grid-cols-[11rem_8rem_1fr] lg:items-baseline lg:gap-4">
      <time className="text-base text-stone-700" dateTime={e.at?.toISOString()}>
        {e.at ? formatDateTime(e.at, lang) : '…'}
      </time>
      <span className="text-base font-bold">{e.actorName}</span>
      <div className="flex flex-col gap-0.5">
        <p className="text-base">
          <span className="mr-2 rounded bg-stone-100 px-1.5 text-sm text-stone-800">
            {t(`audit.kind.${e.kind}`)}
          </span>
          {t(`audit.action.${e.action}`)} ·{' '}
          <Link to={href} className="font-bold text-brand-800 underline underline-offset-4">
            {target}
          </Link>
        </p>
        {detail.length > 0 && <p className="text-base text-stone-800">{detail.join(' · ')}</p>}
      </div>
    </li>
  );
}

const FIELDS = [
  'interestGroup',
  'members',
  'archived',
  'archivedReason',
  'archivedAt',
  'careTags',
  'phones',
  'idNumbers',
  'notes',
  'role',
  'active',
  'workerId',
  'workerName',
  'number',
  'entrances',
  'floors',
  'commonAreas',
  'householdCount',
  'parent',
  'zh',
  'en',
  'order',
  'responseHours',
  'resolutionHours',
  'canned',
  'shared',
  'questions',
  'noLocation',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (f: string): f is Field => (FIELDS as readonly string[]).includes(f);

type T = ReturnType<typeof useTranslation>['t'];

/** The target as people know it: an address (`3-2-401` → 3栋2单元401), a building, a name. */
function targetText(e: AuditEntry, t: T) {
  if (e.kind === 'household' || e.kind === 'care') {
    const [number, entrance, flat] = e.targetLabel.split('-');
    if (number && entrance && flat) return t('building.address', { number, entrance, flat });
  }
  if (e.kind === 'building') return t('building.name', { number: e.targetLabel });
  return e.targetLabel;
}

function noteText(e: AuditEntry, t: T) {
  if (e.action === 'staff.role' && ['resident', 'worker', 'head'].includes(e.note))
    return t('audit.newRole', { role: t(`role.${e.note as 'resident' | 'worker' | 'head'}`) });
  if (e.action === 'building.assign')
    return e.note ? t('audit.assignedTo', { name: e.note }) : t('audit.unowned');
  return e.note ? t('audit.note', { note: e.note }) : null;
}
