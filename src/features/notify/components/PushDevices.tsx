import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice, Section } from '@/components/ui/Card';
import { FormError } from '@/components/ui/FormError';
import { formatDate } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { errorMessage, reportError } from '@/lib/errors';
import { pushDevicesMax } from '@/lib/policy';
import { removePushDevice } from '../api/mutations';
import {
  currentEndpoint,
  NoWorkerError,
  pushSupport,
  PushDeniedError,
  turnOffHere,
  turnOnHere,
} from '../push';
import type { PushDevice } from '../types';
import { Switch } from './NotifyPrefsForm';

/**
 * 手机通知: one switch, "get notifications on this phone" — or, where this browser cannot (no PushManager,
 * notifications blocked for the site, no key in this build), why not, in words — and the phones that get
 * them, each of which can be stopped from here.
 */
export function PushDevices({ uid, devices }: { uid: string; devices: PushDevice[] }) {
  const { t, lang } = useTranslation();
  const [support] = useState(pushSupport);
  /** This browser's push address (undefined: still asking the browser). */
  const [here, setHere] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState<'on' | 'off' | null>(null);
  const [note, setNote] = useState<'denied' | 'noWorker' | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void currentEndpoint().then(setHere, () => setHere(null));
  }, []);
  const on = Boolean(here) && devices.some((d) => d.endpoint === here);

  const run = async (what: 'on' | 'off', fn: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setNote(null);
    try {
      await fn();
      setHere(await currentEndpoint());
    } catch (e) {
      if (e instanceof PushDeniedError) setNote('denied');
      else if (e instanceof NoWorkerError) setNote('noWorker');
      else {
        reportError(e, 'notify.push');
        setError(errorMessage(e));
      }
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title={t('notify.push.title')}>
      {support !== 'ok' ? (
        <Notice tone={support === 'denied' ? 'warn' : 'info'}>
          <span data-testid="push-unavailable">{t(`notify.push.${support}`)}</span>
        </Notice>
      ) : (
        <>
          <Switch
            label={t('notify.push.here')}
            hint={t('notify.push.hereHint')}
            checked={on}
            disabled={busy !== null || here === undefined}
            onChange={(next) =>
              void run(next ? 'on' : 'off', () =>
                next ? turnOnHere(uid, devices) : turnOffHere(uid, devices),
              )
            }
            testId="push-here"
          />
          {busy === 'on' && <p className="text-base text-stone-800">{t('notify.push.asking')}</p>}
          {on && !busy && (
            <p className="text-base text-green-900" role="status">
              {t('notify.push.on')}
            </p>
          )}
          {note && (
            <Notice tone="warn">
              <span data-testid="push-note">{t(`notify.push.${note}`)}</span>
            </Notice>
          )}
          {!on && devices.length >= pushDevicesMax && (
            <p className="text-sm text-stone-700">{t('notify.push.full', { count: pushDevicesMax })}</p>
          )}
          <FormError>{error}</FormError>
        </>
      )}
      {devices.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="text-lg font-bold">{t('notify.push.phones')}</h3>
          <ul className="flex flex-col gap-2" data-testid="push-devices">
            {devices.map((d) => {
              const mine = Boolean(here) && d.endpoint === here;
              return (
                <li
                  key={d.id}
                  className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white px-3 py-2"
                >
                  <span className="flex min-w-0 flex-col [overflow-wrap:anywhere]">
                    <span className="text-base font-medium">
                      {d.label}
                      {mine && `（${t('notify.push.thisPhone')}）`}
                    </span>
                    {d.createdAt && (
                      <span className="text-sm text-stone-700">
                        {t('notify.push.added', { date: formatDate(d.createdAt, lang) })}
                      </span>
                    )}
                  </span>
                  <Button
                    variant="secondary"
                    className="min-h-12"
                    disabled={busy !== null}
                    aria-label={t('notify.push.removeLabel', { label: d.label })}
                    onClick={() =>
                      void run('off', () => (mine ? turnOffHere(uid, devices) : removePushDevice(uid, d.id)))
                    }
                  >
                    {t('notify.push.remove')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Section>
  );
}
