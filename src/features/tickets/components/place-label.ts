import type { t as translate } from '@/i18n';
import type { Ticket } from '../types';

/** Where the problem is: "3栋 · 电梯" for a common area, the flat's address otherwise. */
export function placeLabel(
  ticket: Pick<Ticket, 'location' | 'buildingNumber' | 'home'>,
  t: typeof translate,
) {
  if (ticket.location.kind === 'common' && ticket.location.area) {
    return `${t('building.name', { number: ticket.buildingNumber })} · ${t(`area.${ticket.location.area as 'lift'}`)}`;
  }
  return homeLabel(ticket, t);
}

export function homeLabel(ticket: Pick<Ticket, 'home'>, t: typeof translate) {
  return t('building.address', {
    number: ticket.home.buildingNumber,
    entrance: ticket.home.entrance,
    flat: ticket.home.flat,
  });
}
