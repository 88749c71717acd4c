import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { Button, ButtonLink } from '@/components/ui/Button';
import { Card, Section } from '@/components/ui/Card';
import { LoadError } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { ElderSwitch, LanguageSwitch, TextSizeChooser } from '@/components/ui/PrefsControls';
import { requestFlatLink, updateOwnProfile } from '@/features/account/api/save-profile';
import { signOut } from '@/features/account/api/sign-in';
import { paths } from '@/config/paths';
import { RelinkForm } from '@/features/account/components/RelinkForm';
import { buildingQueries } from '@/features/buildings/api/queries';
import { formatPhone } from '@/lib/phone';
import { useMe } from '../me';
import signinMessages from '@/i18n/zh-CN.signin';
import eventsMessages from '@/i18n/zh-CN.events';
import { addMessages } from '@/i18n';

// This screen's messages (not in every first load).
addMessages(signinMessages);
addMessages(eventsMessages);

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const buildings = useQuery(buildingQueries.list());
  const [volunteerBusy, setVolunteerBusy] = useState(false);
  const [relinkOpen, setRelinkOpen] = useState(false);
  const number = (id: string | undefined) => buildings.data?.find((b) => b.id === id)?.number ?? '…';
  const address = profile.link
    ? t('building.address', {
        number: number(profile.link.buildingId),
        entrance: profile.link.entrance,
        flat: profile.link.flat,
      })
    : '—';
  return (
    <div className="flex flex-col gap-6">
      <PageTitle text={t('profile.title')} />
      {/* Label beside value where both fit, else each label above its value (长辈版 at 200 % zoom). */}
      <Card className="@container">
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-base [overflow-wrap:anywhere] @min-[240px]:grid-cols-[auto_minmax(0,1fr)] @min-[240px]:gap-y-2">
          <dt className="text-stone-700">{t('profile.name')}</dt>
          <dd>{profile.displayName}</dd>
          {profile.phone && (
            <>
              <dt className="text-stone-700">{t('profile.phone')}</dt>
              <dd>{formatPhone(profile.phone)}</dd>
            </>
          )}
          <dt className="text-stone-700">{t('profile.role')}</dt>
          <dd>
            {t(`role.${profile.role}`)}
            {profile.volunteer && ` · ${t('role.volunteer')}`}
          </dd>
          <dt className="text-stone-700">{t('profile.address')}</dt>
          <dd>
            {address}
            {profile.linkStatus === 'pending' && (
              <span className="block text-sm text-amber-900">{t('link.pendingTitle')}</span>
            )}
          </dd>
        </dl>
      </Card>

      <Section title={t('profile.settings')}>
        <div className="flex flex-wrap gap-2">
          <ElderSwitch />
          <LanguageSwitch />
        </div>
        <TextSizeChooser />
      </Section>

      {profile.role === 'resident' && (
        <Section title={t('profile.volunteer')}>
          <p className="text-base">{t('profile.volunteerHint')}</p>
          <Button
            variant="secondary"
            disabled={volunteerBusy}
            onClick={async () => {
              setVolunteerBusy(true);
              try {
                await updateOwnProfile(profile.id, { volunteer: !profile.volunteer });
              } finally {
                setVolunteerBusy(false);
              }
            }}
          >
            {profile.volunteer ? t('profile.volunteerLeave') : t('profile.volunteerJoin')}
          </Button>
          {profile.volunteer && (
            <ButtonLink to={paths.record} variant="secondary">
              {t('record.link')}
            </ButtonLink>
          )}
        </Section>
      )}

      {profile.role === 'resident' && (buildings.data || buildings.isError) && (
        <Section title={t('profile.relink')}>
          {profile.linkStatus === 'confirmed' && !relinkOpen ? (
            // A confirmed address is not asked again: only someone who has moved opens the form.
            <>
              <p className="text-base">{t('profile.movedHint')}</p>
              <Button variant="secondary" aria-expanded={false} onClick={() => setRelinkOpen(true)}>
                {t('profile.moved')}
              </Button>
            </>
          ) : buildings.data ? (
            <RelinkForm
              buildings={buildings.data}
              initial={profile.link}
              onSubmit={(link) => requestFlatLink(profile.id, link)}
            />
          ) : (
            // (offline before this phone ever loaded the buildings)
            <LoadError error={buildings.error} onRetry={() => void buildings.refetch()} />
          )}
        </Section>
      )}

      <ButtonLink to={paths.messages} variant="secondary">
        {t('profile.messages')}
      </ButtonLink>

      <ButtonLink to={paths.mediation} variant="secondary">
        {t('mediation.mine')}
      </ButtonLink>

      <Button variant="danger" onClick={() => void signOut()}>
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
