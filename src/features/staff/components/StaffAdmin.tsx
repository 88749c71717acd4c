import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { Select, TextInput } from '@/components/ui/Field';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { useTranslation } from '@/i18n/react';
import { formatPhone, isStoredPhone, parsePhone } from '@/lib/phone';
import { inviteBuildingsMax, nameMax, notBlank } from '@/lib/policy';
import { invite, setActive, setRole, withdrawInvite } from '../api/mutations';
import { staffQueries, type StaffMember } from '../api/queries';
import { BulkTransfer } from './BulkTransfer';
import { errorMessage } from '@/lib/errors';
import { useEscapeToCancel, useOpenCount } from './dialog';
import { FormError } from '@/components/ui/FormError';

export interface GridBuilding {
  id: string;
  number: number;
  workerId: string | null;
}

type Person = { id: string; name: string };
/** Hands the open tickets matching `where` to `to`, or (null) back to the head's queue (待分派). */
type Reassign = (
  where: { assigneeId: string | null } | { buildingId: string },
  to: Person | null,
  note: string,
) => Promise<number>;
/** Gives a building to a worker, or leaves it unowned (`null`) — with its audit entry, by the head. */
type AssignBuilding = (building: { id: string; number: number }, worker: Person | null) => Promise<void>;

/** The head's staff and grid screen: roles, activation, invitations, building owners, ticket hand-over. */
export function StaffAdmin({
  headUid,
  headName,
  buildings,
  assignBuilding,
  reassign,
  countOpen,
}: {
  headUid: string;
  /** The head's name, as their audit entries record it. */
  headName: string;
  buildings: GridBuilding[];
  assignBuilding: AssignBuilding;
  reassign: Reassign;
  /** How many open tickets a person has now. */
  countOpen: (uid: string) => Promise<number>;
}) {
  const { t } = useTranslation();
  const staff = useQuery(staffQueries.list());
  const invites = useQuery(staffQueries.invites());
  const [message, setMessage] = useState<string | null>(null);
  const workers = (staff.data ?? []).filter((s) => s.role === 'worker' && s.active);
  const fail = (e: unknown) => setMessage(errorMessage(e));
  const head = { id: headUid, name: headName };
  return (
    <div className="flex flex-col gap-6">
      <p role="status" aria-live="polite" className="text-base font-medium text-green-900">
        {message}
      </p>
      <Section title={t('admin.grid')}>
        <ul className="grid gap-2 md:grid-cols-2">
          {buildings.map((b) => (
            <li key={b.id}>
              <Select
                label={t('admin.owner', { building: t('building.name', { number: b.number }) })}
                value={b.workerId ?? ''}
                onChange={async (e) => {
                  const w = workers.find((x) => x.id === e.target.value) ?? null;
                  try {
                    await assignBuilding(b, w ? { id: w.id, name: w.displayName } : null);
                    const count = w
                      ? await reassign(
                          { buildingId: b.id },
                          { id: w.id, name: w.displayName },
                          t('admin.handoverNote'),
                        )
                      : 0;
                    setMessage(
                      t('admin.assigned', {
                        building: t('building.name', { number: b.number }),
                        name: w?.displayName ?? t('admin.unowned'),
                        count,
                      }),
                    );
                  } catch (err) {
                    fail(err);
                  }
                }}
              >
                <option value="">{t('admin.unowned')}</option>
                {workers.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.displayName}
                  </option>
                ))}
              </Select>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('admin.staff')}>
        <ul className="flex flex-col gap-3">
          {(staff.data ?? []).map((s) => (
            <StaffRow
              key={s.id}
              member={s}
              self={s.id === headUid}
              head={head}
              workers={workers}
              owned={buildings.filter((b) => b.workerId === s.id)}
              assignBuilding={assignBuilding}
              reassign={reassign}
              countOpen={countOpen}
              onMessage={setMessage}
              onError={fail}
            />
          ))}
        </ul>
        <GrantByPhone head={head} onError={fail} onDone={setMessage} />
      </Section>

      <Section title={t('admin.invite')}>
        <InviteForm
          headUid={headUid}
          buildings={buildings.filter((b) => !b.workerId)}
          onDone={setMessage}
          onError={fail}
        />
        {(invites.data ?? []).length > 0 && (
          <ul className="flex flex-col gap-2" aria-label={t('admin.invites')}>
            {invites.data!.map((i) => (
              <li
                key={i.key}
                className="flex items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white p-2"
              >
                <span>
                  {i.name} · {isStoredPhone(i.key) ? formatPhone(i.key) : i.key}
                  {i.buildingIds.length > 0 && ` · ${buildingNames(i.buildingIds, buildings, t)}`}
                </span>
                <Button variant="ghost" onClick={() => void withdrawInvite(i.key).catch(fail)}>
                  {t('admin.withdraw')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}

/** The names of buildings by id, as "3栋、5栋" (ids no longer in the grid are left out). */
function buildingNames(ids: string[], buildings: GridBuilding[], t: ReturnType<typeof useTranslation>['t']) {
  return buildings
    .filter((b) => ids.includes(b.id))
    .map((b) => t('building.name', { number: b.number }))
    .join('、');
}

function StaffRow({
  member: s,
  self,
  head,
  workers,
  owned,
  assignBuilding,
  reassign,
  countOpen,
  onMessage,
  onError,
}: {
  member: StaffMember;
  self: boolean;
  head: Person;
  workers: StaffMember[];
  owned: GridBuilding[];
  assignBuilding: AssignBuilding;
  reassign: Reassign;
  countOpen: (uid: string) => Promise<number>;
  onMessage: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState<'deactivate' | 'revoke' | null>(null);
  return (
    <li>
      <Card>
        <p className="text-lg font-bold">
          {s.displayName} · {t(`role.${s.role}`)} · {s.active ? t('admin.active') : t('admin.inactive')}
        </p>
        <p className="text-sm text-stone-800">{s.phone ? <PhoneLink phone={s.phone} /> : s.email}</p>
        {s.role === 'worker' && (
          <p className="text-base text-stone-900">
            {owned.length
              ? t('admin.owns', {
                  buildings: buildingNames(
                    owned.map((b) => b.id),
                    owned,
                    t,
                  ),
                })
              : t('admin.ownsNone')}
          </p>
        )}
        {!self && (
          <div className="mt-2 flex flex-wrap gap-2">
            {s.active ? (
              <Button variant="danger" onClick={() => setLeaving('deactivate')}>
                {t('admin.deactivate')}
              </Button>
            ) : (
              <Button
                variant="secondary"
                onClick={async () => {
                  try {
                    await setActive(head, { id: s.id, name: s.displayName }, true);
                    onMessage(t('admin.reactivated', { name: s.displayName }));
                  } catch (e) {
                    onError(e);
                  }
                }}
              >
                {t('admin.activate')}
              </Button>
            )}
            {s.role === 'worker' && (
              <Button variant="secondary" onClick={() => setLeaving('revoke')}>
                {t('admin.revoke')}
              </Button>
            )}
          </div>
        )}
        {leaving && (
          <LeaveDialog
            mode={leaving}
            member={s}
            owned={owned}
            workers={workers.filter((w) => w.id !== s.id)}
            countOpen={countOpen}
            onCancel={() => setLeaving(null)}
            onConfirm={async (target) => {
              for (const b of owned) await assignBuilding(b, target);
              const moved = await reassign({ assigneeId: s.id }, target, t('admin.departNote'));
              const person = { id: s.id, name: s.displayName };
              if (leaving === 'deactivate') await setActive(head, person, false);
              else await setRole(head, person, 'resident');
              setLeaving(null);
              onMessage(
                t(target ? 'admin.leftTo' : 'admin.leftToQueue', {
                  name: s.displayName,
                  done: t(leaving === 'deactivate' ? 'admin.deactivated' : 'admin.revoked'),
                  buildings: owned.length,
                  count: moved,
                  to: target?.name ?? '',
                }),
              );
            }}
          />
        )}
        {s.role === 'worker' && (
          <BulkTransfer
            from={{ id: s.id, name: s.displayName }}
            workers={workers.filter((w) => w.id !== s.id).map((w) => ({ id: w.id, name: w.displayName }))}
            countOpen={countOpen}
            transfer={(to) => reassign({ assigneeId: s.id }, to, t('admin.departNote'))}
            onMessage={onMessage}
            onError={onError}
          />
        )}
      </Card>
    </li>
  );
}

/**
 * Before a worker stops (deactivated, or no longer a worker): says what will happen to their buildings and
 * open tickets — back to the head's queue (待分派, the buildings unowned) or to another active worker — and
 * does it in one step once confirmed: the buildings, then the tickets, then the account.
 */
function LeaveDialog({
  mode,
  member,
  owned,
  workers,
  countOpen,
  onCancel,
  onConfirm,
}: {
  mode: 'deactivate' | 'revoke';
  member: StaffMember;
  owned: GridBuilding[];
  workers: StaffMember[];
  countOpen: (uid: string) => Promise<number>;
  onCancel: () => void;
  onConfirm: (target: Person | null) => Promise<void>;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = useOpenCount(countOpen, member.id, setError);
  useEscapeToCancel(onCancel, busy);
  const w = workers.find((x) => x.id === to);
  const target = w ? { id: w.id, name: w.displayName } : null;
  const name = member.displayName;
  const vars = {
    name,
    buildings: owned.length,
    list: buildingNames(
      owned.map((b) => b.id),
      owned,
      t,
    ),
    count: open ?? 0,
    to: target?.name ?? '',
  };
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-black/50 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="flex w-full max-w-lg flex-col gap-3 rounded-2xl bg-white p-5 shadow-xl"
      >
        <h2 id={titleId} className="text-xl font-bold">
          {t(mode === 'deactivate' ? 'admin.leaveTitle' : 'admin.revokeTitle', { name })}
        </h2>
        <p className="text-base">
          {owned.length ? t('admin.leaveHas', vars) : t('admin.leaveHasNoBuildings', vars)}
          {open === null ? t('admin.leaveCounting') : t('admin.leaveOpen', vars)}
        </p>
        <Select label={t('admin.leaveTo')} value={to} onChange={(e) => setTo(e.target.value)} autoFocus>
          <option value="">{t('admin.leaveToQueue')}</option>
          {workers.map((x) => (
            <option key={x.id} value={x.id}>
              {x.displayName}
            </option>
          ))}
        </Select>
        <p className="text-base font-medium" data-testid="leave-summary">
          {t(target ? 'admin.leaveWillTo' : 'admin.leaveWillQueue', vars)}
          {t(mode === 'deactivate' ? 'admin.leaveWillDeactivate' : 'admin.leaveWillRevoke', vars)}
        </p>
        <FormError>{error}</FormError>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" disabled={busy} onClick={onCancel}>
            {t('admin.leaveCancel')}
          </Button>
          <Button
            variant="danger"
            disabled={busy || open === null}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await onConfirm(target);
              } catch (e) {
                setError(errorMessage(e));
                setBusy(false);
              }
            }}
          >
            {busy
              ? t('app.saving')
              : t(mode === 'deactivate' ? 'admin.leaveConfirm' : 'admin.revokeConfirm', { name })}
          </Button>
        </div>
      </div>
    </div>
  );
}

function GrantByPhone({
  head,
  onDone,
  onError,
}: {
  head: Person;
  onDone: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const found = useQuery({ ...staffQueries.byPhone(query ?? ''), enabled: Boolean(query) });
  return (
    <div className="flex flex-col gap-2">
      <form
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          const parsed = parsePhone(phone, { mobile: true });
          setError(
            parsed.ok
              ? null
              : t(parsed.problem === 'notMobile' ? 'admin.errors.phoneLandline' : 'admin.errors.phone'),
          );
          setQuery(parsed.ok ? parsed.e164 : null);
        }}
      >
        <div className="flex-1">
          <TextInput
            label={t('admin.findByPhone')}
            type="tel"
            inputMode="tel"
            value={phone}
            error={error}
            onChange={(e) => setPhone(e.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t('admin.find')}
        </Button>
      </form>
      {query && found.data === null && <p>{t('admin.notFound')}</p>}
      {found.data && (
        <div className="flex items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white p-2">
          <span>
            {found.data.displayName} · {t(`role.${found.data.role}`)}
          </span>
          {found.data.role === 'resident' && (
            <Button
              onClick={async () => {
                try {
                  await setRole(head, { id: found.data!.id, name: found.data!.displayName }, 'worker');
                  onDone(`${found.data!.displayName} · ${t('role.worker')}`);
                  setQuery(null);
                } catch (e) {
                  onError(e);
                }
              }}
            >
              {t('admin.grant')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Invites a new worker by phone or email, naming the buildings (of those nobody has) they take on joining.
 */
export function InviteForm({
  headUid,
  buildings,
  onDone,
  onError,
}: {
  headUid: string;
  /** The buildings nobody is responsible for: the ones an invitation can name. */
  buildings: GridBuilding[];
  onDone: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ key?: string; name?: string }>({});
  // (a building someone took meanwhile drops out of the choice)
  const picked = chosen.filter((id) => buildings.some((b) => b.id === id));
  const full = picked.length >= inviteBuildingsMax;
  return (
    <form
      noValidate
      className="grid gap-2 md:grid-cols-[1fr_1fr_auto] md:items-start"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = inviteKey(key);
        const next = {
          ...('error' in parsed ? { key: t(parsed.error) } : {}),
          ...(notBlank(name) ? {} : { name: t('admin.errors.name') }),
        };
        setErrors(next);
        // (an over-long name is marked at its field as it is typed)
        if ('error' in parsed || !notBlank(name) || name.length > nameMax) return;
        try {
          await invite(headUid, parsed.key, name, picked);
          onDone(
            t(picked.length ? 'admin.invitedWith' : 'admin.invited', {
              name: name.trim(),
              key: parsed.shown,
              buildings: buildingNames(picked, buildings, t),
            }),
          );
          setKey('');
          setName('');
          setChosen([]);
        } catch (err) {
          onError(err);
        }
      }}
    >
      <TextInput
        label={t('admin.inviteKey')}
        value={key}
        error={errors.key}
        onChange={(e) => setKey(e.target.value)}
      />
      <TextInput
        label={t('admin.inviteName')}
        value={name}
        limit={nameMax}
        error={errors.name}
        onChange={(e) => setName(e.target.value)}
      />
      <Button type="submit" className="md:mt-7">
        {t('admin.inviteSend')}
      </Button>
      <fieldset className="md:col-span-3">
        <legend className="text-base font-bold">
          {t('admin.inviteBuildings', { count: picked.length, max: inviteBuildingsMax })}
        </legend>
        {buildings.length === 0 ? (
          <p className="text-base text-stone-800">{t('admin.inviteNoBuildings')}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2">
            {buildings.map((b) => {
              const on = picked.includes(b.id);
              return (
                <li key={b.id}>
                  <label className="tap flex items-center gap-2 rounded-xl border border-stone-300 bg-white px-3 py-2 text-base">
                    <input
                      type="checkbox"
                      className="h-6 w-6"
                      checked={on}
                      disabled={!on && full}
                      onChange={(e) =>
                        setChosen(e.target.checked ? [...picked, b.id] : picked.filter((x) => x !== b.id))
                      }
                    />
                    {t('building.name', { number: b.number })}
                  </label>
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
    </form>
  );
}

/**
 * An invitation's key is what the invited person's sign-in will carry: an email (lower case) if it has an @,
 * else a mainland mobile in its stored form.
 */
function inviteKey(
  typed: string,
): { key: string; shown: string } | { error: 'admin.errors.key' | 'admin.errors.keyLandline' } {
  if (typed.includes('@')) {
    const email = typed.trim().toLowerCase();
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)
      ? { key: email, shown: email }
      : { error: 'admin.errors.key' };
  }
  const phone = parsePhone(typed, { mobile: true });
  if (phone.ok) return { key: phone.e164, shown: formatPhone(phone.e164) };
  return { error: phone.problem === 'notMobile' ? 'admin.errors.keyLandline' : 'admin.errors.key' };
}
