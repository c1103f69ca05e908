import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { RouterAnchor } from '../components/ui/RouterLink';
import { SignInForm } from '../features/identity/SignInForm';
import { useDocumentTitle } from '../lib/document-title';
import { safeNextPath } from '../lib/safe-path';

/** `/sign-in?next=`: sign in, then go to `next` (default /account). */
export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.docTitle'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), '/account');
  const signUpPath = params.has('next') ? `/sign-up?${new URLSearchParams({ next }).toString()}` : '/sign-up';
  return (
    <PageCard title={t('signIn.title')}>
      <SignInForm next={next} />
      <Text size="sm" ta="center">
        {t('signIn.noAccount')} <RouterAnchor to={signUpPath}>{t('signIn.signUpLink')}</RouterAnchor>
      </Text>
    </PageCard>
  );
}
