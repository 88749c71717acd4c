import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Select, TextInput } from '@/components/ui/Field';
import { useFocusInvalid } from '@/components/ui/ListLimit';
import { RowList } from '@/components/ui/RowList';
import { useTranslation } from '@/i18n/react';
import { membersMax, nameMax, notBlank, relationMax } from '@/lib/policy';
import type { Actor } from '@/lib/audit';
import { saveHousehold } from '../api/mutations';
import { INTEREST_GROUPS, type Household, type InterestGroup, type Member } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** Members and interest group (the part the household itself may read). */
export function HouseholdEditor({
  household,
  buildingNumber,
  actor,
  onDone,
}: {
  household: Household;
  buildingNumber: number;
  /** Who saves (the audit entry names them). */
  actor: Actor;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [group, setGroup] = useState<InterestGroup>(household.interestGroup);
  const [members, setMembers] = useState<Member[]>(
    household.members.length ? household.members : [{ name: '', relation: '户主' }],
  );
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  /** The rows with a name but no relation (the rules keep both). */
  const [noRelation, setNoRelation] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const { ref: formRef, refused } = useFocusInvalid<HTMLFormElement>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // A row without a name is dropped.
    const named = members.flatMap((m, i) => (notBlank(m.name) ? [i] : []));
    const cleaned = named.map((i) => ({
      name: members[i]!.name.trim(),
      relation: members[i]!.relation.trim(),
    }));
    const relationMissing = named.filter((i) => !notBlank(members[i]!.relation));
    setMissing(!cleaned.length);
    setNoRelation(relationMissing);
    // Over-long text is marked at its field as it is typed; it stops the save here.
    const over = members.some((m) => m.name.length > nameMax || m.relation.length > relationMax);
    if (!cleaned.length || relationMissing.length || over) {
      refused();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveHousehold(
        actor,
        { ...household, buildingNumber },
        { interestGroup: group, members: cleaned },
      );
      onDone();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-3">
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
      <RowList
        legend={t('register.members')}
        rows={members}
        onRows={setMembers}
        blank={{ name: '', relation: '' }}
        rowClassName="grid grid-cols-[1fr_8rem_auto] items-start gap-2"
        max={membersMax}
        addLabel={t('register.addMember')}
        full={t('register.membersFull', { max: membersMax })}
        removeLabel={(n) => t('register.removeMember', { n })}
      >
        {(m, update, i) => (
          <>
            <TextInput
              label={t('register.memberName', { n: i + 1 })}
              value={m.name}
              limit={nameMax}
              error={missing && i === 0 ? t('register.errors.membersMissing') : null}
              onChange={(e) => update({ name: e.target.value })}
            />
            <TextInput
              label={t('register.relation')}
              value={m.relation}
              limit={relationMax}
              error={noRelation.includes(i) ? t('register.errors.relationMissing') : null}
              onChange={(e) => update({ relation: e.target.value })}
            />
          </>
        )}
      </RowList>
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
