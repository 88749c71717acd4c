import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextArea, TextInput } from '@/components/ui/Field';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { RowList } from '@/components/ui/RowList';
import { useTranslation } from '@/i18n/react';
import { formatPhone, parsePhone } from '@/lib/phone';
import type { Actor } from '@/lib/audit';
import { cleanIdNumber, idNumberProblem, maskIdNumber } from '@/lib/id-number';
import {
  careIntervalDays,
  householdNotesMax,
  idNumbersMax,
  nameMax,
  notBlank,
  phonesMax,
} from '@/lib/policy';
import { saveCare } from '../api/mutations';
import { CARE_TAGS, type CareTag, type Household, type HouseholdPrivate } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/**
 * Care tags, phone and ID numbers, notes: staff only (stored apart from what the household can read). ID
 * numbers already saved stay masked (1101**********1234) until a tap on 显示 shows that one in full to edit.
 */
export function CareEditor({
  record,
  where,
  actor,
  onDone,
}: {
  record: HouseholdPrivate;
  where: Pick<Household, 'id' | 'buildingId' | 'entrance' | 'flat'> & { buildingNumber: number };
  /** Who saves (the audit entry names them). */
  actor: Actor;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<CareTag[]>(record.careTags);
  // Shown as people read them (numbers saved in an older form too); stored as E.164 (src/lib/phone.ts).
  const [phones, setPhones] = useState(() =>
    record.phones.map((p) => ({ ...p, phone: formatPhone(p.phone) })),
  );
  /** `shown`: typed in, or shown in full on request; a saved number stays masked until then. */
  const [ids, setIds] = useState(() => record.idNumbers.map((x) => ({ ...x, shown: false })));
  const [notes, setNotes] = useState(record.notes);
  const [error, setError] = useState<string | null>(null);
  /** What is wrong, by field (`phone2`, `phoneOwner2`, `id0`, `idOwner0`, `phones`): each field shows it. */
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    // A row without a number is dropped; a number that is not one stops the save, said at its field, and so
    // does a number with nobody's name to it (the rules keep a name with every number).
    const parsed = phones.map((p) => ({ name: p.name.trim(), parsed: parsePhone(p.phone) }));
    parsed.forEach((p, i) => {
      if (!p.parsed.ok && p.parsed.problem !== 'empty')
        next[`phone${i}`] = t('register.errors.phoneInvalid', { phone: phones[i]!.phone });
      if (p.parsed.ok && !notBlank(p.name)) next[`phoneOwner${i}`] = t('register.errors.ownerMissing');
    });
    const kept = parsed.flatMap((p) => (p.parsed.ok ? [{ name: p.name, phone: p.parsed.e164 }] : []));
    // (only a record kept from before the limit can have more)
    if (kept.length > phonesMax)
      next.phones = t('register.errors.tooManyPhones', { max: phonesMax, count: kept.length });
    // ID numbers, as the rules check them: only when they changed (a record kept from before keeps its own).
    const idNumbers = ids
      .map((x) => ({ name: x.name.trim(), idNumber: cleanIdNumber(x.idNumber) }))
      .filter((x) => x.idNumber);
    const idsChanged = JSON.stringify(idNumbers) !== JSON.stringify(record.idNumbers);
    // Each number typed or changed is checked (18 characters, its check character: src/lib/id-number.ts); one
    // saved before and left as it was keeps its own.
    const saved = new Set(record.idNumbers.map((x) => x.idNumber));
    if (idsChanged)
      ids.forEach((x, i) => {
        const id = cleanIdNumber(x.idNumber);
        const problem = id && !saved.has(id) ? idNumberProblem(id) : null;
        if (problem) next[`id${i}`] = t(`registerEdit.idNumber.${problem}`, { count: id.length });
        if (id && !notBlank(x.name)) next[`idOwner${i}`] = t('register.errors.ownerMissing');
      });
    setErrors(next);
    // Over-long text is marked at its field as it is typed; it stops the save here.
    const over =
      notes.length > householdNotesMax ||
      phones.some((p) => p.name.length > nameMax) ||
      ids.some((x) => x.name.length > nameMax);
    if (Object.keys(next).length || over) {
      refused();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveCare(actor, where, record, {
        careTags: tags,
        phones: kept,
        idNumbers: idsChanged ? idNumbers : record.idNumbers,
        notes,
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <fieldset>
        <legend className="mb-1 text-base font-bold">{t('register.careTags')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CARE_TAGS.map((tag) => (
            <label
              key={tag}
              className="tap flex items-center gap-3 rounded-xl border border-stone-300 bg-white px-3"
            >
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={tags.includes(tag)}
                onChange={(e) => setTags(e.target.checked ? [...tags, tag] : tags.filter((x) => x !== tag))}
              />
              {t(`care.${tag}`)} · {t('register.every', { count: careIntervalDays([tag])! })}
            </label>
          ))}
        </div>
      </fieldset>
      <RowList
        legend={t('register.phones')}
        rows={phones}
        onRows={setPhones}
        blank={{ name: '', phone: '' }}
        rowClassName="grid grid-cols-[1fr_1fr_auto] items-start gap-2"
        max={phonesMax}
        addLabel={t('register.addPhone')}
        full={t('register.phonesFull', { max: phonesMax })}
        removeLabel={(n) => t('register.removePhone', { n })}
        footer={<FormError>{errors.phones}</FormError>}
      >
        {(p, update, i) => (
          <>
            <TextInput
              label={t('register.phoneOwner', { n: i + 1 })}
              value={p.name}
              limit={nameMax}
              error={errors[`phoneOwner${i}`]}
              onChange={(e) => update({ name: e.target.value })}
            />
            <TextInput
              label={t('register.phone', { n: i + 1 })}
              type="tel"
              inputMode="tel"
              value={p.phone}
              error={errors[`phone${i}`]}
              onChange={(e) => update({ phone: e.target.value })}
            />
          </>
        )}
      </RowList>
      <RowList
        legend={t('register.idNumbers')}
        rows={ids}
        onRows={setIds}
        blank={{ name: '', idNumber: '', shown: true }}
        rowClassName="grid grid-cols-[1fr_1fr_auto] items-start gap-2"
        max={idNumbersMax}
        addLabel={t('register.addIdNumber')}
        full={t('register.idNumbersFull', { max: idNumbersMax })}
        removeLabel={(n) => t('register.removeIdNumber', { n })}
      >
        {(x, update, i) => (
          <>
            <TextInput
              label={t('register.idOwner', { n: i + 1 })}
              value={x.name}
              limit={nameMax}
              error={errors[`idOwner${i}`]}
              onChange={(e) => update({ name: e.target.value })}
            />
            {x.shown ? (
              <TextInput
                label={t('register.idNumber', { n: i + 1 })}
                hint={t('registerEdit.idNumberHint')}
                autoComplete="off"
                value={x.idNumber}
                error={errors[`id${i}`]}
                onChange={(e) => update({ idNumber: e.target.value })}
              />
            ) : (
              <div className="flex flex-col gap-1">
                <span className="text-base font-bold">{t('register.idNumber', { n: i + 1 })}</span>
                <span className="font-mono text-base" data-testid="id-masked">
                  {maskIdNumber(x.idNumber)}
                </span>
                <Button variant="ghost" onClick={() => update({ shown: true })}>
                  {t('registerEdit.showToEdit')}
                </Button>
              </div>
            )}
          </>
        )}
      </RowList>
      <TextArea
        label={t('register.notes')}
        max={householdNotesMax}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      <FormError>{error}</FormError>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? t('app.saving') : t('app.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}
