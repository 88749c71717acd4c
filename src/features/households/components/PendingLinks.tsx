import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextArea } from '@/components/ui/Field';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { useTranslation } from '@/i18n/react';
import type { Actor } from '@/lib/audit';
import { linkReasonMax, notBlank } from '@/lib/policy';
import { confirmLink, refuseLink } from '../api/mutations';
import type { LinkRequest } from '../api/queries';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Residents asking to be linked to a flat of this building: confirm (registering the flat if new) or refuse. */
export function PendingLinks({
  actor,
  building,
  requests,
  knownFlats,
}: {
  /** Who confirms (a new flat is registered with an audit entry in their name). */
  actor: Actor;
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
            <PendingLink
              key={r.id}
              request={r}
              building={building}
              onConfirm={async () => {
                setMessage(null);
                try {
                  await confirmLink(actor, r, building, await knownFlats(r.entrance, r.flat));
                  setMessage(t('register.confirmed', { name: r.displayName }));
                } catch (e) {
                  setMessage(errorMessage(e));
                }
              }}
              onRefused={() => setMessage(t('registerEdit.refusedDone', { name: r.displayName }))}
            />
          ))}
        </ul>
      )}
      <p role="status" className="mt-2 text-base">
        {message}
      </p>
    </section>
  );
}

/** One request: confirm, or refuse with the reason the resident will read (kept while the form is open). */
function PendingLink({
  request: r,
  building,
  onConfirm,
  onRefused,
}: {
  request: LinkRequest;
  building: { id: string; number: number };
  onConfirm: () => Promise<void>;
  onRefused: () => void;
}) {
  const { t } = useTranslation();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <li className="rounded-xl bg-white p-3">
      <p className="text-base font-bold">
        {r.displayName}
        {r.phone && <PhoneLink phone={r.phone} className="ml-2 text-base" />}
      </p>
      <p className="text-base">
        {t('register.asksFor', {
          address: t('building.address', { number: building.number, entrance: r.entrance, flat: r.flat }),
        })}
      </p>
      {refusing ? (
        <form
          noValidate
          className="mt-2 flex flex-col gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            const blank = !notBlank(reason);
            setMissing(blank);
            if (blank || reason.length > linkReasonMax) return;
            setBusy(true);
            setError(null);
            try {
              await refuseLink(r.id, reason);
              onRefused();
            } catch (err) {
              setError(errorMessage(err));
              setBusy(false);
            }
          }}
        >
          <TextArea
            label={t('registerEdit.refuseReason')}
            hint={t('registerEdit.refuseReasonHint')}
            max={linkReasonMax}
            value={reason}
            error={missing ? t('registerEdit.refuseReasonMissing') : null}
            onChange={(e) => setReason(e.target.value)}
          />
          <FormError>{error}</FormError>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={busy}>
              {busy ? t('app.saving') : t('registerEdit.refuseSend')}
            </Button>
            <Button variant="ghost" onClick={() => setRefusing(false)}>
              {t('app.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button onClick={onConfirm}>{t('register.confirm')}</Button>
          <Button variant="danger" onClick={() => setRefusing(true)}>
            {t('register.refuse')}
          </Button>
        </div>
      )}
    </li>
  );
}
