import { useQuery } from '@apollo/client/react';
import { Button, Divider, Image, Stack } from '@mantine/core';
import { SignInOptionsDocument, type IdentityProviderFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { providerStartPath } from './provider-paths';

/** The sign-in providers configured on this site and whether password sign-up is open (null while loading). */
export function useSignInOptions() {
  const { data } = useQuery(SignInOptionsDocument, { fetchPolicy: 'cache-first' });
  return data?.signInOptions ?? null;
}

/** One full-page link to a provider: "Continue with <name>", with its icon when configured. */
export function ProviderButton({ provider, href }: { provider: IdentityProviderFieldsFragment; href: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={href}
      variant="default"
      fullWidth
      leftSection={provider.iconUrl ? <Image src={provider.iconUrl} alt="" w={18} h={18} fit="contain" /> : undefined}
    >
      {t('providers.continueWith', { name: provider.name })}
    </Button>
  );
}

/**
 * "Continue with Google" and the other configured providers, for the sign-in and sign-up pages; nothing when none is
 * configured. `next` is where to come back after signing in; `withDivider` puts "or" between them and a form below.
 */
export function ProviderButtons({ next, withDivider = true }: { next: string | null; withDivider?: boolean }) {
  const { t } = useTranslation();
  const options = useSignInOptions();
  if (!options || options.providers.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="provider-buttons">
      {options.providers.map((provider) => (
        <ProviderButton key={provider.id} provider={provider} href={providerStartPath(provider, { next })} />
      ))}
      {withDivider && <Divider label={t('providers.or')} labelPosition="center" />}
    </Stack>
  );
}
