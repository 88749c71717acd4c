import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { Select, TextInput } from '@/components/ui/Field';
import { formatDate, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { dateInputValue } from '@/lib/dates';
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
            <TextInput
              label={t('mediation.sessionAt')}
              type="date"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
            />
            <label className="flex flex-col gap-1 text-base font-medium">
              {t('mediation.agreed')}
              <textarea
                rows={3}
                value={agreed}
                onChange={(e) => setAgreed(e.target.value)}
                className="rounded-xl border border-stone-500 p-2 font-normal"
              />
            </label>
            <Button
              className="self-start"
              onClick={() =>
                agreed.trim()
                  ? void run(async () => {
                      await addSession(kase.id, me, new Date(`${when}T12:00:00`), agreed);
                      setAgreed('');
                    })
                  : setMessage({ ok: false, text: t('mediation.errors.agreed') })
              }
            >
              {t('mediation.addSession')}
            </Button>
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
