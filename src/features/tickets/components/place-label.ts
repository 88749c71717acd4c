import type { t as translate } from '@/i18n';
import type { Ticket } from '../types';

/**
 * Where the problem is: "3栋2单元 · 电梯" for a common area (its entrance when given), "3栋502" for another
 * flat, the reporter's address otherwise; nothing for a category that asks no place.
 */
export function placeLabel(
  ticket: Pick<Ticket, 'location' | 'buildingNumber' | 'home'>,
  t: typeof translate,
) {
  const { kind, area, entrance, flat } = ticket.location;
  const number = ticket.buildingNumber;
  if (kind === 'none') return '';
  if (kind === 'common' && area) {
    const building = entrance ? t('building.entrance', { number, entrance }) : t('building.name', { number });
    return `${building} · ${t(`area.${area as 'lift'}`)}`;
  }
  return flat ? t('building.flat', { number, flat }) : homeLabel(ticket, t);
}

export function homeLabel(ticket: Pick<Ticket, 'home'>, t: typeof translate) {
  return t('building.address', {
    number: ticket.home.buildingNumber,
    entrance: ticket.home.entrance,
    flat: ticket.home.flat,
  });
}
