import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { dateTimeInputValue } from '@/lib/dates';
import { shrinkPhoto } from '@/lib/image';
import { useTranslation } from '@/i18n/react';
import type { EventInput } from '../api/mutations';
import type { CommunityEvent } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Create or edit an event: text, place, times, places for residents, volunteer roles, a shrunk cover. */
export function EventForm({
  initial,
  onSave,
}: {
  initial?: CommunityEvent;
  onSave: (input: EventInput) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [inAWeek] = useState(() => {
    const d = new Date(Date.now() + 7 * 86_400_000);
    d.setHours(9, 0, 0, 0);
    return d;
  });
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [cover, setCover] = useState<string | null>(initial?.coverDataUrl ?? null);
  const [start, setStart] = useState(dateTimeInputValue(initial?.startAt ?? inAWeek));
  const [end, setEnd] = useState(
    dateTimeInputValue(initial?.endAt ?? new Date(inAWeek.getTime() + 2 * 3_600_000)),
  );
  const [deadline, setDeadline] = useState(
    dateTimeInputValue(initial?.signupDeadline ?? new Date(inAWeek.getTime() - 86_400_000)),
  );
  const [capacity, setCapacity] = useState(String(initial?.capacity ?? 30));
  const [roles, setRoles] = useState(
    (initial?.roles ?? []).map((r) => ({ id: r.id, name: r.name, capacity: String(r.capacity) })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const placesFixed = (initial?.seq ?? 0) > 0;

  const submit = (status: 'draft' | 'published') => async (e?: FormEvent) => {
    e?.preventDefault();
    const next: Record<string, string> = {};
    const s = new Date(start);
    const en = new Date(end);
    const dl = new Date(deadline);
    const cap = Number(capacity);
    if (!title.trim()) next.title = t('eventAdmin.form.errors.title');
    if (!place.trim()) next.place = t('eventAdmin.form.errors.place');
    if (!(en > s)) next.end = t('eventAdmin.form.errors.times');
    if (!(dl <= s)) next.deadline = t('eventAdmin.form.errors.deadline');
    if (!Number.isInteger(cap) || cap < 0 || cap > 5000) next.capacity = t('eventAdmin.form.errors.capacity');
    if (
      roles.some(
        (r) =>
          !r.name.trim() ||
          !Number.isInteger(Number(r.capacity)) ||
          Number(r.capacity) < 1 ||
          Number(r.capacity) > 500,
      )
    ) {
      next.roles = t('eventAdmin.form.errors.role');
    }
    setErrors(next);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      await onSave({
        title,
        description,
        place,
        coverDataUrl: cover,
        startAt: s,
        endAt: en,
        signupDeadline: dl,
        capacity: cap,
        roles: roles.map((r, i) => ({
          id: r.id || `role${i + 1}`,
          name: r.name.trim(),
          capacity: Number(r.capacity),
        })),
        status,
      });
    } catch (err) {
      setErrors({ form: errorMessage(err) });
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit('published')} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('eventAdmin.form.title')}
        value={title}
        maxLength={80}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label className="flex flex-col gap-1 text-base font-medium">
        {t('eventAdmin.form.description')}
        <textarea
          rows={4}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          className="rounded-xl border border-stone-500 p-2 font-normal"
        />
      </label>
      <TextInput
        label={t('eventAdmin.form.place')}
        value={place}
        maxLength={100}
        error={errors.place}
        onChange={(e) => setPlace(e.target.value)}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          label={t('eventAdmin.form.start')}
          type="datetime-local"
          value={start}
          onChange={(e) => setStart(e.target.value)}
        />
        <TextInput
          label={t('eventAdmin.form.end')}
          type="datetime-local"
          value={end}
          error={errors.end}
          onChange={(e) => setEnd(e.target.value)}
        />
        <TextInput
          label={t('eventAdmin.form.deadline')}
          type="datetime-local"
          value={deadline}
          error={errors.deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
      </div>
      {placesFixed && <p className="text-base text-amber-900">{t('eventAdmin.form.placesFixed')}</p>}
      <TextInput
        label={t('eventAdmin.form.capacity')}
        inputMode="numeric"
        value={capacity}
        disabled={placesFixed}
        error={errors.capacity}
        onChange={(e) => setCapacity(e.target.value)}
      />
      <fieldset className="flex flex-col gap-2" disabled={placesFixed}>
        <legend className="mb-1 text-base font-bold">{t('eventAdmin.form.roles')}</legend>
        {roles.map((r, i) => (
          <div key={i} className="grid grid-cols-[1fr_7rem_auto] items-end gap-2">
            <TextInput
              label={t('eventAdmin.form.roleName', { n: i + 1 })}
              value={r.name}
              onChange={(e) => setRoles(roles.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))}
            />
            <TextInput
              label={t('eventAdmin.form.roleCapacity', { n: i + 1 })}
              inputMode="numeric"
              value={r.capacity}
              onChange={(e) =>
                setRoles(roles.map((x, j) => (j === i ? { ...x, capacity: e.target.value } : x)))
              }
            />
            <Button
              variant="ghost"
              onClick={() => setRoles(roles.filter((_, j) => j !== i))}
              aria-label={t('eventAdmin.form.removeRole', { n: i + 1 })}
            >
              {t('app.remove')}
            </Button>
          </div>
        ))}
        <FormError>{errors.roles}</FormError>
        {roles.length < 8 && (
          <Button
            variant="secondary"
            className="self-start"
            onClick={() => setRoles([...roles, { id: '', name: '', capacity: '2' }])}
          >
            {t('eventAdmin.form.addRole')}
          </Button>
        )}
      </fieldset>
      <label className="flex flex-col gap-1 text-base font-medium">
        {t('eventAdmin.form.cover')}
        <input
          type="file"
          accept="image/*"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setCover((await shrinkPhoto(file)).dataUrl);
          }}
        />
      </label>
      {cover && <img src={cover} alt="" className="max-h-40 self-start rounded-xl" />}
      <FormError>{errors.form}</FormError>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {t('eventAdmin.form.savePublish')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => void submit('draft')()}>
          {t('eventAdmin.form.saveDraft')}
        </Button>
      </div>
    </form>
  );
}
