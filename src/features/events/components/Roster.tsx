import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { TextInput } from '@/components/ui/Field';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useNow } from '@/lib/now';
import { dayKey } from '@/lib/period';
import { checkInHoursBefore, volunteerHoursMax } from '@/lib/policy';
import { ensureCheckInCode } from '../api/checkin';
import { checkIn, confirmHours } from '../api/mutations';
import { volunteerQueries } from '../api/volunteer-queries';
import { QrCode } from '../qr/QrCode';
import { paths } from '@/config/paths';
import type { CommunityEvent, Signup } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/**
 * On the day: check people in, or show the day's code with which they check themselves in (check-in opens
 * checkInHoursBefore hours before the start; before that the screen says when). After the event: certify
 * each volunteer's hours (then they are locked).
 */
export function Roster({
  event,
  signups,
  staffUid,
}: {
  event: CommunityEvent;
  signups: Signup[];
  staffUid: string;
}) {
  const { t, lang } = useTranslation();
  const confirmed = signups.filter((s) => s.status === 'confirmed');
  const waiting = signups.filter((s) => s.status === 'waitlisted');
  const now = useNow();
  const over = now >= event.endAt.getTime();
  const opens = new Date(event.startAt.getTime() - checkInHoursBefore * 3_600_000);
  const checkInOpen = event.status === 'published' && now >= opens.getTime();
  const role = (id: string) =>
    id === 'resident' ? t('eventAdmin.resident') : (event.roles.find((r) => r.id === id)?.name ?? id);
  return (
    <div className="flex flex-col gap-4">
      {event.status === 'cancelled' ? (
        <p className="text-base">{t('checkIn.noCheckIn')}</p>
      ) : !checkInOpen ? (
        <p className="text-base font-medium">{t('checkIn.notOpen', { time: formatDateTime(opens, lang) })}</p>
      ) : (
        !over && <CheckInCode eventId={event.id} staffUid={staffUid} />
      )}
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
              checkInOpen={checkInOpen}
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
  checkInOpen,
  staffUid,
  eventId,
}: {
  signup: Signup;
  role: string;
  over: boolean;
  checkInOpen: boolean;
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
          <span aria-hidden="true">✓&nbsp;</span>
          {t('eventAdmin.checkedIn', { time: formatDateTime(s.checkedInAt, lang) })}
        </p>
      ) : checkInOpen ? (
        <Button className="self-start" onClick={() => void checkIn(eventId, s.uid).catch(fail)}>
          {t('eventAdmin.checkIn')} {s.name}
        </Button>
      ) : null}
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

/** Today's check-in code, large, for the organiser to show; made on first showing, changed if it leaked. */
function CheckInCode({ eventId, staffUid }: { eventId: string; staffUid: string }) {
  const { t } = useTranslation();
  const code = useQuery(volunteerQueries.checkInCode(eventId, dayKey(new Date())));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const make = (fresh: boolean) => {
    setBusy(true);
    setError(null);
    ensureCheckInCode(eventId, staffUid, fresh)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section
      aria-labelledby="checkin-code-h"
      className="flex flex-col gap-2 rounded-2xl border-2 border-stone-300 bg-white p-4"
    >
      <h2 id="checkin-code-h" className="text-xl font-bold">
        {t('checkIn.staffTitle')}
      </h2>
      {code.data ? (
        <>
          <p
            className="font-mono text-5xl font-bold tracking-[0.3em] text-stone-900"
            data-testid="checkin-code"
          >
            {code.data}
          </p>
          <QrCode
            text={`${location.origin}${paths.event(eventId)}?code=${code.data}`}
            label={t('checkIn.qr')}
            className="h-56 w-56"
          />
          <p className="text-base">{t('checkIn.staffHint')}</p>
          <Button
            variant="secondary"
            className="self-start"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('checkIn.renewConfirm'))) make(true);
            }}
          >
            {t('checkIn.renew')}
          </Button>
        </>
      ) : (
        <Button className="self-start" disabled={busy || code.isPending} onClick={() => make(false)}>
          {t('checkIn.show')}
        </Button>
      )}
      <FormError>{error}</FormError>
    </section>
  );
}
