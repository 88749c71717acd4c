import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { useTranslation } from '@/i18n/react';
import { saveCare } from '../api/mutations';
import { CARE_TAGS, visitInterval, type CareTag, type HouseholdPrivate } from '../types';

/** Care tags, phone and ID numbers, notes: staff only (stored apart from what the household can read). */
export function CareEditor({ record, onDone }: { record: HouseholdPrivate; onDone: () => void }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<CareTag[]>(record.careTags);
  const [phones, setPhones] = useState(record.phones);
  const [notes, setNotes] = useState(record.notes);
  const [error, setError] = useState<string | null>(null);
  /** Which phone row is wrong (its field shows why). */
  const [badPhone, setBadPhone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const bad = phones.findIndex(
      (p) => p.phone.trim() && !/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/.test(p.phone.trim()),
    );
    setBadPhone(bad >= 0 ? bad : null);
    if (bad >= 0) return;
    setBusy(true);
    setError(null);
    try {
      await saveCare(record, {
        careTags: tags,
        phones: phones
          .filter((p) => p.phone.trim())
          .map((p) => ({ name: p.name.trim(), phone: p.phone.trim() })),
        idNumbers: record.idNumbers,
        notes,
      });
      onDone();
    } catch (err) {
      setError(t('actions.failed', { reason: (err as { code?: string }).code ?? String(err) }));
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
              inputMode="tel"
              value={p.phone}
              error={badPhone === i ? t('register.errors.phoneInvalid', { phone: p.phone }) : null}
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
      {error && (
        <p role="alert" className="text-base font-medium text-red-800">
          {error}
        </p>
      )}
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
