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
  roles: EventRole[];
}
