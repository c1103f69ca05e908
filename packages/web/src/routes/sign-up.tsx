import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { RouterAnchor } from '../components/ui/RouterLink';
import { ProviderButtons, useSignInOptions } from '../features/identity/ProviderButtons';
import { SignUpForm } from '../features/identity/SignUpForm';
import { useDocumentTitle } from '../lib/document-title';
import { safeNextPath } from '../lib/safe-path';

/** `/sign-up?next=`: create an account (with a provider, or a password unless the site turned that off), then go to `next` (default /account). */
export function SignUpRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signUp.docTitle'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), '/account');
  const signInPath = params.has('next') ? `/sign-in?${new URLSearchParams({ next }).toString()}` : '/sign-in';
  const passwordSignUp = useSignInOptions()?.passwordSignUp !== false;
  return (
    <PageCard title={t('signUp.title')}>
      {!passwordSignUp && <Text>{t('providers.signUpWithProvider')}</Text>}
      <ProviderButtons next={next} withDivider={passwordSignUp} />
      {passwordSignUp && <SignUpForm next={next} />}
      <Text size="sm" ta="center">
        {t('signUp.haveAccount')} <RouterAnchor to={signInPath}>{t('signUp.signInLink')}</RouterAnchor>
      </Text>
    </PageCard>
  );
}
