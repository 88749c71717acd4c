import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextArea } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import type { Actor } from '@/lib/audit';
import { errorMessage } from '@/lib/errors';
import { archiveReasonMax, notBlank } from '@/lib/policy';
import { archiveHousehold } from '../api/mutations';
import type { Household } from '../types';

/**
 * Taking a household off the register (moved away, the flat sold…): archived with the reason, never deleted —
 * its visits, tickets and record stay; hidden from the entrance's list unless asked for. An archived household
 * says why and when, and can be taken back.
 */
export function ArchivePanel({
  household: h,
  buildingNumber,
  actor,
}: {
  household: Household;
  buildingNumber: number;
  actor: Actor;
}) {
  const { t, lang } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const where = { ...h, buildingNumber };
  const run = async (why: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await archiveHousehold(actor, where, why);
      setOpen(false);
      setReason('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  if (h.archived)
    return (
      <div className="flex flex-col gap-2 rounded-2xl border-2 border-stone-400 bg-stone-100 p-4">
        <p className="text-lg font-bold">{t('registerEdit.archivedTitle')}</p>
        <p className="text-base">
          {t('registerEdit.archivedWhy', {
            reason: h.archivedReason ?? '—',
            date: h.archivedAt ? formatDate(h.archivedAt, lang) : '—',
          })}
        </p>
        <FormError>{error}</FormError>
        <Button variant="secondary" disabled={busy} onClick={() => run(null)}>
          {t('registerEdit.restore')}
        </Button>
      </div>
    );
  if (!open)
    return (
      <Button variant="ghost" onClick={() => setOpen(true)}>
        {t('registerEdit.archive')}
      </Button>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const blank = !notBlank(reason);
    setMissing(blank);
    if (blank || reason.length > archiveReasonMax) return;
    await run(reason);
  };
  return (
    <form
      noValidate
      onSubmit={submit}
      className="flex flex-col gap-2 rounded-2xl border-2 border-red-300 p-4"
    >
      <p className="text-base">{t('registerEdit.archiveExplain')}</p>
      <TextArea
        label={t('registerEdit.archiveReason')}
        max={archiveReasonMax}
        value={reason}
        error={missing ? t('registerEdit.archiveReasonMissing') : null}
        onChange={(e) => setReason(e.target.value)}
      />
      <FormError>{error}</FormError>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={busy}>
          {busy ? t('app.saving') : t('registerEdit.archiveConfirm')}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
