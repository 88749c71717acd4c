import { lazy, Suspense, useState, type ComponentProps, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { formatDateTime } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { useNow } from '@/lib/now';
import { addRemark, changeTicket, mergeTicket } from '../api/lazy-mutations';
import type { Change } from '../api/writes';
import { confirmDeadline, nextActions, type TicketAction, type Viewer } from '../policy';
import type { Category, Ticket } from '../types';
import { AddPhoto } from './AddPhoto';
import { ConfirmFix, type RatingDraft } from './ConfirmFix';
import { TextAction, type Draft } from './TextAction';
import { errorMessage } from '@/lib/errors';
import { FormError } from '@/components/ui/FormError';
import { rejectReasonMax } from '@/lib/policy';
import { loadStaffMessages } from '@/i18n';
import actionMessages from '@/i18n/zh-CN.actions';
import { addMessages } from '@/i18n';

// This part of the messages comes with this code (not in every first load).
addMessages(actionMessages);

// Handing a ticket on is staff work: its form is fetched when offered, not with every resident's ticket.
const Transfer = lazy(() => import('./Transfer').then((m) => ({ default: m.Transfer })));

// So is merging a duplicate (its picker reads the building's open tickets) — staff work, fetched when offered.
const MergeForm = lazy(() => import('./MergeForm').then((m) => ({ default: m.MergeForm })));

const KeptDrafts = lazy(() =>
  Promise.all([import('./KeptDrafts'), loadStaffMessages()]).then(([m]) => ({ default: m.KeptDrafts })),
);

type TextActionName = 'accept' | 'reject' | 'start' | 'resolve' | 'reply' | 'note' | 'comment';
/** A text action: the label of its box (an `actions.*` message), what sending does, and TextAction's options. */
interface TextOffer extends Omit<ComponentProps<typeof TextAction>, 'label' | 'textLabel' | 'onSubmit'> {
  text: 'replyText' | 'reason' | 'resolution' | 'noteText' | 'commentText';
  submit: (text: string) => Promise<boolean>;
}

/**
 * The actions a person can take on a ticket, by role and status (../policy.ts decides which): the household
 * cancels, comments, adds photos, confirms and rates or sends it back; the owner accepts, starts, resolves,
 * rejects, hands it on; staff reply to the resident or write internal notes (canned replies per category).
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
  /** Whom the ticket can be handed to: every active worker and the head. */
  workers: { id: string; name: string; head?: boolean }[];
}) {
  const { t, lang } = useTranslation();
  const now = useNow();
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  // What is being typed, per box, kept here: a box can disappear for a moment (the ticket changed under it,
  // or a change shown at once and then refused) and come back with the text still in it.
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const draft = (key: string): Draft => ({
    text: drafts[key] ?? '',
    setText: (text) => setDrafts((d) => ({ ...d, [key]: text })),
  });
  const [score, setScore] = useState(0);
  const rating: RatingDraft = {
    score,
    comment: drafts.rating ?? '',
    set: (patch) => {
      if (patch.score !== undefined) setScore(patch.score);
      if (patch.comment !== undefined) setDrafts((d) => ({ ...d, rating: patch.comment! }));
    },
  };
  // What staff write down from a phone call (电话回访): the rating the household gave and a note.
  const [phoneScore, setPhoneScore] = useState(0);
  const phoneRating: RatingDraft = {
    score: phoneScore,
    comment: drafts.callbackRating ?? '',
    set: (patch) => {
      if (patch.score !== undefined) setPhoneScore(patch.score);
      if (patch.comment !== undefined) setDrafts((d) => ({ ...d, callbackRating: patch.comment! }));
    },
  };

  // `done`: a draft kept here to clear once saved (the text boxes clear their own).
  const run = async (fn: () => Promise<void>, done?: string) => {
    setStatus(null);
    try {
      await fn();
      setStatus({ tone: 'ok', text: t('actions.done') });
      if (done) setDrafts((d) => ({ ...d, [done]: '' }));
      return true;
    } catch (e) {
      setStatus({
        tone: 'error',
        text: errorMessage(e),
      });
      return false;
    }
  };
  const move = (change: Change, done?: string) => run(() => changeTicket(viewer, ticket, change), done);
  const remark = (type: 'comment' | 'reply' | 'note') => (text: string) =>
    run(() => addRemark(viewer, ticket.id, type, text));

  const canned = category?.canned;
  const send = t('actions.send');
  /** The actions offered as a button that opens a text box: what the box is for, what sending it does. */
  const textActions: Record<TextActionName, TextOffer> = {
    accept: {
      text: 'replyText',
      optional: true,
      canned,
      submit: (reply) => move({ kind: 'accept', reply }),
    },
    reject: {
      text: 'reason',
      variant: 'danger',
      max: rejectReasonMax,
      submit: (reason) => move({ kind: 'reject', reason }),
    },
    start: {
      text: 'replyText',
      optional: true,
      canned,
      submit: (reply) => move({ kind: 'start', reply }),
    },
    resolve: { text: 'resolution', canned, submit: (reply) => move({ kind: 'resolve', reply }) },
    reply: { text: 'replyText', submitLabel: send, canned, submit: remark('reply') },
    note: { text: 'noteText', submitLabel: send, submit: remark('note') },
    comment: { text: 'commentText', submitLabel: send, submit: remark('comment') },
  };

  /** The block that offers `action` (null: offered elsewhere, or nothing to offer). */
  function block(action: TicketAction): ReactNode {
    switch (action) {
      case 'accept':
      case 'reject':
      case 'start':
      case 'resolve':
      case 'reply':
      case 'note':
      case 'comment': {
        const { text, submit, ...rest } = textActions[action];
        return (
          <TextAction
            key={action}
            label={t(`actions.${action}`)}
            textLabel={t(`actions.${text}`)}
            onSubmit={submit}
            draft={draft(action)}
            {...rest}
          />
        );
      }
      case 'confirm':
        return (
          <ConfirmFix
            key={action}
            deadline={formatDateTime(confirmDeadline(ticket)!, lang)}
            rating={rating}
            reason={draft('reopen')}
            onConfirm={(score, comment) => move({ kind: 'confirm', score, comment }, 'rating')}
            onReopen={(reason) => move({ kind: 'reopen', reason })}
          />
        );
      case 'callback':
        return (
          <ConfirmFix
            key={action}
            id="callback"
            deadline={formatDateTime(confirmDeadline(ticket)!, lang)}
            rating={phoneRating}
            reason={draft('callbackReopen')}
            words={{
              title: t('callback.title'),
              hint: t(ticket.viaProxy ? 'callback.hintProxy' : 'callback.hint', {
                date: formatDateTime(confirmDeadline(ticket)!, lang),
              }),
              rate: t('callback.rate'),
              comment: t('callback.comment'),
              confirm: t('callback.confirm'),
              notFixed: t('callback.notFixed'),
              notFixedReason: t('callback.notFixedReason'),
              reopen: t('callback.reopen'),
            }}
            onConfirm={async (score, comment) => {
              const ok = await move({ kind: 'callback', score, comment }, 'callbackRating');
              if (ok) setPhoneScore(0);
              return ok;
            }}
            onReopen={(reason) => move({ kind: 'callbackReopen', reason })}
          />
        );
      case 'merge':
        return (
          <Suspense key={action} fallback={null}>
            <MergeForm
              ticket={ticket}
              note={draft('merge')}
              onMerge={(target, note) => run(() => mergeTicket(viewer, ticket, target.id, note))}
            />
          </Suspense>
        );
      case 'reopen': // inside ConfirmFix: "not fixed"
      case 'callbackReopen': // inside the callback's form: "not fixed"
      case 'autoClose': // recorded on opening the ticket, not offered
        return null;
      case 'transfer': {
        const others = workers.filter((w) => w.id !== ticket.assigneeId);
        return others.length ? (
          <Suspense key={action} fallback={null}>
            <Transfer
              workers={others}
              note={draft('transfer')}
              onTransfer={(to, note, showResident) =>
                move({ kind: 'transfer', toId: to.id, toName: to.name, note, showResident })
              }
            />
          </Suspense>
        ) : null;
      }
      case 'cancel':
        return (
          <Button
            key={action}
            variant="danger"
            onClick={() => {
              if (window.confirm(t('actions.cancelConfirm'))) void move({ kind: 'cancel' });
            }}
          >
            {t('actions.cancel')}
          </Button>
        );
      case 'addPhoto':
        return (
          <AddPhoto
            key={action}
            onPhoto={async (file) =>
              // (the shrinker is fetched with the first photo: it is not part of the ticket's first load)
              run(async () =>
                changeTicket(
                  viewer,
                  ticket,
                  { kind: 'addPhoto' },
                  await (await import('@/lib/image')).shrinkPhoto(file),
                ),
              )
            }
          />
        );
    }
  }

  const offered = nextActions(ticket, viewer, ownsBuilding, now);
  const blocks = offered.map(block).filter((b) => b !== null);
  // Text typed into a box that is no longer offered: the ticket changed under it (someone else acted
  // first). It is not thrown away: shown with what happened, to reuse as a reply or to let go (staff, who
  // share tickets; a resident's box goes only when the ticket is finished).
  const orphans = Object.entries(drafts).filter(
    ([key, text]) =>
      key !== 'rating' &&
      key !== 'callbackRating' &&
      text.trim() !== '' &&
      !offered.includes((key === 'reopen' ? 'confirm' : key) as TicketAction),
  );
  const reuse = offered.includes('reply') ? 'reply' : offered.includes('comment') ? 'comment' : null;
  if (orphans.length && viewer.role !== 'resident')
    blocks.unshift(
      <Suspense key="kept" fallback={null}>
        <KeptDrafts
          kept={orphans}
          status={ticket.status}
          reuse={reuse}
          onReuse={(box, text) =>
            setDrafts((d) => ({ ...d, [reuse!]: d[reuse!] ? `${d[reuse!]}\n${text}` : text, [box]: '' }))
          }
          onDiscard={(box) => setDrafts((d) => ({ ...d, [box]: '' }))}
        />
      </Suspense>,
    );
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
      <FormError tone={status?.tone}>{status?.text}</FormError>
    </section>
  );
}
