import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/Button';
import { LoadError, Loading } from '@/components/ui/Loading';
import { useTranslation } from '@/i18n/react';
import { dashboardQueries, type Warning } from '../api/queries';
import { clock } from '@/lib/voice-time';

/**
 * The tickets behind one early warning, read only when the head asks for them (so the dashboard's own
 * reads do not grow with the number of warnings).
 */
export function WarningTickets({
  warning,
  now,
  linkToTicket,
}: {
  warning: Warning;
  now: number;
  linkToTicket: (id: string) => string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const tickets = useQuery({ ...dashboardQueries.warningTickets(warning, now), enabled: open });
  if (!open) {
    return (
      <Button variant="secondary" className="mt-2" onClick={() => setOpen(true)}>
        {t('dashboard.showWarningTickets')}
      </Button>
    );
  }
  if (tickets.isError) return <LoadError error={tickets.error} onRetry={() => void tickets.refetch()} />;
  if (!tickets.data) return <Loading />;
  return (
    <ul className="mt-1 list-disc pl-5 text-base" aria-label={t('dashboard.warningTickets')}>
      {tickets.data.map((tk) => (
        <li key={tk.id}>
          <Link to={linkToTicket(tk.id)} className="underline underline-offset-4">
            {tk.description || t('tickets.voice', { time: clock(tk.voiceSeconds ?? 0) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
