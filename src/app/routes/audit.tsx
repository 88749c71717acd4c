import { useQuery } from '@tanstack/react-query';
import { Navigate, useSearchParams } from 'react-router';
import { BuildingOptions } from '@/components/ui/BuildingOptions';
import { Select } from '@/components/ui/Field';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { isStaffRole } from '@/features/account/types';
import { AuditLog } from '@/features/audit/components/AuditLog';
import { buildingQueries } from '@/features/buildings/api/queries';
import { useTranslation } from '@/i18n/react';
import { AUDIT_KINDS, type AuditKind } from '@/lib/audit';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

/**
 * 操作记录: who changed the register, care records, roles, buildings and categories, newest first. The head
 * reads every entry (by kind); a grid worker the entries of one of their buildings (the rules allow no more).
 */
export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const [params, setParams] = useSearchParams();
  const buildings = useQuery(buildingQueries.list());
  const mine = (buildings.data ?? []).filter((b) => b.workerId === profile.id);
  const kindParam = params.get('kind');
  const kind = (AUDIT_KINDS as readonly string[]).includes(kindParam ?? '') ? (kindParam as AuditKind) : null;
  const buildingId = head
    ? params.get('building') || null
    : (mine.find((b) => b.id === params.get('building')) ?? mine[0])?.id;
  if (!isStaffRole(profile)) return <Navigate to={paths.home} replace />;
  const set = (next: { kind?: string | null; building?: string | null }) => {
    const p = { kind: kind ?? '', building: buildingId ?? '', ...next };
    setParams(Object.fromEntries(Object.entries(p).filter(([, v]) => v)) as Record<string, string>);
  };
  // A worker sees the kinds filed under a building: households, care records, the building itself.
  const kinds = head ? AUDIT_KINDS : (['household', 'care', 'building'] as const);
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={head ? paths.admin : paths.register} />
      <PageTitle text={t('audit.title')} />
      <p className="text-base text-stone-800">{t('audit.intro')}</p>
      <div className="grid gap-3 sm:grid-cols-2 lg:max-w-2xl">
        <Select
          label={t('audit.kindLabel')}
          value={kind ?? ''}
          onChange={(e) => set({ kind: e.target.value })}
        >
          <option value="">{t('audit.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`audit.kind.${k}`)}
            </option>
          ))}
        </Select>
        {(head || mine.length > 1) && (
          <Select
            label={t('audit.buildingLabel')}
            value={buildingId ?? ''}
            onChange={(e) => set({ building: e.target.value })}
          >
            {head && <option value="">{t('audit.allKinds')}</option>}
            <BuildingOptions buildings={head ? (buildings.data ?? []) : mine} />
          </Select>
        )}
      </div>
      {!head && !buildings.data ? (
        <Loading />
      ) : !head && !buildingId ? (
        <p>{t('staff.noBuildings')}</p>
      ) : (
        <AuditLog
          filter={{ buildingId: buildingId ?? null, kind }}
          links={{
            household: paths.household,
            // (a worker's entries about their building lead to their register; staff and grid are the head's)
            staff: head ? paths.staff : paths.register,
            categories: paths.categories,
          }}
        />
      )}
    </div>
  );
}
