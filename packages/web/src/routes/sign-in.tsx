import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { RouterAnchor } from '../components/ui/RouterLink';
import { PasskeySignIn } from '../features/identity/PasskeySignIn';
import { SignInForm } from '../features/identity/SignInForm';
import { useDocumentTitle } from '../lib/document-title';
import { safeNextPath } from '../lib/safe-path';

/** `/sign-in?next=`: sign in, then go to `next` (by default an expert's dashboard, or the account page). */
export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.docTitle'));
  const [params] = useSearchParams();
  const next = params.get('next');
  const signUpPath = next ? `/sign-up?${new URLSearchParams({ next: safeNextPath(next, '/account') }).toString()}` : '/sign-up';
  return (
    <PageCard title={t('signIn.title')}>
      <SignInForm next={next} />
      <PasskeySignIn next={next} />
      <Text size="sm" ta="center">
        {t('signIn.noAccount')} <RouterAnchor to={signUpPath}>{t('signIn.signUpLink')}</RouterAnchor>
      </Text>
    </PageCard>
  );
}
