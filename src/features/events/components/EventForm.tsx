import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, TextArea, TextInput } from '@/components/ui/Field';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { RowList } from '@/components/ui/RowList';
import { dateTimeInputValue } from '@/lib/dates';
import { shrinkPhoto } from '@/lib/image';
import {
  coverCharsMax,
  eventCapacityMax,
  eventDescriptionMax,
  eventPlaceMax,
  eventRolesMax,
  eventTitleMax,
  nameMax,
  notBlank,
  roleCapacityMax,
} from '@/lib/policy';
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
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const wholeIn = (text: string, min: number, max: number) =>
    /^\s*\d+\s*$/.test(text) && Number(text) >= min && Number(text) <= max;

  const submit = (status: 'draft' | 'published') => async (e?: FormEvent) => {
    e?.preventDefault();
    const next: Record<string, string> = {};
    const s = new Date(start);
    const en = new Date(end);
    const dl = new Date(deadline);
    const cap = Number(capacity);
    if (!notBlank(title)) next.title = t('eventAdmin.form.errors.title');
    if (!notBlank(place)) next.place = t('eventAdmin.form.errors.place');
    if (!(en > s)) next.end = t('eventAdmin.form.errors.times');
    if (!(dl <= s)) next.deadline = t('eventAdmin.form.errors.deadline');
    if (!wholeIn(capacity, 0, eventCapacityMax))
      next.capacity = t('eventAdmin.form.errors.capacity', { max: eventCapacityMax });
    roles.forEach((r, i) => {
      if (!notBlank(r.name)) next[`role${i}.name`] = t('eventAdmin.form.errors.roleName');
      if (!wholeIn(r.capacity, 1, roleCapacityMax))
        next[`role${i}.capacity`] = t('eventAdmin.form.errors.roleCapacity', { max: roleCapacityMax });
    });
    if (cover && cover.length > coverCharsMax) next.cover = t('eventAdmin.form.errors.cover');
    setErrors(next);
    // Over-long text is marked at its field as it is typed; it stops the save here.
    const over =
      title.length > eventTitleMax ||
      description.length > eventDescriptionMax ||
      place.length > eventPlaceMax ||
      roles.some((r) => r.name.length > nameMax);
    if (Object.keys(next).length || over) {
      refused();
      return;
    }
    // A new role's id: the first `roleN` no other role has (a role removed and one added must not share).
    const used = new Set(roles.map((r) => r.id));
    const freshId = () => {
      let n = 1;
      while (used.has(`role${n}`)) n++;
      used.add(`role${n}`);
      return `role${n}`;
    };
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
        roles: roles.map((r) => ({
          id: r.id || freshId(),
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
    <form ref={formRef} onSubmit={submit('published')} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('eventAdmin.form.title')}
        value={title}
        limit={eventTitleMax}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('eventAdmin.form.description')}
        rows={4}
        max={eventDescriptionMax}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextInput
        label={t('eventAdmin.form.place')}
        value={place}
        limit={eventPlaceMax}
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
        hint={t('eventAdmin.form.capacityHint', { max: eventCapacityMax })}
        disabled={placesFixed}
        error={errors.capacity}
        onChange={(e) => setCapacity(e.target.value)}
      />
      <RowList
        legend={t('eventAdmin.form.roles')}
        rows={roles}
        onRows={setRoles}
        blank={{ id: '', name: '', capacity: '2' }}
        rowClassName="grid grid-cols-[1fr_7rem_auto] items-start gap-2"
        max={eventRolesMax}
        addLabel={t('eventAdmin.form.addRole')}
        full={t('eventAdmin.form.rolesFull', { max: eventRolesMax })}
        removeLabel={(n) => t('eventAdmin.form.removeRole', { n })}
        disabled={placesFixed}
      >
        {(r, update, i) => (
          <>
            <TextInput
              label={t('eventAdmin.form.roleName', { n: i + 1 })}
              value={r.name}
              limit={nameMax}
              error={errors[`role${i}.name`]}
              onChange={(e) => update({ name: e.target.value })}
            />
            <TextInput
              label={t('eventAdmin.form.roleCapacity', { n: i + 1 })}
              inputMode="numeric"
              value={r.capacity}
              hint={t('eventAdmin.form.roleCapacityHint', { max: roleCapacityMax })}
              error={errors[`role${i}.capacity`]}
              onChange={(e) => update({ capacity: e.target.value })}
            />
          </>
        )}
      </RowList>
      <Field label={t('eventAdmin.form.cover')} error={errors.cover}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="file"
            accept="image/*"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              try {
                // Shrunk to what the rules take for a cover (smaller than a report's photo).
                setCover((await shrinkPhoto(file, coverCharsMax)).dataUrl);
                setErrors(({ cover: _, ...rest }) => rest);
              } catch {
                setErrors((x) => ({ ...x, cover: t('eventAdmin.form.errors.cover') }));
              }
            }}
          />
        )}
      </Field>
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
