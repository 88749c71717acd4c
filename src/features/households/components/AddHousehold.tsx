import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { Select, TextInput } from '@/components/ui/Field';
import { FormError } from '@/components/ui/FormError';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { useTranslation } from '@/i18n/react';
import type { Actor } from '@/lib/audit';
import { errorMessage } from '@/lib/errors';
import { parsePhone } from '@/lib/phone';
import { flatPattern, nameMax, notBlank, relationMax } from '@/lib/policy';
import { addHousehold } from '../api/mutations';
import { householdIdFor, INTEREST_GROUPS, type InterestGroup } from '../types';

const FLAT = new RegExp(flatPattern);

/**
 * Registers a household at a flat of the building (one household per flat): entrance, flat, group, the head
 * of household and a contact phone. Each bad field says so at the field; nothing typed is lost on a refusal.
 * A flat already registered (or archived) is named, with a link to it.
 */
export function AddHousehold({
  actor,
  building,
  entrance: firstEntrance,
  flatState,
  householdPath,
  onDone,
}: {
  actor: Actor;
  building: { id: string; number: number; entrances: number };
  entrance: number;
  /** Whether the register already has this household (by id): none, on it, or archived. */
  flatState: (id: string) => Promise<'none' | 'active' | 'archived'>;
  householdPath: (id: string) => string;
  onDone: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [entrance, setEntrance] = useState(firstEntrance);
  const [flat, setFlat] = useState('');
  const [group, setGroup] = useState<InterestGroup>('jumin');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('户主');
  const [phone, setPhone] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [taken, setTaken] = useState<{ id: string; archived: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    const flatTyped = flat.trim();
    if (!FLAT.test(flatTyped)) next.flat = t('registerEdit.flatInvalid');
    if (!notBlank(name)) next.name = t('register.errors.membersMissing');
    if (!notBlank(relation)) next.relation = t('register.errors.relationMissing');
    const parsed = parsePhone(phone);
    if (!parsed.ok && parsed.problem !== 'empty')
      next.phone = t('register.errors.phoneInvalid', { phone: phone.trim() });
    setErrors(next);
    setTaken(null);
    if (Object.keys(next).length || name.length > nameMax || relation.length > relationMax) {
      refused();
      return;
    }
    setBusy(true);
    setError(null);
    const id = householdIdFor(building.number, entrance, flatTyped);
    try {
      const state = await flatState(id);
      if (state !== 'none') {
        setTaken({ id, archived: state === 'archived' });
        setErrors({ flat: t(state === 'archived' ? 'registerEdit.flatArchived' : 'registerEdit.flatTaken') });
        setBusy(false);
        refused();
        return;
      }
      const member = { name: name.trim(), relation: relation.trim() };
      await addHousehold(actor, {
        id,
        buildingId: building.id,
        buildingNumber: building.number,
        entrance,
        flat: flatTyped,
        interestGroup: group,
        members: [member],
        phones: parsed.ok ? [{ name: member.name, phone: parsed.e164 }] : [],
      });
      onDone(id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} noValidate onSubmit={submit} className="flex flex-col gap-3">
      <h2 className="text-lg font-bold">
        {t('registerEdit.addTitle', { building: t('building.name', { number: building.number }) })}
      </h2>
      <div className="grid grid-cols-2 gap-3">
        <Select
          label={t('register.entrance')}
          value={String(entrance)}
          onChange={(e) => setEntrance(Number(e.target.value))}
        >
          {Array.from({ length: building.entrances }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {i + 1}
            </option>
          ))}
        </Select>
        <TextInput
          label={t('registerEdit.flat')}
          hint={t('registerEdit.flatHint')}
          inputMode="numeric"
          autoComplete="off"
          value={flat}
          error={errors.flat}
          onChange={(e) => setFlat(e.target.value)}
        />
      </div>
      {taken && (
        <Link className="text-base font-bold text-blue-800 underline" to={householdPath(taken.id)}>
          {t('registerEdit.openTaken')}
        </Link>
      )}
      <Select
        label={t('register.group')}
        value={group}
        onChange={(e) => setGroup(e.target.value as InterestGroup)}
      >
        {INTEREST_GROUPS.map((g) => (
          <option key={g} value={g}>
            {t(`group.${g}`)}
          </option>
        ))}
      </Select>
      <div className="grid grid-cols-[1fr_8rem] gap-3">
        <TextInput
          label={t('registerEdit.headName')}
          value={name}
          limit={nameMax}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <TextInput
          label={t('register.relation')}
          value={relation}
          limit={relationMax}
          error={errors.relation}
          onChange={(e) => setRelation(e.target.value)}
        />
      </div>
      <TextInput
        label={t('registerEdit.phone')}
        hint={t('registerEdit.phoneHint')}
        type="tel"
        inputMode="tel"
        value={phone}
        error={errors.phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <FormError>{error}</FormError>
      <Button type="submit" disabled={busy}>
        {busy ? t('app.saving') : t('registerEdit.add')}
      </Button>
    </form>
  );
}
