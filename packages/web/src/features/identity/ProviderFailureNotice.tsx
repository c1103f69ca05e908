import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignInOptions } from './ProviderButtons';

/** Why a sign-in or link with a provider did not complete, as the API's redirect says (`?oidcError=…&provider=…`). */
const failures = [
  'PROVIDER_UNAVAILABLE',
  'CONSENT_REFUSED',
  'VERIFICATION_FAILED',
  'ACCOUNT_EXISTS',
  'EMAIL_UNVERIFIED',
  'EMAIL_MISSING',
  'EMAIL_DOMAIN_NOT_ALLOWED',
  'ACCOUNT_DISABLED',
  'IDENTITY_IN_USE',
  'RATE_LIMITED',
] as const;
export type ProviderFailure = (typeof failures)[number];

/** The failure in the address, if any: an unknown code reads as a sign-in that could not be verified. */
export function useProviderFailure(): { failure: ProviderFailure; providerId: string } | null {
  const [params] = useSearchParams();
  const code = params.get('oidcError');
  if (!code) return null;
  const failure = failures.find((known) => known === code) ?? 'VERIFICATION_FAILED';
  return { failure, providerId: params.get('provider') ?? '' };
}

/** Says what went wrong and what to do next, in the person's language. */
export function ProviderFailureNotice() {
  const { t } = useTranslation();
  const found = useProviderFailure();
  const options = useSignInOptions();
  if (!found) return null;
  const name = options?.providers.find((p) => p.id === found.providerId)?.name ?? found.providerId;
  return (
    <Alert
      color={found.failure === 'ACCOUNT_EXISTS' ? 'blue' : 'red'}
      variant="light"
      role="alert"
      title={t(`providers.failureTitle.${found.failure === 'ACCOUNT_EXISTS' ? 'link' : 'failed'}`, { name })}
      data-testid="provider-failure"
    >
      {t(`providers.failure.${found.failure}`, { name })}
    </Alert>
  );
}
