import { useTranslation } from 'react-i18next';
import { PageSkeleton } from '../../components/ui/PageSkeleton';

/** Shown while the developer page's code loads, when the page is opened directly (it is a lazy route). */
export function DevelopersLoading() {
  const { t } = useTranslation();
  return <PageSkeleton label={t('developerDocs.loading')} />;
}
