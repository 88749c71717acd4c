import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Card';
import { formatDateTime } from '@/i18n/format';
import { LoadError } from '@/components/ui/Loading';
import { useTranslation } from '@/i18n/react';
import { useNow } from '@/lib/now';
import { checkInHoursBefore } from '@/lib/policy';
import { cancelSignup, signUp } from '../api/mutations';
import { eventQueries } from '../api/queries';
import { SignupError } from '../api/signup';
import type { CommunityEvent } from '../types';
import { errorMessage } from '@/lib/errors';
import eventsMessages from '@/i18n/zh-CN.events';
import volunteerMessages from '@/i18n/zh-CN.volunteer';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(eventsMessages);
addMessages(volunteerMessages);

const SelfCheckIn = lazy(() => import('./SelfCheckIn'));

/**
 * Sign up for a resident place or a volunteer role, see "confirmed" or "waiting list number N" live (a
 * promotion shows at once), cancel.
 */
export function SignupPanel({
  event,
  me,
}: {
  event: CommunityEvent;
  me: { uid: string; name: string; volunteer: boolean };
}) {
  const { t, lang } = useTranslation();
  const mine = useQuery(eventQueries.mySignup(event.id, me.uid));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow();
  if (event.status !== 'published' || mine.isPending) return null;
  // Whether I am signed up is unknown (offline, never loaded here): no sign-up button for someone who may be.
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  const s = mine.data;
  const open = now < event.signupDeadline.getTime();
  const checkInOpens = event.startAt.getTime() - checkInHoursBefore * 3_600_000;
  const ended = now > event.endAt.getTime();
  const roleName = (id: string) => event.roles.find((r) => r.id === id)?.name ?? id;
  const waitlist = s
    ? s.roleId === 'resident'
      ? event.waitlist
      : (event.roles.find((r) => r.id === s.roleId)?.waitlist ?? [])
    : [];
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      const reason = e instanceof SignupError ? e.reason : null;
      setError(
        reason === 'closed' || reason === 'already' || reason === 'notVolunteer'
          ? t('events.signupFailed', { reason: t(`events.reasons.${reason}`) })
          : errorMessage(e),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section
      aria-labelledby="signup-h"
      className="flex flex-col gap-3 rounded-2xl border-2 border-stone-300 bg-white p-4"
    >
      <h2 id="signup-h" className="text-xl font-bold">
        {t('events.signUp')}
      </h2>
      <div role="status" aria-live="polite">
        {s &&
          (s.status === 'confirmed' ? (
            <p className="text-lg font-bold text-green-900">
              <span aria-hidden="true">✓&nbsp;</span>
              {s.roleId === 'resident'
                ? t('events.confirmed')
                : t('events.confirmedRole', { role: roleName(s.roleId) })}
            </p>
          ) : (
            <>
              <p className="text-lg font-bold text-amber-900">
                {s.roleId === 'resident'
                  ? t('events.waitlisted', { position: waitlist.indexOf(me.uid) + 1 || 1 })
                  : t('events.waitlistedRole', {
                      role: roleName(s.roleId),
                      position: waitlist.indexOf(me.uid) + 1 || 1,
                    })}
              </p>
              <p className="text-base">{t('events.waitlistHint')}</p>
            </>
          ))}
      </div>
      {s?.status === 'confirmed' &&
        (s.checkedInAt ? (
          <p className="text-lg font-bold text-green-900" data-testid="checked-in">
            <span aria-hidden="true">✓&nbsp;</span>
            {t('checkIn.done', { time: formatDateTime(s.checkedInAt, lang) })}
          </p>
        ) : ended ? null : now < checkInOpens ? (
          <>
            <p className="text-base">
              {t('checkIn.opensAt', { time: formatDateTime(new Date(checkInOpens), lang) })}
            </p>
            <Button
              variant="secondary"
              className="self-start"
              onClick={() => void import('../api/ics').then((m) => m.downloadIcs(event))}
            >
              {t('events.addToCalendar')}
            </Button>
          </>
        ) : (
          <Suspense fallback={null}>
            <SelfCheckIn eventId={event.id} uid={me.uid} />
          </Suspense>
        ))}
      {busy && <p className="text-base">{t('events.signingUp')}</p>}
      {s ? (
        open || now < event.startAt.getTime() ? (
          <Button
            variant="danger"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('events.cancelConfirm'))) void run(() => cancelSignup(event.id, me.uid));
            }}
          >
            {t('events.cancelMine')}
          </Button>
        ) : null
      ) : !open ? (
        <p className="text-base">{t('events.closed')}</p>
      ) : (
        <div className="flex flex-col gap-2">
          <Button disabled={busy} onClick={() => void run(() => signUp(event.id, me, 'resident'))}>
            {t('events.signUp')}
            {event.confirmed >= event.capacity ? ` · ${t('events.fullJoinsWaitlist')}` : ''}
          </Button>
          {me.volunteer &&
            event.roles.map((r) => (
              <Button
                key={r.id}
                variant="secondary"
                disabled={busy}
                onClick={() => void run(() => signUp(event.id, me, r.id))}
              >
                {t('events.signUpRole', { role: r.name })}
                {r.confirmed >= r.capacity
                  ? ` · ${t('events.fullJoinsWaitlist')}`
                  : ` (${r.confirmed}/${r.capacity})`}
              </Button>
            ))}
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
