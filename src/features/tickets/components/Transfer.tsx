import { useState } from 'react';
import { Select } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { TextAction, type Draft } from './TextAction';

/**
 * The owner hands the ticket to another active grid worker or the head, with a note — for staff only unless
 * the one handing over ticks that the household may read it too.
 */
export function Transfer({
  workers,
  note,
  onTransfer,
}: {
  workers: { id: string; name: string; head?: boolean }[];
  note: Draft;
  onTransfer: (to: { id: string; name: string }, note: string, showResident: boolean) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [showResident, setShowResident] = useState(false);
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
            {w.head ? t('actions.toHead', { name: w.name }) : w.name}
          </option>
        ))}
      </Select>
      <label className="tap flex items-center gap-3 text-base">
        <input
          type="checkbox"
          className="h-6 w-6"
          checked={showResident}
          onChange={(e) => setShowResident(e.target.checked)}
        />
        {t('actions.transferPublic')}
      </label>
      <TextAction
        label={t('actions.transfer')}
        textLabel={t(showResident ? 'actions.transferNotePublic' : 'actions.transferNote')}
        draft={note}
        onSubmit={async (note) => {
          if (!worker) {
            setError(t('actions.errors.workerMissing'));
            return false;
          }
          setError(null);
          return onTransfer(worker, note, showResident);
        }}
      />
    </div>
  );
}
