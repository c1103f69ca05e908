import { useTranslation } from 'react-i18next';
import { PageSkeleton } from './PageSkeleton';

/** Shown while a lazy page's code loads, when the page is opened directly. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <PageSkeleton label={t('common.loading')} />;
}
