import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { FormError } from '@/components/ui/FormError';
import { useTranslation } from '@/i18n/react';
import { errorMessage } from '@/lib/errors';
import type { MyInvite } from '../api/invite';
import type { Joined } from '../api/join';

type Names = (ids: string[]) => string;

/** First sign-in of someone the head invited: who they will be and which buildings, and one button. */
export function JoinOffer({
  invite,
  names,
  onJoin,
}: {
  invite: MyInvite;
  names: Names;
  onJoin: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = names(invite.buildingIds);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg">{t('join.offer', { name: invite.name })}</p>
      <p className="text-lg font-bold">
        {list ? t('join.offerBuildings', { buildings: list }) : t('join.offerNoBuildings')}
      </p>
      <FormError>{error}</FormError>
      <Button
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await onJoin();
          } catch (e) {
            setError(errorMessage(e));
            setBusy(false);
          }
        }}
      >
        {busy ? t('app.saving') : t('join.accept')}
      </Button>
    </div>
  );
}

/** After joining: what they are now responsible for (and what someone else had meanwhile). */
export function JoinedWelcome({
  joined,
  names,
  onContinue,
}: {
  joined: Joined;
  names: Names;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const taken = names(joined.taken);
  const skipped = names(joined.skipped);
  return (
    <div className="flex flex-col gap-4">
      <p role="status" className="text-xl font-bold text-green-900">
        {taken ? t('join.done', { buildings: taken }) : t('join.doneNoBuildings')}
      </p>
      {Boolean(joined.tickets) && (
        <p className="text-base">{t('join.tickets', { count: joined.tickets ?? 0 })}</p>
      )}
      {skipped && <p className="text-base">{t('join.skipped', { buildings: skipped })}</p>}
      <Button onClick={onContinue}>{t('join.continue')}</Button>
    </div>
  );
}
