import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { formatPhone, parsePhone } from '@/lib/phone';
import { saveCare } from '../api/mutations';
import { CARE_TAGS, visitInterval, type CareTag, type HouseholdPrivate } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Care tags, phone and ID numbers, notes: staff only (stored apart from what the household can read). */
export function CareEditor({ record, onDone }: { record: HouseholdPrivate; onDone: () => void }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<CareTag[]>(record.careTags);
  // Shown as people read them (numbers saved in an older form too); stored as E.164 (src/lib/phone.ts).
  const [phones, setPhones] = useState(() =>
    record.phones.map((p) => ({ ...p, phone: formatPhone(p.phone) })),
  );
  const [notes, setNotes] = useState(record.notes);
  const [error, setError] = useState<string | null>(null);
  /** Which phone rows are wrong (each field shows why). */
  const [badPhones, setBadPhones] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A row without a number is dropped; a number that is not one stops the save, said at its field.
    const parsed = phones.map((p) => ({ name: p.name.trim(), parsed: parsePhone(p.phone) }));
    const bad = parsed.flatMap((p, i) => (!p.parsed.ok && p.parsed.problem !== 'empty' ? [i] : []));
    setBadPhones(bad);
    if (bad.length) return;
    setBusy(true);
    setError(null);
    try {
      await saveCare(record, {
        careTags: tags,
        phones: parsed.flatMap((p) => (p.parsed.ok ? [{ name: p.name, phone: p.parsed.e164 }] : [])),
        idNumbers: record.idNumbers,
        notes,
      });
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
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
              {t(`care.${tag}`)} · {t('register.every', { count: visitInterval([tag])! })}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-bold">{t('register.phones')}</legend>
        {phones.map((p, i) => (
          <div key={i} className="grid grid-cols-2 gap-2">
            <TextInput
              label={t('register.phoneOwner', { n: i + 1 })}
              value={p.name}
              onChange={(e) =>
                setPhones(phones.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
              }
            />
            <TextInput
              label={t('register.phone', { n: i + 1 })}
              type="tel"
              inputMode="tel"
              value={p.phone}
              error={badPhones.includes(i) ? t('register.errors.phoneInvalid', { phone: p.phone }) : null}
              onChange={(e) =>
                setPhones(phones.map((x, j) => (j === i ? { ...x, phone: e.target.value } : x)))
              }
            />
          </div>
        ))}
        {phones.length < 12 && (
          <Button
            variant="secondary"
            className="self-start"
            onClick={() => setPhones([...phones, { name: '', phone: '' }])}
          >
            {t('register.addPhone')}
          </Button>
        )}
      </fieldset>
      <label className="flex flex-col gap-1 text-base font-bold">
        {t('register.notes')}
        <textarea
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          maxLength={2000}
          className="rounded-xl border border-stone-500 p-2 font-normal"
        />
      </label>
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
