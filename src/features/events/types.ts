export interface EventRole {
  id: string;
  name: string;
  capacity: number;
  confirmed: number;
  waitlist: string[];
}

export interface CommunityEvent {
  id: string;
  title: string;
  description: string;
  place: string;
  coverDataUrl: string | null;
  startAt: Date;
  endAt: Date;
  signupDeadline: Date;
  status: 'draft' | 'published' | 'cancelled';
  capacity: number;
  confirmed: number;
  waitlist: string[];
  seq: number;
  roles: EventRole[];
  /** Who made it (they and the head may delete it while it is a draft nobody signed up to). */
  createdBy?: string;
}

export interface Signup {
  id: string;
  uid: string;
  name: string;
  roleId: string;
  seq: number;
  status: 'confirmed' | 'waitlisted';
  createdAt: Date | null;
  checkedInAt: Date | null;
  hours: number | null;
  hoursConfirmedBy: string | null;
  hoursConfirmedAt: Date | null;
  eventId: string;
  eventTitle: string;
  eventStartAt: Date | null;
}
