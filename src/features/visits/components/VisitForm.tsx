import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextArea, TextInput } from '@/components/ui/Field';
import { notBlank, visitFindingsMax, visitMetWithMax, visitPastDaysMax } from '@/lib/policy';
import { useTranslation } from '@/i18n/react';
import { dateInputValue } from '@/lib/dates';
import { logVisit } from '../api/log-visit';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Log a home visit: when, who was met, what was found, whether a follow-up is needed. */
export function VisitForm({
  worker,
  householdId,
  buildingId,
  intervalDays,
  lastVisitAt,
  onLogged,
}: {
  worker: { uid: string; name: string };
  householdId: string;
  buildingId: string;
  intervalDays: number | null;
  lastVisitAt: Date | null;
  onLogged: (visit: { id: string; followUp: boolean }) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(dateInputValue);
  const [metWith, setMetWith] = useState('');
  const [findings, setFindings] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [errors, setErrors] = useState<{ date?: string; metWith?: string; findings?: string; form?: string }>(
    {},
  );
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    const when = new Date(`${date}T12:00:00`);
    const ageDays = (Date.now() - when.getTime()) / 86_400_000;
    // The rules take a visit up to visitPastDaysMax days before the moment it is saved; a day's margin, as
    // an earlier day counts from its noon.
    if (!date || Number.isNaN(when.getTime()) || ageDays > visitPastDaysMax - 1 || ageDays < -0.5)
      next.date = t('visits.errors.date', { days: visitPastDaysMax });
    if (!notBlank(metWith)) next.metWith = t('visits.errors.metWith');
    if (!notBlank(findings)) next.findings = t('visits.errors.findings');
    setErrors(next);
    // (over-long text is already marked at its field, as it is typed)
    if (Object.keys(next).length || metWith.length > visitMetWithMax || findings.length > visitFindingsMax)
      return;
    setBusy(true);
    try {
      // A visit logged today counts from now; an earlier day from its noon.
      const visitedAt = date === dateInputValue() ? new Date() : when;
      const id = await logVisit(worker, {
        householdId,
        buildingId,
        visitedAt,
        metWith,
        findings,
        followUp,
        intervalDays,
        lastVisitAt,
      });
      onLogged({ id, followUp });
      setMetWith('');
      setFindings('');
      setFollowUp(false);
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('visits.date')}
        type="date"
        value={date}
        max={dateInputValue()}
        error={errors.date}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextInput
        label={t('visits.metWith')}
        hint={t('visits.metWithHint')}
        value={metWith}
        limit={visitMetWithMax}
        error={errors.metWith}
        onChange={(e) => setMetWith(e.target.value)}
      />
      <TextArea
        label={t('visits.findings')}
        rows={4}
        max={visitFindingsMax}
        value={findings}
        error={errors.findings}
        onChange={(e) => setFindings(e.target.value)}
      />
      <label className="tap flex items-center gap-3 text-base">
        <input
          type="checkbox"
          className="h-5 w-5"
          checked={followUp}
          onChange={(e) => setFollowUp(e.target.checked)}
        />
        {t('visits.followUp')}
      </label>
      <FormError>{errors.form}</FormError>
      <Button type="submit" disabled={busy}>
        {busy ? t('app.saving') : t('visits.save')}
      </Button>
    </form>
  );
}
