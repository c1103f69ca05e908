import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { RouterAnchor } from '../components/ui/RouterLink';
import { ProviderButtons } from '../features/identity/ProviderButtons';
import { ProviderFailureNotice, useProviderFailure } from '../features/identity/ProviderFailureNotice';
import { providerStartPath } from '../features/identity/provider-paths';
import { PasskeySignIn } from '../features/identity/PasskeySignIn';
import { SignInForm } from '../features/identity/SignInForm';
import { useDocumentTitle } from '../lib/document-title';
import { safeNextPath } from '../lib/safe-path';

/**
 * `/sign-in?next=`: sign in (password or a provider), then go to `next` (by default an expert's dashboard, or the
 * account page). After a provider found an account with its address (`oidcError=ACCOUNT_EXISTS`), signing in here
 * proves control of that account and goes back to the provider to link it.
 */
export function SignInRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.docTitle'));
  const [params] = useSearchParams();
  const next = params.get('next');
  const providerFailure = useProviderFailure();
  const linking = providerFailure?.failure === 'ACCOUNT_EXISTS' ? providerFailure.providerId : null;
  const afterSignIn = linking
    ? providerStartPath({ signInPath: `/auth/oidc/${encodeURIComponent(linking)}/start` }, { next: next ?? '/account', link: true })
    : next;
  const signUpPath = next ? `/sign-up?${new URLSearchParams({ next: safeNextPath(next, '/account') }).toString()}` : '/sign-up';
  return (
    <PageCard title={t('signIn.title')}>
      <ProviderFailureNotice />
      {!linking && <ProviderButtons next={next} />}
      <SignInForm next={afterSignIn} />
      <PasskeySignIn next={afterSignIn} />
      <Text size="sm" ta="center">
        {t('signIn.noAccount')} <RouterAnchor to={signUpPath}>{t('signIn.signUpLink')}</RouterAnchor>
      </Text>
    </PageCard>
  );
}
