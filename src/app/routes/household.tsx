import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ButtonLink, Button } from '@/components/ui/Button';
import { Card, Notice, Section } from '@/components/ui/Card';
import { LoadError, Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { PhoneLink } from '@/components/ui/PhoneLink';
import { paths } from '@/config/paths';
import { buildingQueries } from '@/features/buildings/api/queries';
import { householdQueries } from '@/features/households/api/queries';
import { CareEditor } from '@/features/households/components/CareEditor';
import { HouseholdEditor } from '@/features/households/components/HouseholdEditor';
import { ArchivePanel } from '@/features/households/components/ArchivePanel';
import { IdNumbers } from '@/features/households/components/IdNumbers';
import { queueQueries } from '@/features/tickets/api/queue-queries';
import { categoryQueries } from '@/features/tickets/api/queries';
import { TicketList } from '@/features/tickets/components/TicketList';
import { careIntervalDays } from '@/lib/policy';
import { visitQueries } from '@/features/visits/api/queries';
import { VisitForm } from '@/features/visits/components/VisitForm';
import { VisitList } from '@/features/visits/components/VisitList';
import { formatDate, joinList } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';
import { isRefused } from '@/lib/errors';

/** One household: members and group, the staff-only care record, linked accounts, visits. */
export default function Component() {
  const { householdId = '' } = useParams();
  const { t, lang } = useTranslation();
  const { profile } = useMe();
  const head = profile.active && profile.role === 'head';
  const actor = { id: profile.id, name: profile.displayName };
  const household = useQuery(householdQueries.detail(householdId));
  const care = useQuery(householdQueries.private(householdId));
  const buildings = useQuery(buildingQueries.list());
  const buildingId = household.data?.buildingId ?? '';
  const accounts = useQuery({
    ...householdQueries.accounts(buildingId, householdId),
    enabled: Boolean(buildingId),
  });
  const visits = useQuery({
    ...visitQueries.household(buildingId, householdId),
    enabled: Boolean(buildingId),
  });
  // The household's latest tickets (household → ticket → back here).
  const tickets = useQuery({
    ...queueQueries.ofHousehold(householdId, head ? null : buildingId),
    enabled: Boolean(buildingId),
  });
  const categories = useQuery(categoryQueries.tree());
  const [editing, setEditing] = useState<'household' | 'care' | null>(null);
  const [visitMessage, setVisitMessage] = useState<{ followUp: boolean } | null>(null);
  const building = buildings.data?.find((b) => b.id === buildingId);

  if (household.isError) {
    return (
      <div className="flex flex-col gap-4">
        <BackLink to={paths.register} />
        {isRefused(household.error) ? (
          <Notice tone="warn">{t('register.notFound')}</Notice>
        ) : (
          <LoadError error={household.error} />
        )}
      </div>
    );
  }
  if (!household.data || !building)
    return household.data === null ? <Notice tone="warn">{t('register.notFound')}</Notice> : <Loading />;
  const h = household.data;
  const c = care.data;
  const where = { ...h, buildingNumber: building.number };
  return (
    <div className="flex flex-col gap-5">
      <BackLink to={`${paths.register}?building=${h.buildingId}&entrance=${h.entrance}`} />
      <PageTitle
        text={t('building.address', { number: building.number, entrance: h.entrance, flat: h.flat })}
      />
      {h.archived && <ArchivePanel household={h} buildingNumber={building.number} actor={actor} />}
      <Card>
        {editing === 'household' ? (
          <HouseholdEditor
            household={h}
            buildingNumber={building.number}
            actor={actor}
            onDone={() => setEditing(null)}
          />
        ) : (
          <>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
              <dt className="text-stone-700">{t('register.group')}</dt>
              <dd>{t(`group.${h.interestGroup}`)}</dd>
              <dt className="text-stone-700">{t('register.members')}</dt>
              <dd>
                {joinList(
                  h.members.map((m) =>
                    t('register.memberWithRelation', { name: m.name, relation: m.relation }),
                  ),
                  t,
                )}
              </dd>
              <dt className="text-stone-700">{t('register.accounts')}</dt>
              <dd>
                {accounts.data?.length ? (
                  <ul>
                    {accounts.data.map((a) => (
                      <li key={a.id} className="flex flex-wrap items-center gap-x-2">
                        {a.displayName}
                        {a.phone && <PhoneLink phone={a.phone} />}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('register.noAccounts')
                )}
              </dd>
            </dl>
            <Button variant="secondary" className="mt-3" onClick={() => setEditing('household')}>
              {t('register.edit')}
            </Button>
          </>
        )}
      </Card>

      <Section title={t('register.care')}>
        <Card className="border-amber-300">
          {!c ? (
            <Loading />
          ) : editing === 'care' ? (
            <CareEditor record={c} where={where} actor={actor} onDone={() => setEditing(null)} />
          ) : (
            <>
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
                <dt className="text-stone-700">{t('register.careTags')}</dt>
                <dd>
                  {c.careTags.length
                    ? joinList(
                        c.careTags.map((tag) => t(`care.${tag}`)),
                        t,
                      )
                    : t('register.noTags')}
                </dd>
                <dt className="text-stone-700">{t('register.phones')}</dt>
                <dd>
                  {c.phones.length ? (
                    <ul>
                      {c.phones.map((p, i) => (
                        <li key={i} className="flex flex-wrap items-center gap-x-2">
                          {p.name}
                          <PhoneLink phone={p.phone} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </dd>
                <dt className="text-stone-700">{t('register.idNumbers')}</dt>
                <dd>
                  <IdNumbers ids={c.idNumbers} />
                </dd>
                {c.notes && (
                  <>
                    <dt className="text-stone-700">{t('register.notes')}</dt>
                    <dd className="whitespace-pre-wrap">{c.notes}</dd>
                  </>
                )}
                <dt className="text-stone-700">{t('register.lastVisit')}</dt>
                <dd data-testid="last-visit">
                  {c.lastVisitAt ? formatDate(c.lastVisitAt, lang) : t('register.never')}
                </dd>
                {c.nextVisitDue && (
                  <>
                    <dt className="text-stone-700">{t('register.nextVisit')}</dt>
                    <dd>{formatDate(c.nextVisitDue, lang)}</dd>
                  </>
                )}
              </dl>
              <Button variant="secondary" className="mt-3" onClick={() => setEditing('care')}>
                {t('register.edit')}
              </Button>
            </>
          )}
        </Card>
      </Section>

      <Section title={t('register.logVisit')}>
        <Card>
          <VisitForm
            worker={{ uid: profile.id, name: profile.displayName }}
            householdId={h.id}
            buildingId={h.buildingId}
            intervalDays={c ? careIntervalDays(c.careTags) : null}
            lastVisitAt={c?.lastVisitAt ?? null}
            onLogged={(v) => setVisitMessage({ followUp: v.followUp })}
          />
          {visitMessage && (
            <div role="status" className="mt-3 flex flex-col gap-2">
              <p className="text-base font-bold text-green-900">{t('visits.saved')}</p>
              {visitMessage.followUp && (
                <ButtonLink to={paths.proxyReport(h.id)}>{t('visits.openTicket')}</ButtonLink>
              )}
            </div>
          )}
        </Card>
      </Section>

      <Section title={t('register.visits')}>
        {visits.data ? <VisitList visits={visits.data} /> : <Loading />}
      </Section>
      <Section title={t('registerEdit.tickets')}>
        {tickets.isError ? (
          <LoadError error={tickets.error} />
        ) : !tickets.data ? (
          <Loading />
        ) : (
          <TicketList
            tickets={tickets.data}
            categories={categories.data ?? []}
            linkTo={(id) => `${paths.ticket(id)}`}
            empty={t('registerEdit.noTickets')}
          />
        )}
      </Section>
      <ButtonLink to={paths.proxyReport(h.id)} variant="secondary">
        {t('register.proxyReport')}
      </ButtonLink>
      {!h.archived && <ArchivePanel household={h} buildingNumber={building.number} actor={actor} />}
    </div>
  );
}
