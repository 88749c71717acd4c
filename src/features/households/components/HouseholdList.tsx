import { Link } from 'react-router';
import { joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Household } from '../types';

export function HouseholdList({
  households,
  buildingNumber,
  linkTo,
}: {
  households: Household[];
  /** The building's number (one building's list), or each household's (search results). */
  buildingNumber: number | ((h: Household) => number);
  linkTo: (id: string) => string;
}) {
  const { t } = useTranslation();
  if (!households.length) return <p className="text-base text-stone-700">{t('register.empty')}</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {households.map((h) => (
        <li key={h.id}>
          <Link
            to={linkTo(h.id)}
            className="tap block rounded-xl border border-stone-200 bg-white p-3 hover:border-stone-400"
          >
            <p className="text-lg font-bold">
              {t('building.address', {
                number: typeof buildingNumber === 'number' ? buildingNumber : buildingNumber(h),
                entrance: h.entrance,
                flat: h.flat,
              })}
              {h.archived && (
                <span className="ml-2 rounded bg-stone-200 px-2 text-base font-medium text-stone-800">
                  {t('registerEdit.archivedTag')}
                </span>
              )}
            </p>
            <p className="text-base text-stone-800">
              {joinList(
                h.members.map((m) => m.name),
                t,
              )}{' '}
              · {t(`group.${h.interestGroup}`)}
            </p>
          </Link>
        </li>
      ))}
    </ul>
  );
}
