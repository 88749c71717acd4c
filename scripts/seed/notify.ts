/**
 * Demo text-message records, so 消息提醒 and the head's 本月短信 show something on `npm start`: a few
 * deliveries to the first demo resident (sent, sent after quiet hours, not sent because that kind is off,
 * over the daily cap) and one failed send to the second, shaped exactly as functions/src/notify/deliver.ts
 * writes them. Demo data: `provider: 'seed'` (a real record names its gateway), ids start with `seed-`.
 * The month counters (`smsMonthly`) are counted from these records.
 */
import { monthKey } from '../../src/lib/period';

const APP_URL = 'http://localhost:4173';
const HOUR = 3_600_000;
const SIGN = '【社区服务】';

interface Ticketish {
  id: string;
  householdId: string | null;
  status: string;
  createdAt: Date;
}

/** Hours after midnight on the community's clock (UTC+8). */
const clockHour = (d: Date) => new Date(d.getTime() + 8 * HOUR).getUTCHours();
/** The next 08:00 on the community's clock after `d` (the default quiet hours end). */
function nextEight(d: Date) {
  const c = new Date(d.getTime() + 8 * HOUR);
  let end = Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate(), 8) - 8 * HOUR;
  if (end <= d.getTime()) end += 24 * HOUR;
  return new Date(end);
}

export interface SeedDelivery {
  id: string;
  data: Record<string, unknown>;
}

function md(d: Date) {
  const c = new Date(d.getTime() + 8 * HOUR);
  return `${c.getUTCMonth() + 1}月${c.getUTCDate()}日`;
}

export function demoDeliveries(
  now: Date,
  tickets: Ticketish[],
  people: { uid: string; phone: string; householdId: string }[],
  eventId: string,
): { deliveries: SeedDelivery[]; months: Map<string, { sent: number; failed: number; capped: number }> } {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  // A message some minutes after a ticket's report, never later than a few minutes ago.
  const after = (t: Ticketish, minutes: number) =>
    new Date(Math.min(t.createdAt.getTime() + minutes * 60_000, now.getTime() - (60 - minutes) * 60_000));
  const deliveries: SeedDelivery[] = [];
  const add = (
    p: { uid: string; phone: string; householdId: string },
    o: {
      n: number;
      kind: string;
      template: string;
      params: Record<string, string>;
      text: string;
      ticketId?: string;
      eventId?: string;
      status: string;
      reason?: string;
      createdAt: Date;
      sentAt?: Date;
      sendAfter?: Date;
      error?: string;
      attempts?: number;
    },
  ) =>
    deliveries.push({
      id: `seed-${o.n}~${p.uid}~sms`,
      data: {
        recipientId: p.uid,
        recipientKey: p.uid,
        householdId: p.householdId,
        to: p.phone,
        channel: 'sms',
        kind: o.kind,
        template: o.template,
        params: o.params,
        text: o.text,
        urgent: false,
        ticketId: o.ticketId ?? null,
        eventId: o.eventId ?? null,
        status: o.status,
        reason: o.reason ?? null,
        attempts: o.attempts ?? (o.status === 'sent' || o.status === 'failed' ? 1 : 0),
        sendAfter: o.sendAfter ?? null,
        claimedAt: null,
        createdAt: o.createdAt,
        updatedAt: o.sentAt ?? o.createdAt,
        sentAt: o.sentAt ?? null,
        provider: o.status === 'sent' || o.status === 'failed' ? 'seed' : null,
        providerId: o.status === 'sent' ? `seed-${o.n}` : null,
        error: o.error ?? null,
      },
    });

  const [first, second] = people;
  // A report the office has taken on (an "accepted" message is about it), the household's oldest first.
  const mine = (p: { householdId: string }) =>
    tickets
      .filter((t) => t.householdId === p.householdId && ['accepted', 'in_progress'].includes(t.status))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const t1 = mine(first!);
  if (t1[0]) {
    const link = `${APP_URL}/tickets/${t1[0].id}`;
    const params = { date: md(t1[0].createdAt), link };
    add(first!, {
      n: 1,
      kind: 'myTickets',
      template: 'ticketAccepted',
      params,
      text: `${SIGN}您家${params.date}反映的问题已受理，网格员正在处理。查看进度：${link}`,
      ticketId: t1[0].id,
      status: 'sent',
      createdAt: after(t1[0], 10),
      sentAt: after(t1[0], 10),
    });
    // A reply: in quiet hours (21:00–08:00 community time, the default) it waits until 08:00, as the
    // functions do — sent then, or still waiting when that is later than now.
    const replied = after(t1[0], 20);
    const quiet = clockHour(replied) >= 21 || clockHour(replied) < 8;
    const eight = nextEight(replied);
    add(first!, {
      n: 2,
      kind: 'myTickets',
      template: 'ticketReplied',
      params,
      text: `${SIGN}您家${params.date}反映的问题有新回复，请打开查看：${link}`,
      ticketId: t1[0].id,
      status: !quiet || eight <= now ? 'sent' : 'deferred',
      ...(quiet ? { reason: 'quietHours' } : {}),
      createdAt: replied,
      ...(!quiet ? { sentAt: replied } : eight <= now ? { sentAt: eight } : { sendAfter: eight }),
    });
    add(first!, {
      n: 3,
      kind: 'myTickets',
      template: 'ticketResolved',
      params,
      text: `${SIGN}您家${params.date}反映的问题已处理完毕，请确认是否解决并评价：${link}`,
      ticketId: t1[0].id,
      status: 'capped',
      reason: 'dailyCap',
      createdAt: after(t1[0], 30),
    });
  }
  const eventLink = `${APP_URL}/events/${eventId}`;
  add(first!, {
    n: 4,
    kind: 'events',
    template: 'signupConfirmed',
    params: { title: '免费健康义诊', when: '周六 09:30', link: eventLink },
    text: `${SIGN}您候补的活动“免费健康义诊”有名额了，您已报上名。时间：周六 09:30。详情：${eventLink}`,
    eventId,
    status: 'skipped',
    reason: 'kindOff',
    createdAt: at(0.5),
  });
  const t2 = second ? mine(second)[0] : undefined;
  if (second && t2) {
    const link = `${APP_URL}/tickets/${t2.id}`;
    const params = { date: md(t2.createdAt), link };
    add(second, {
      n: 5,
      kind: 'myTickets',
      template: 'ticketAccepted',
      params,
      text: `${SIGN}您家${params.date}反映的问题已受理，网格员正在处理。查看进度：${link}`,
      ticketId: t2.id,
      status: 'failed',
      attempts: 3,
      error: 'isv.MOBILE_NUMBER_ILLEGAL: 号码停机或不存在',
      createdAt: after(t2, 10),
    });
  }

  const months = new Map<string, { sent: number; failed: number; capped: number }>();
  for (const { data } of deliveries) {
    const key = monthKey(data.createdAt as Date);
    const m = months.get(key) ?? { sent: 0, failed: 0, capped: 0 };
    if (data.status === 'sent' || data.status === 'failed' || data.status === 'capped') m[data.status] += 1;
    months.set(key, m);
  }
  // Whatever the seed's day, the current month has a document (the head's card reads it).
  if (!months.has(monthKey(now))) months.set(monthKey(now), { sent: 0, failed: 0, capped: 0 });
  return { deliveries, months };
}
