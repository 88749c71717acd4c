import { useTranslation } from '@/i18n/react';

/** The choices of a building picker (inside a Select): each building by its name, e.g. "3栋". */
export function BuildingOptions({ buildings }: { buildings: readonly { id: string; number: number }[] }) {
  const { t } = useTranslation();
  return (
    <>
      {buildings.map((b) => (
        <option key={b.id} value={b.id}>
          {t('building.name', { number: b.number })}
        </option>
      ))}
    </>
  );
}
