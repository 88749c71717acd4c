import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Select, TextArea, TextInput } from '@/components/ui/Field';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { RowList } from '@/components/ui/RowList';
import { useTranslation } from '@/i18n/react';
import { caseSummaryMax, caseTitleMax, nameMax, notBlank, partiesMax } from '@/lib/policy';
import { parsePhone } from '@/lib/phone';
import { findByPhone, type CaseInput } from '../api/mutations';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** A party as the form holds it: a known account (`uid`, from a ticket's reporter) needs no number. */
export interface PartyRow {
  name: string;
  phone: string;
  uid?: string | null;
}

/**
 * A case is opened: what it is about, the parties (with their accounts when they have one), the mediator.
 * By the head; or from a ticket (`from`), filled in from it, by the head or the building's grid worker.
 */
export function CaseForm({
  mediators,
  onSave,
  from,
}: {
  mediators: { id: string; name: string }[];
  onSave: (input: CaseInput) => Promise<void>;
  from?: { ticketId: string; buildingId: string; title: string; summary: string; parties: PartyRow[] };
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(from?.title ?? '');
  const [summary, setSummary] = useState(from?.summary ?? '');
  const [parties, setParties] = useState<PartyRow[]>(
    from?.parties ?? [
      { name: '', phone: '' },
      { name: '', phone: '' },
    ],
  );
  const [mediator, setMediator] = useState(from && mediators.length === 1 ? mediators[0]!.id : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    // Over-long text is marked at its field as it is typed; it stops the save here.
    const over =
      title.length > caseTitleMax ||
      summary.length > caseSummaryMax ||
      parties.some((p) => p.name.length > nameMax);
    if (!notBlank(title)) next.title = t('mediation.errors.title');
    parties.forEach((p, i) => {
      // A number with no name: the party is not dropped silently, the name is asked for.
      if (!notBlank(p.name) && notBlank(p.phone)) next[`name${i}`] = t('mediation.errors.partyName');
    });
    const named = parties.filter((p) => notBlank(p.name));
    if (!named.length && !Object.keys(next).some((k) => k.startsWith('name')))
      next.name0 = t('mediation.errors.parties');
    const m = mediators.find((x) => x.id === mediator);
    if (!m) next.mediator = t('mediation.errors.mediator');
    const resolved: { name: string; uid: string | null }[] = [];
    for (const p of named) {
      const key = `phone${parties.indexOf(p)}`;
      if (p.uid && !notBlank(p.phone)) {
        resolved.push({ name: p.name.trim(), uid: p.uid });
        continue;
      }
      const phone = parsePhone(p.phone, { mobile: true });
      if (!phone.ok) {
        // No number: a party without an account. A number that is not a mobile: said at its field.
        if (phone.problem === 'notMobile')
          next[key] = t('mediation.errors.phoneLandline', { phone: p.phone });
        if (phone.problem === 'invalid') next[key] = t('mediation.errors.phoneInvalid', { phone: p.phone });
        resolved.push({ name: p.name.trim(), uid: null });
        continue;
      }
      const found = await findByPhone(phone.e164);
      if (!found) next[key] = t('mediation.errors.phoneUnknown', { phone: p.phone });
      resolved.push({ name: p.name.trim(), uid: found?.id ?? null });
    }
    setErrors(next);
    if (Object.keys(next).length || over || !m) {
      refused();
      return;
    }
    try {
      await onSave({
        title,
        summary,
        buildingId: from?.buildingId ?? null,
        parties: resolved,
        mediator: m,
        ticketId: from?.ticketId ?? null,
      });
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('mediation.caseTitle')}
        value={title}
        limit={caseTitleMax}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('mediation.summary')}
        max={caseSummaryMax}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
      />
      <RowList
        legend={t('mediation.parties')}
        rows={parties}
        onRows={setParties}
        blank={{ name: '', phone: '' } as PartyRow}
        rowClassName="grid gap-2 md:grid-cols-2"
        max={partiesMax}
        addLabel={t('mediation.addParty')}
        full={t('mediation.partiesFull', { max: partiesMax })}
      >
        {(p, update, i) => (
          <>
            <TextInput
              label={t('mediation.partyName', { n: i + 1 })}
              value={p.name}
              limit={nameMax}
              error={errors[`name${i}`]}
              hint={p.uid ? t('mediation.partyHasAccount') : undefined}
              onChange={(e) => update({ name: e.target.value })}
            />
            <TextInput
              label={t('mediation.partyPhone', { n: i + 1 })}
              type="tel"
              inputMode="tel"
              value={p.phone}
              error={errors[`phone${i}`]}
              onChange={(e) => update({ phone: e.target.value })}
            />
          </>
        )}
      </RowList>
      <Select
        label={t('mediation.mediator')}
        value={mediator}
        error={errors.mediator}
        onChange={(e) => setMediator(e.target.value)}
      >
        <option value="">{t('mediation.chooseMediator')}</option>
        {mediators.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      <FormError>{errors.form}</FormError>
      <Button type="submit">{t('mediation.create')}</Button>
    </form>
  );
}
