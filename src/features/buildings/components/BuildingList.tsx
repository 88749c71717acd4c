import { useTranslation } from '@/i18n/react';
import { Icon } from '@/components/ui/Icon';
import type { Building } from '../types';

export function BuildingList({
  buildings,
  showOwner = false,
}: {
  buildings: Building[];
  showOwner?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="grid grid-cols-2 gap-2">
      {buildings.map((b) => (
        <li key={b.id} className="flex items-center gap-2 rounded-xl border border-stone-200 bg-white p-3">
          <Icon name="building" className="h-6 w-6 text-stone-700" />
          <div>
            <p className="text-lg font-bold">{t('building.name', { number: b.number })}</p>
            <p className="text-sm text-stone-700">{t('staff.households', { count: b.householdCount })}</p>
            {showOwner && (
              <p className="text-sm text-stone-800">
                {b.workerName ? t('building.owner', { name: b.workerName }) : t('building.unowned')}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
