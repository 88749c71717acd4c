import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { Select, TextInput } from '@/components/ui/Field';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { useTranslation } from '@/i18n/react';
import { formatPhone, isStoredPhone, parsePhone } from '@/lib/phone';
import { nameMax, notBlank } from '@/lib/policy';
import { invite, setActive, setRole, withdrawInvite } from '../api/mutations';
import { staffQueries, type StaffMember } from '../api/queries';
import { errorMessage } from '@/lib/errors';

export interface GridBuilding {
  id: string;
  number: number;
  workerId: string | null;
}

type Reassign = (
  where: { assigneeId: string | null } | { buildingId: string },
  to: { id: string; name: string },
  note: string,
) => Promise<number>;

/** The head's staff and grid screen: roles, activation, invitations, building owners, ticket hand-over. */
export function StaffAdmin({
  headUid,
  buildings,
  assignBuilding,
  reassign,
}: {
  headUid: string;
  buildings: GridBuilding[];
  /** Gives a building to a worker, or leaves it unowned (`null`). */
  assignBuilding: (buildingId: string, worker: { id: string; name: string } | null) => Promise<void>;
  reassign: Reassign;
}) {
  const { t } = useTranslation();
  const staff = useQuery(staffQueries.list());
  const invites = useQuery(staffQueries.invites());
  const [message, setMessage] = useState<string | null>(null);
  const workers = (staff.data ?? []).filter((s) => s.role === 'worker' && s.active);
  const fail = (e: unknown) => setMessage(errorMessage(e));
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
                    await assignBuilding(b.id, w ? { id: w.id, name: w.displayName } : null);
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
              workers={workers}
              reassign={reassign}
              onMessage={setMessage}
              onError={fail}
            />
          ))}
        </ul>
        <GrantByPhone onError={fail} onDone={setMessage} />
      </Section>

      <Section title={t('admin.invite')}>
        <InviteForm headUid={headUid} onDone={setMessage} onError={fail} />
        {(invites.data ?? []).length > 0 && (
          <ul className="flex flex-col gap-2" aria-label={t('admin.invites')}>
            {invites.data!.map((i) => (
              <li
                key={i.key}
                className="flex items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white p-2"
              >
                <span>
                  {i.name} · {isStoredPhone(i.key) ? formatPhone(i.key) : i.key}
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

function StaffRow({
  member: s,
  self,
  workers,
  reassign,
  onMessage,
  onError,
}: {
  member: StaffMember;
  self: boolean;
  workers: StaffMember[];
  reassign: Reassign;
  onMessage: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  return (
    <li>
      <Card>
        <p className="text-lg font-bold">
          {s.displayName} · {t(`role.${s.role}`)} · {s.active ? t('admin.active') : t('admin.inactive')}
        </p>
        <p className="text-sm text-stone-800">{s.phone ? <PhoneLink phone={s.phone} /> : s.email}</p>
        {!self && (
          <div className="mt-2 flex flex-wrap gap-2">
            <Button
              variant={s.active ? 'danger' : 'secondary'}
              onClick={() => void setActive(s.id, !s.active).catch(onError)}
            >
              {s.active ? t('admin.deactivate') : t('admin.activate')}
            </Button>
            {s.role === 'worker' && (
              <Button variant="secondary" onClick={() => void setRole(s.id, 'resident').catch(onError)}>
                {t('admin.revoke')}
              </Button>
            )}
          </div>
        )}
        {s.role === 'worker' && (
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <div className="min-w-48 flex-1">
              <Select
                label={t('admin.reassign', { name: s.displayName })}
                value={to}
                onChange={(e) => setTo(e.target.value)}
              >
                <option value="">{t('admin.chooseWorker')}</option>
                {workers
                  .filter((w) => w.id !== s.id)
                  .map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.displayName}
                    </option>
                  ))}
              </Select>
            </div>
            <Button
              variant="secondary"
              disabled={!to}
              onClick={async () => {
                const w = workers.find((x) => x.id === to);
                if (!w) return;
                try {
                  const count = await reassign(
                    { assigneeId: s.id },
                    { id: w.id, name: w.displayName },
                    t('admin.departNote'),
                  );
                  onMessage(t('admin.reassigned', { count }));
                } catch (e) {
                  onError(e);
                }
              }}
            >
              {t('admin.reassignDo')}
            </Button>
          </div>
        )}
      </Card>
    </li>
  );
}

function GrantByPhone({ onDone, onError }: { onDone: (m: string) => void; onError: (e: unknown) => void }) {
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
                  await setRole(found.data!.id, 'worker');
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

export function InviteForm({
  headUid,
  onDone,
  onError,
}: {
  headUid: string;
  onDone: (m: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<{ key?: string; name?: string }>({});
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
          await invite(headUid, parsed.key, name);
          onDone(t('admin.invited', { name: name.trim(), key: parsed.shown }));
          setKey('');
          setName('');
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
