import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Select } from '@/components/ui/Field';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { addRemark, changeTicket } from '../api/lazy-mutations';
import { shrinkPhoto } from '@/lib/image';
import type { Actor, Change } from '../api/writes';
import type { Category, Ticket } from '../types';

export const CONFIRM_DAYS = 7;
const DAY = 86_400_000;

export interface Viewer extends Actor {
  householdId: string | null;
}

/** What the viewer may do with the ticket (mirrors the rules; the rules decide). */
export function abilities(ticket: Ticket, viewer: Viewer, ownsBuilding: boolean) {
  const household = viewer.householdId !== null && viewer.householdId === ticket.householdId;
  const owner = viewer.role === 'head' || (viewer.role === 'worker' && ticket.assigneeId === viewer.uid);
  const staff = owner || (viewer.role === 'worker' && ownsBuilding);
  const finished = ['closed', 'cancelled', 'rejected'].includes(ticket.status);
  const confirmOpen =
    ticket.status === 'resolved' &&
    ticket.resolvedAt !== null &&
    Date.now() < ticket.resolvedAt.getTime() + CONFIRM_DAYS * DAY;
  return { household, owner, staff, finished, confirmOpen };
}

/**
 * The actions a person can take on a ticket, by role and status: the household cancels, comments, adds
 * photos, confirms and rates or sends it back; the owner accepts, starts, resolves, rejects, hands it on;
 * staff reply to the resident or write internal notes (canned replies per category).
 */
export function TicketActions({
  ticket,
  viewer,
  ownsBuilding,
  category,
  workers,
}: {
  ticket: Ticket;
  viewer: Viewer;
  ownsBuilding: boolean;
  category: Category | undefined;
  workers: { id: string; name: string }[];
}) {
  const { t, lang } = useTranslation();
  const can = abilities(ticket, viewer, ownsBuilding);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const run = async (fn: () => Promise<void>) => {
    setStatus(null);
    try {
      await fn();
      setStatus({ tone: 'ok', text: t('actions.done') });
      return true;
    } catch (e) {
      setStatus({
        tone: 'error',
        text: t('actions.failed', { reason: (e as { code?: string }).code ?? (e as Error).message }),
      });
      return false;
    }
  };
  const move = (change: Change) => run(() => changeTicket(viewer, ticket, change));

  if (can.finished && !can.staff) return null;
  const blocks: ReactNode[] = [];

  if (can.household && can.confirmOpen) {
    blocks.push(
      <ConfirmFix
        key="confirm"
        deadline={formatDateTime(new Date(ticket.resolvedAt!.getTime() + CONFIRM_DAYS * DAY), lang)}
        onConfirm={(score, comment) => move({ kind: 'confirm', score, comment })}
        onReopen={(reason) => move({ kind: 'reopen', reason })}
      />,
    );
  }
  if (can.owner && (ticket.status === 'submitted' || ticket.status === 'reopened')) {
    blocks.push(
      <TextAction
        key="accept"
        label={t('actions.accept')}
        textLabel={t('actions.replyText')}
        optional
        canned={category?.canned}
        onSubmit={(reply) => move({ kind: 'accept', reply })}
      />,
      <TextAction
        key="reject"
        label={t('actions.reject')}
        textLabel={t('actions.reason')}
        variant="danger"
        onSubmit={(reason) => move({ kind: 'reject', reason })}
      />,
    );
  }
  if (can.owner && ticket.status === 'accepted') {
    blocks.push(
      <TextAction
        key="start"
        label={t('actions.start')}
        textLabel={t('actions.replyText')}
        optional
        canned={category?.canned}
        onSubmit={(reply) => move({ kind: 'start', reply })}
      />,
    );
  }
  if (can.owner && ticket.status === 'in_progress') {
    blocks.push(
      <TextAction
        key="resolve"
        label={t('actions.resolve')}
        textLabel={t('actions.resolution')}
        canned={category?.canned}
        onSubmit={(reply) => move({ kind: 'resolve', reply })}
      />,
    );
  }
  if (can.staff && !can.finished) {
    blocks.push(
      <TextAction
        key="reply"
        label={t('actions.reply')}
        textLabel={t('actions.replyText')}
        submitLabel={t('actions.send')}
        canned={category?.canned}
        onSubmit={(text) => run(() => addRemark(viewer, ticket.id, 'reply', text))}
      />,
      <TextAction
        key="note"
        label={t('actions.note')}
        textLabel={t('actions.noteText')}
        submitLabel={t('actions.send')}
        onSubmit={(text) => run(() => addRemark(viewer, ticket.id, 'note', text))}
      />,
    );
  }
  if (can.owner && ticket.open) {
    const others = workers.filter((w) => w.id !== ticket.assigneeId);
    if (others.length) {
      blocks.push(
        <Transfer
          key="transfer"
          workers={others}
          onTransfer={(to, note) => move({ kind: 'transfer', toId: to.id, toName: to.name, note })}
        />,
      );
    }
  }
  if (can.household && ticket.status === 'submitted') {
    blocks.push(
      <Button
        key="cancel"
        variant="danger"
        onClick={() => {
          if (window.confirm(t('actions.cancelConfirm'))) void move({ kind: 'cancel' });
        }}
      >
        {t('actions.cancel')}
      </Button>,
    );
  }
  if (can.household && !can.finished) {
    blocks.push(
      <TextAction
        key="comment"
        label={t('actions.comment')}
        textLabel={t('actions.commentText')}
        submitLabel={t('actions.send')}
        onSubmit={(text) => run(() => addRemark(viewer, ticket.id, 'comment', text))}
      />,
    );
  }
  if ((can.household || can.staff) && !can.finished && ticket.photoCount < 6) {
    blocks.push(
      <AddPhoto
        key="photo"
        onPhoto={async (file) =>
          run(async () => changeTicket(viewer, ticket, { kind: 'addPhoto' }, await shrinkPhoto(file)))
        }
      />,
    );
  }
  if (!blocks.length) return null;
  return (
    <section
      aria-labelledby="actions-h"
      className="flex flex-col gap-3 rounded-2xl border border-stone-300 bg-white p-4"
    >
      <h2 id="actions-h" className="text-xl font-bold">
        {t('actions.title')}
      </h2>
      {blocks}
      <div role="status" aria-live="polite">
        {status && (
          <p className={`text-base font-medium ${status.tone === 'ok' ? 'text-green-900' : 'text-red-800'}`}>
            {status.text}
          </p>
        )}
      </div>
    </section>
  );
}

/** A button that opens a text box (with canned replies) and submits; the text stays on failure. */
function TextAction({
  label,
  textLabel,
  submitLabel,
  optional = false,
  canned,
  variant = 'secondary',
  onSubmit,
}: {
  label: string;
  textLabel: string;
  submitLabel?: string;
  optional?: boolean;
  canned?: string[] | undefined;
  variant?: 'secondary' | 'danger';
  onSubmit: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  if (!open) {
    return (
      <Button variant={variant === 'danger' ? 'danger' : 'primary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!optional && !/[^\s\u3000]/.test(text)) {
      setError(t('actions.errors.textMissing'));
      return;
    }
    setError(null);
    setBusy(true);
    if (await onSubmit(text)) {
      setText('');
      setOpen(false);
    }
    setBusy(false);
  };
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-xl border border-stone-200 p-3">
      <label htmlFor={id} className="text-base font-bold">
        {label} · {textLabel}
      </label>
      {canned && canned.length > 0 && (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t('actions.canned')}>
          {canned.map((c) => (
            <button
              key={c}
              type="button"
              onClick={() => setText(c)}
              className="tap rounded-lg border border-stone-300 bg-stone-50 px-2 py-1 text-left text-sm"
            >
              {c}
            </button>
          ))}
        </div>
      )}
      <textarea
        id={id}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-xl border border-stone-500 p-2 text-base aria-[invalid=true]:border-red-700"
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-base font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant={variant === 'danger' ? 'danger' : 'primary'} disabled={busy}>
          {submitLabel ?? label}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ConfirmFix({
  deadline,
  onConfirm,
  onReopen,
}: {
  deadline: string;
  onConfirm: (score: number, comment: string) => Promise<boolean>;
  onReopen: (reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col gap-3 rounded-xl border-2 border-green-600 bg-green-50 p-3">
      <p className="text-lg font-bold">{t('actions.confirmTitle')}</p>
      <p className="text-base">{t('actions.confirmHint', { date: deadline })}</p>
      <form
        noValidate
        className="flex flex-col gap-2"
        onSubmit={async (e) => {
          e.preventDefault();
          if (score < 1) {
            setError(t('actions.errors.ratingMissing'));
            return;
          }
          setError(null);
          setBusy(true);
          await onConfirm(score, comment);
          setBusy(false);
        }}
      >
        <fieldset aria-describedby={error ? 'rating-error' : undefined}>
          <legend className="mb-1 text-base font-bold">{t('actions.rate')}</legend>
          <div className="grid grid-cols-5 gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <label
                key={n}
                className={`tap flex cursor-pointer flex-col items-center justify-center rounded-xl border-2 text-base ${
                  score === n ? 'border-brand-700 bg-white font-bold' : 'border-stone-300 bg-white'
                }`}
              >
                <input
                  type="radio"
                  name="score"
                  value={n}
                  checked={score === n}
                  onChange={() => setScore(n)}
                  className="sr-only"
                />
                <span aria-hidden="true" className={score >= n ? 'text-amber-600' : 'text-stone-400'}>
                  ★
                </span>
                {t('actions.stars', { count: n })}
              </label>
            ))}
          </div>
          {error && (
            <p id="rating-error" role="alert" className="mt-1 text-base font-medium text-red-800">
              {error}
            </p>
          )}
        </fieldset>
        <label htmlFor="rate-comment" className="text-base font-medium">
          {t('actions.rateComment')}
        </label>
        <textarea
          id="rate-comment"
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          className="rounded-xl border border-stone-500 p-2 text-base"
        />
        <Button type="submit" disabled={busy}>
          {t('actions.confirm')}
        </Button>
      </form>
      <TextAction
        label={t('actions.notFixed')}
        textLabel={t('actions.notFixedReason')}
        submitLabel={t('actions.reopen')}
        variant="danger"
        onSubmit={onReopen}
      />
    </div>
  );
}

function Transfer({
  workers,
  onTransfer,
}: {
  workers: { id: string; name: string }[];
  onTransfer: (to: { id: string; name: string }, note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const worker = workers.find((w) => w.id === to);
  return (
    <div className="flex flex-col gap-2">
      <Select
        label={t('actions.transferTo')}
        value={to}
        error={error}
        onChange={(e) => setTo(e.target.value)}
      >
        <option value="">{t('actions.chooseWorker')}</option>
        {workers.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </Select>
      <TextAction
        label={t('actions.transfer')}
        textLabel={t('actions.transferNote')}
        onSubmit={async (note) => {
          if (!worker) {
            setError(t('actions.errors.workerMissing'));
            return false;
          }
          setError(null);
          return onTransfer(worker, note);
        }}
      />
    </div>
  );
}

function AddPhoto({ onPhoto }: { onPhoto: (file: File) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <label className="tap inline-flex cursor-pointer items-center justify-center gap-2 self-start rounded-xl border border-stone-400 bg-white px-4 py-2 text-base font-medium">
      <input
        type="file"
        accept="image/*"
        className="sr-only"
        disabled={busy}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          await onPhoto(file);
          setBusy(false);
        }}
      />
      {busy ? t('report.shrinking') : t('actions.addPhoto')}
    </label>
  );
}
