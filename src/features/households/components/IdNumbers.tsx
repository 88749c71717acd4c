import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useTranslation } from '@/i18n/react';
import { maskIdNumber } from '@/lib/id-number';
import type { HouseholdPrivate } from '../types';

/** A household's ID numbers, masked (1101**********1234); one shown in full only on a tap, and hidden again. */
export function IdNumbers({ ids }: { ids: HouseholdPrivate['idNumbers'] }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  if (!ids.length) return <>—</>;
  return (
    <ul className="flex flex-col gap-1">
      {ids.map((x, i) => (
        <li key={i} className="flex flex-wrap items-center gap-x-2">
          <span>{x.name}</span>
          <span className="font-mono" data-testid="id-number">
            {shown === i ? x.idNumber : maskIdNumber(x.idNumber)}
          </span>
          <Button
            variant="ghost"
            aria-label={t(shown === i ? 'registerEdit.hideId' : 'registerEdit.showId', { name: x.name })}
            onClick={() => setShown(shown === i ? null : i)}
          >
            {t(shown === i ? 'registerEdit.hide' : 'registerEdit.show')}
          </Button>
        </li>
      ))}
    </ul>
  );
}
