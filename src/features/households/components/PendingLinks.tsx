import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { useTranslation } from '@/i18n/react';
import { confirmLink, refuseLink } from '../api/mutations';
import type { LinkRequest } from '../api/queries';
import { errorMessage } from '@/lib/errors';

/** Residents asking to be linked to a flat of this building: confirm (registering the flat if new) or refuse. */
export function PendingLinks({
  building,
  requests,
  knownFlats,
}: {
  building: { id: string; number: number };
  requests: LinkRequest[];
  /** `${entrance}-${flat}` of flats already in the register (when known). */
  knownFlats: (entrance: number, flat: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  if (!requests.length && !message) return null;
  return (
    <section
      aria-labelledby={`pending-${building.id}`}
      className="rounded-2xl border-2 border-amber-400 bg-amber-50 p-4"
    >
      <h2 id={`pending-${building.id}`} className="text-lg font-bold">
        {t('register.pendingTitle', { building: t('building.name', { number: building.number }) })}
      </h2>
      {requests.length > 0 && (
        <ul className="mt-2 flex flex-col gap-3">
          {requests.map((r) => (
            <li key={r.id} className="rounded-xl bg-white p-3">
              <p className="text-base font-bold">
                {r.displayName}
                {r.phone && <PhoneLink phone={r.phone} className="ml-2 text-base" />}
              </p>
              <p className="text-base">
                {t('register.asksFor', {
                  address: t('building.address', {
                    number: building.number,
                    entrance: r.entrance,
                    flat: r.flat,
                  }),
                })}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <Button
                  onClick={async () => {
                    setMessage(null);
                    try {
                      await confirmLink(r, building, await knownFlats(r.entrance, r.flat));
                      setMessage(t('register.confirmed', { name: r.displayName }));
                    } catch (e) {
                      setMessage(errorMessage(e));
                    }
                  }}
                >
                  {t('register.confirm')}
                </Button>
                <Button
                  variant="danger"
                  onClick={async () => {
                    setMessage(null);
                    try {
                      await refuseLink(r.id);
                    } catch (e) {
                      setMessage(errorMessage(e));
                    }
                  }}
                >
                  {t('register.refuse')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="mt-2 text-base">
        {message}
      </p>
    </section>
  );
}
