import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useNow } from '@/lib/now';
import { volunteerHoursMax } from '@/lib/policy';
import { checkIn, confirmHours } from '../api/mutations';
import type { CommunityEvent, Signup } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** On the day: check people in. After the event: certify each volunteer's hours (then they are locked). */
export function Roster({
  event,
  signups,
  staffUid,
}: {
  event: CommunityEvent;
  signups: Signup[];
  staffUid: string;
}) {
  const { t } = useTranslation();
  const confirmed = signups.filter((s) => s.status === 'confirmed');
  const waiting = signups.filter((s) => s.status === 'waitlisted');
  const over = useNow() >= event.endAt.getTime();
  const role = (id: string) =>
    id === 'resident' ? t('eventAdmin.resident') : (event.roles.find((r) => r.id === id)?.name ?? id);
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="roster-confirmed">
        <h2 id="roster-confirmed" className="mb-2 text-xl font-bold">
          {t('eventAdmin.rosterConfirmed', { count: confirmed.length })}
        </h2>
        <ul className="flex flex-col gap-2">
          {confirmed.map((s) => (
            <RosterRow
              key={s.id}
              signup={s}
              role={role(s.roleId)}
              over={over}
              staffUid={staffUid}
              eventId={event.id}
            />
          ))}
        </ul>
      </section>
      {waiting.length > 0 && (
        <section aria-labelledby="roster-waiting">
          <h2 id="roster-waiting" className="mb-2 text-xl font-bold">
            {t('eventAdmin.rosterWaiting', { count: waiting.length })}
          </h2>
          <ol className="flex flex-col gap-1">
            {waiting.map((s) => (
              <li key={s.id} className="rounded-xl border border-stone-200 bg-white p-2 text-base">
                {s.name} · {role(s.roleId)}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function RosterRow({
  signup: s,
  role,
  over,
  staffUid,
  eventId,
}: {
  signup: Signup;
  role: string;
  over: boolean;
  staffUid: string;
  eventId: string;
}) {
  const { t, lang } = useTranslation();
  const [hours, setHours] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [hoursError, setHoursError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorMessage(e));
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-stone-200 bg-white p-3">
      <p className="text-base font-bold">
        {s.name} · {role}
      </p>
      {s.checkedInAt ? (
        <p className="text-base text-green-900">
          <span aria-hidden="true">✓ </span>
          {t('eventAdmin.checkedIn', { time: formatDateTime(s.checkedInAt, lang) })}
        </p>
      ) : (
        <Button className="self-start" onClick={() => void checkIn(eventId, s.uid).catch(fail)}>
          {t('eventAdmin.checkIn')} {s.name}
        </Button>
      )}
      {s.roleId !== 'resident' &&
        s.checkedInAt &&
        over &&
        (s.hoursConfirmedBy ? (
          <p className="text-base font-bold">{t('eventAdmin.hoursConfirmed', { hours: s.hours ?? 0 })}</p>
        ) : (
          <form
            className="flex flex-wrap items-end gap-2"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const h = Number(hours);
              if (!(h >= 0.5 && h <= volunteerHoursMax)) {
                setHoursError(t('eventAdmin.hoursError', { max: volunteerHoursMax }));
                return;
              }
              setHoursError(null);
              setError(null);
              void confirmHours(eventId, s.uid, h, staffUid).catch(fail);
            }}
          >
            <TextInput
              label={t('eventAdmin.hoursFor', { name: s.name })}
              inputMode="decimal"
              value={hours}
              error={hoursError}
              onChange={(e) => setHours(e.target.value)}
            />
            <Button type="submit">{t('eventAdmin.confirmHours')}</Button>
          </form>
        ))}
      <FormError>{error}</FormError>
    </li>
  );
}
