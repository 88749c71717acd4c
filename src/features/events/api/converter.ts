import { makeConverter, num, str, strList, strOrNull, toDate } from '@/lib/converter';
import type { CommunityEvent, EventRole, Signup } from '../types';

const epoch = new Date(0);

function parseRoles(v: unknown): EventRole[] {
  if (!v || typeof v !== 'object') return [];
  return Object.entries(v as Record<string, Record<string, unknown>>)
    .map(([id, r]) => ({
      id,
      name: str(r.name, id),
      capacity: num(r.capacity),
      confirmed: num(r.confirmed),
      waitlist: strList(r.waitlist),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const eventConverter = makeConverter<CommunityEvent>((id, d) => ({
  id,
  title: str(d.title),
  description: str(d.description),
  place: str(d.place),
  coverDataUrl: strOrNull(d.coverDataUrl),
  startAt: toDate(d.startAt) ?? epoch,
  endAt: toDate(d.endAt) ?? epoch,
  signupDeadline: toDate(d.signupDeadline) ?? epoch,
  status: d.status === 'published' || d.status === 'cancelled' ? d.status : 'draft',
  capacity: num(d.capacity),
  confirmed: num(d.confirmed),
  waitlist: strList(d.waitlist),
  seq: num(d.seq),
  roles: parseRoles(d.roles),
  createdBy: str(d.createdBy),
}));

export const signupConverter = makeConverter<Signup>((id, d) => ({
  id,
  uid: str(d.uid),
  name: str(d.name),
  roleId: str(d.roleId, 'resident'),
  seq: num(d.seq),
  status: d.status === 'confirmed' ? 'confirmed' : 'waitlisted',
  createdAt: toDate(d.createdAt),
  checkedInAt: toDate(d.checkedInAt),
  hours: typeof d.hours === 'number' ? d.hours : null,
  hoursConfirmedBy: strOrNull(d.hoursConfirmedBy),
  hoursConfirmedAt: toDate(d.hoursConfirmedAt),
  eventId: '',
  eventTitle: str(d.eventTitle),
  eventStartAt: toDate(d.eventStartAt),
}));
