import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { Select, TextArea, TextInput } from '@/components/ui/Field';
import { formatDate, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { dateInputValue } from '@/lib/dates';
import { notBlank, sessionTextMax } from '@/lib/policy';
import { addSession, correctSession, recordOutcome } from '../api/mutations';
import { sessionAt } from '../api/writes';
import { mediationQueries } from '../api/queries';
import type { MediationCase, Outcome, Session } from '../types';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';

/** A case: parties, mediator, sessions; the mediator (or head) records sessions and closes it with an outcome. */
export function CaseDetail({
  kase,
  canRecord,
  me,
  ticketLink,
}: {
  kase: MediationCase;
  canRecord: boolean;
  /** The viewer; `staff` when they are an active worker or the head (authors may correct their records). */
  me: { uid: string; name: string; staff: boolean };
  /** Where the ticket the case came from is shown (for those who may see it). */
  ticketLink?: ((id: string) => ReactNode) | undefined;
}) {
  const { t, lang } = useTranslation();
  const sessions = useQuery(mediationQueries.sessions(kase.id));
  const [when, setWhen] = useState(dateInputValue);
  const [agreed, setAgreed] = useState('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [followUp, setFollowUp] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [sessionErrors, setSessionErrors] = useState<{ when?: string; agreed?: string }>({});
  const addSessionSubmit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof sessionErrors = {};
    Object.assign(next, checkSession(when, agreed, t));
    setSessionErrors(next);
    // (over-long text is already marked at its field, as it is typed)
    if (Object.keys(next).length || agreed.length > sessionTextMax) return;
    void run(async () => {
      await addSession(kase.id, me, sessionAt(when, dateInputValue()), agreed);
      setAgreed('');
    });
  };
  const [editing, setEditing] = useState<string | null>(null);
  const run = async (fn: () => Promise<void>) => {
    try {
      await fn();
      setMessage({ ok: true, text: t('mediation.saved') });
    } catch (e) {
      setMessage({
        ok: false,
        text: errorMessage(e),
      });
    }
  };
  return (
    <div className="flex flex-col gap-4">
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
          <dt className="text-stone-700">{t('mediation.parties')}</dt>
          <dd>
            {joinList(
              kase.parties.map((p) => p.name),
              t,
            )}
          </dd>
          <dt className="text-stone-700">{t('mediation.mediator')}</dt>
          <dd>{kase.mediatorName}</dd>
          <dt className="text-stone-700">{t('mediation.outcome')}</dt>
          <dd>{kase.outcome ? t(`mediation.outcomes.${kase.outcome}`) : t('mediation.open')}</dd>
          {kase.ticketId && ticketLink && (
            <>
              <dt className="text-stone-700">{t('mediation.fromTicket')}</dt>
              <dd>{ticketLink(kase.ticketId)}</dd>
            </>
          )}
          {kase.followUpAt && (
            <>
              <dt className="text-stone-700">{t('mediation.followUp')}</dt>
              <dd>{formatDate(kase.followUpAt, lang)}</dd>
            </>
          )}
        </dl>
        {kase.summary && <p className="mt-3 whitespace-pre-wrap">{kase.summary}</p>}
      </Card>
      <Section title={t('mediation.sessions')}>
        {!sessions.data?.length ? (
          <p>{t('mediation.noSessions')}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {sessions.data.map((s) => (
              <li key={s.id} className="rounded-xl border border-stone-200 bg-white p-3">
                {editing === s.id ? (
                  <CorrectSession
                    session={s}
                    onCancel={() => setEditing(null)}
                    onSave={async (day, words) => {
                      await correctSession(kase.id, s.id, me, sessionAt(day, dateInputValue()), words);
                      setEditing(null);
                      setMessage({ ok: true, text: t('mediation.corrected') });
                    }}
                  />
                ) : (
                  <>
                    <p className="font-bold">
                      {formatDate(s.at, lang)} · {s.createdByName}
                    </p>
                    <p className="whitespace-pre-wrap">{s.agreed}</p>
                    {s.correctedByName && (
                      <p className="text-sm text-stone-700">
                        {t('mediation.correctedBy', { name: s.correctedByName })}
                      </p>
                    )}
                    {(canRecord || (me.staff && s.createdBy === me.uid)) && (
                      <Button
                        variant="secondary"
                        className="mt-2"
                        aria-label={t('mediation.correctOf', { date: formatDate(s.at, lang) })}
                        onClick={() => setEditing(s.id)}
                      >
                        {t('mediation.correct')}
                      </Button>
                    )}
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      {canRecord && kase.status === 'open' && (
        <>
          <Section title={t('mediation.addSession')}>
            <form onSubmit={addSessionSubmit} noValidate className="flex flex-col gap-3">
              <TextInput
                label={t('mediation.sessionAt')}
                type="date"
                value={when}
                max={dateInputValue()}
                error={sessionErrors.when}
                onChange={(e) => setWhen(e.target.value)}
              />
              <TextArea
                label={t('mediation.agreed')}
                max={sessionTextMax}
                value={agreed}
                error={sessionErrors.agreed}
                onChange={(e) => setAgreed(e.target.value)}
              />
              <Button type="submit" className="self-start">
                {t('mediation.addSession')}
              </Button>
            </form>
          </Section>
          <Section title={t('mediation.close')}>
            <Select
              label={t('mediation.outcome')}
              value={outcome}
              onChange={(e) => setOutcome(e.target.value as Outcome)}
            >
              <option value="">—</option>
              {(['agreement', 'referred', 'withdrawn'] as const).map((o) => (
                <option key={o} value={o}>
                  {t(`mediation.outcomes.${o}`)}
                </option>
              ))}
            </Select>
            <TextInput
              label={t('mediation.followUp')}
              type="date"
              value={followUp}
              onChange={(e) => setFollowUp(e.target.value)}
            />
            <Button
              variant="secondary"
              className="self-start"
              onClick={() => {
                if (!outcome) return setMessage({ ok: false, text: t('mediation.errors.outcome') });
                // Closing ends the case for everyone: said before it is done, and nothing changes on cancel.
                const what = t('mediation.closeConfirm', { outcome: t(`mediation.outcomes.${outcome}`) });
                if (!window.confirm(what)) return;
                void run(() =>
                  recordOutcome(kase.id, outcome, followUp ? new Date(`${followUp}T09:00:00`) : null),
                );
              }}
            >
              {t('mediation.close')}
            </Button>
          </Section>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'text-green-900' : 'text-red-800'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

/** What is wrong with a session's date and words, at their fields (the date: today or before). */
function checkSession(when: string, agreed: string, t: ReturnType<typeof useTranslation>['t']) {
  const next: { when?: string; agreed?: string } = {};
  // A session that has taken place: today or before, on the person's own calendar (the rules refuse a
  // time ahead of the server's; today's is saved as the moment it arrives).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(when) || when > dateInputValue())
    next.when = t('mediation.errors.sessionAt');
  if (!notBlank(agreed)) next.agreed = t('mediation.errors.agreed');
  return next;
}

/** A session's record corrected in place: its date and words, kept as typed if the save fails. */
function CorrectSession({
  session,
  onSave,
  onCancel,
}: {
  session: Session;
  onSave: (day: string, agreed: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [when, setWhen] = useState(() => dateInputValue(session.at));
  const [agreed, setAgreed] = useState(session.agreed);
  const [errors, setErrors] = useState<{ when?: string; agreed?: string; form?: string }>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = checkSession(when, agreed, t);
    setErrors(next);
    if (Object.keys(next).length || agreed.length > sessionTextMax) return;
    onSave(when, agreed).catch((err: unknown) => setErrors({ form: errorMessage(err) }));
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <TextInput
        label={t('mediation.sessionAt')}
        type="date"
        value={when}
        max={dateInputValue()}
        error={errors.when}
        onChange={(e) => setWhen(e.target.value)}
      />
      <TextArea
        label={t('mediation.agreed')}
        max={sessionTextMax}
        value={agreed}
        error={errors.agreed}
        onChange={(e) => setAgreed(e.target.value)}
      />
      <FormError>{errors.form}</FormError>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">{t('mediation.saveCorrection')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('mediation.cancelCorrection')}
        </Button>
      </div>
    </form>
  );
}
