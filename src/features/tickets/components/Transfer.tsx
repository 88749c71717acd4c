import { useState } from 'react';
import { Select } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { TextAction, type Draft } from './TextAction';

/** The owner hands the ticket to another grid worker, with a note. */
export function Transfer({
  workers,
  note,
  onTransfer,
}: {
  workers: { id: string; name: string }[];
  note: Draft;
  onTransfer: (to: { id: string; name: string }, note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const worker = workers.find((w) => w.id === to);
  return (
    <div className="flex flex-col gap-2">
      <Select
        label={t('actions.transferTo')}
        value={to}
        error={error}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t('actions.chooseWorker')}</option>
        {workers.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </Select>
      <TextAction
        label={t('actions.transfer')}
        textLabel={t('actions.transferNote')}
        draft={note}
        onSubmit={async (note) => {
          if (!worker) {
            setError(t('actions.errors.workerMissing'));
            return false;
          }
          setError(null);
          return onTransfer(worker, note);
        }}
      />
    </div>
  );
}
