import { useId, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { useTranslation } from '@/i18n/react';
import { useEscapeToCancel, useOpenCount } from './dialog';

type Person = { id: string; name: string };

/**
 * The head hands all of one worker's open tickets to another: chosen here, then a dialog says how many
 * tickets go from whom to whom; only its confirmation moves them (cancel, or Escape, keeps everything).
 */
export function BulkTransfer({
  from,
  workers,
  countOpen,
  transfer,
  onMessage,
  onError,
}: {
  from: Person;
  /** Whom the tickets may go to (active workers, without `from`). */
  workers: Person[];
  /** How many open tickets a person has now. */
  countOpen: (uid: string) => Promise<number>;
  /** Moves `from`'s open tickets to `to`; how many it moved. */
  transfer: (to: Person) => Promise<number>;
  onMessage: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState<Person | null>(null);
  return (
    <div className="mt-3 flex flex-wrap items-end gap-2">
      <div className="min-w-48 flex-1">
        <Select
          label={t('admin.reassign', { name: from.name })}
          value={to}
          onChange={(e) => setTo(e.target.value)}
        >
          <option value="">{t('admin.chooseWorker')}</option>
          {workers.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </Select>
      </div>
      <Button
        variant="secondary"
        disabled={!to}
        onClick={() => setConfirming(workers.find((x) => x.id === to) ?? null)}
      >
        {t('admin.reassignDo')}
      </Button>
      {confirming && (
        <ConfirmTransfer
          from={from}
          to={confirming}
          countOpen={countOpen}
          onCancel={() => setConfirming(null)}
          onConfirm={async () => {
            try {
              const count = await transfer(confirming);
              setTo('');
              onMessage(t('admin.reassigned', { count }));
            } catch (e) {
              onError(e);
            }
            setConfirming(null);
          }}
        />
      )}
    </div>
  );
}

function ConfirmTransfer({
  from,
  to,
  countOpen,
  onCancel,
  onConfirm,
}: {
  from: Person;
  to: Person;
  countOpen: (uid: string) => Promise<number>;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = useOpenCount(countOpen, from.id, setError);
  useEscapeToCancel(onCancel, busy);
  const vars = { from: from.name, to: to.name, count: count ?? 0 };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="flex w-full max-w-lg flex-col gap-3 rounded-2xl bg-white p-5 shadow-xl"
      >
        <h2 id={titleId} className="text-xl font-bold">
          {t('admin.reassignTitle', vars)}
        </h2>
        <p className="text-base font-medium" data-testid="reassign-summary">
          {count === null
            ? t('admin.leaveCounting')
            : count === 0
              ? t('admin.reassignNone', vars)
              : t('admin.reassignWill', vars)}
        </p>
        <FormError>{error}</FormError>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" disabled={busy} onClick={onCancel} autoFocus>
            {t('admin.leaveCancel')}
          </Button>
          <Button
            disabled={busy || !count}
            onClick={async () => {
              setBusy(true);
              await onConfirm();
            }}
          >
            {busy ? t('app.saving') : t('admin.reassignConfirm', vars)}
          </Button>
        </div>
      </div>
    </div>
  );
}
