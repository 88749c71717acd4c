import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/Loading';
import { PageTitle } from '@/components/ui/PageTitle';
import { paths } from '@/config/paths';
import { categoryQueries } from '@/features/tickets/api/queries';
import { CategoryEditor } from '@/features/tickets/components/CategoryEditor';
import { useTranslation } from '@/i18n/react';
import { BackLink } from '../BackLink';
import { useMe } from '../me';

export default function Component() {
  const { t } = useTranslation();
  const { profile } = useMe();
  const categories = useQuery(categoryQueries.tree());
  if (!(profile.active && profile.role === 'head')) return <Navigate to={paths.home} replace />;
  return (
    <div className="flex flex-col gap-4">
      <BackLink to={paths.admin} />
      <PageTitle text={t('categoriesAdmin.title')} />
      {!categories.data ? (
        <Loading />
      ) : (
        <CategoryEditor initial={categories.data} head={{ id: profile.id, name: profile.displayName }} />
      )}
    </div>
  );
}
