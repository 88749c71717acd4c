import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/ui/Button';
import { Section } from '@/components/ui/Card';
import { useTranslation } from '@/i18n/react';
import { mediationQueries, type CaseScope } from '../api/queries';

/**
 * On a ticket: the mediation cases opened from it (those the viewer may see), each a link, and for staff
 * who may, the way to open one from it.
 */
export function TicketCases({
  ticketId,
  scope,
  linkTo,
  openHref,
}: {
  ticketId: string;
  scope: CaseScope;
  linkTo: (caseId: string) => string;
  /** Where a case is opened from this ticket (absent: the viewer may not open one). */
  openHref?: string | undefined;
}) {
  const { t } = useTranslation();
  const cases = useQuery(mediationQueries.fromTicket(ticketId, scope));
  if (!cases.data?.length && !openHref) return null;
  return (
    <Section title={t('mediation.title')}>
      {cases.data?.length ? (
        <ul className="flex flex-col gap-2">
          {cases.data.map((c) => (
            <li key={c.id}>
              <Link to={linkTo(c.id)} className="text-lg font-medium text-blue-800 underline">
                {t('mediation.caseLink', {
                  title: c.title,
                  status: c.status === 'open' ? t('mediation.open') : t('mediation.closed'),
                })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {openHref && !cases.data?.length && (
        <>
          <p className="text-base text-stone-800">{t('mediation.fromTicketHint')}</p>
          <ButtonLink to={openHref} variant="secondary" className="self-start">
            {t('mediation.openFromTicket')}
          </ButtonLink>
        </>
      )}
    </Section>
  );
}
