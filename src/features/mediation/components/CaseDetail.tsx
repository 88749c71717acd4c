import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { Select, TextArea, TextInput } from '@/components/ui/Field';
import { formatDate, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { dateInputValue } from '@/lib/dates';
import { notBlank, sessionTextMax } from '@/lib/policy';
import { addSession, recordOutcome } from '../api/mutations';
import { mediationQueries } from '../api/queries';
import type { MediationCase, Outcome } from '../types';
import { errorMessage } from '@/lib/errors';

/** A case: parties, mediator, sessions; the mediator (or head) records sessions and closes it with an outcome. */
export function CaseDetail({
  kase,
  canRecord,
  me,
}: {
  kase: MediationCase;
  canRecord: boolean;
  me: { uid: string; name: string };
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
    // A session that has taken place: today or before (the date as the person's own calendar shows it;
    // the rules take any time, the form keeps a record from being dated ahead by a slip).
    if (!/^\d{4}-\d{2}-\d{2}$/.test(when) || when > dateInputValue())
      next.when = t('mediation.errors.sessionAt');
    if (!notBlank(agreed)) next.agreed = t('mediation.errors.agreed');
    setSessionErrors(next);
    // (over-long text is already marked at its field, as it is typed)
    if (Object.keys(next).length || agreed.length > sessionTextMax) return;
    void run(async () => {
      await addSession(kase.id, me, new Date(`${when}T12:00:00`), agreed);
      setAgreed('');
    });
  };
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
                <p className="font-bold">
                  {formatDate(s.at, lang)} · {s.createdByName}
                </p>
                <p className="whitespace-pre-wrap">{s.agreed}</p>
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
              onClick={() =>
                outcome
                  ? void run(() =>
                      recordOutcome(kase.id, outcome, followUp ? new Date(`${followUp}T09:00:00`) : null),
                    )
                  : setMessage({ ok: false, text: t('mediation.errors.outcome') })
              }
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
