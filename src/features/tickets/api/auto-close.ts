import { useEffect, useRef } from 'react';
import { dueForAutoClose, type Viewer } from '../policy';
import type { Ticket } from '../types';
import { changeTicket } from './lazy-mutations';

/**
 * A resolved ticket left unconfirmed past the household's window closes by itself. There is no server to
 * notice: whoever opens it records the close (once per ticket and visit), as the rules allow its household
 * and its staff. A refusal is quiet: someone else closed it first, or this viewer may not, and the status
 * shown is right either way.
 */
export function useAutoClose(ticket: Ticket | null, viewer: Viewer) {
  const tried = useRef<string | null>(null);
  useEffect(() => {
    if (!ticket || !dueForAutoClose(ticket, Date.now())) return;
    if (tried.current === ticket.id) return;
    tried.current = ticket.id;
    void changeTicket(viewer, ticket, { kind: 'autoClose' }).catch(() => {
      /* someone else closed it first, or we may not: the status shown is still right */
    });
  }, [ticket, viewer]);
}
