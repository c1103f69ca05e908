import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MySignInMethodsDocument, UnlinkIdentityDocument } from '@skillcall/schema';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { ProviderButton } from './ProviderButtons';
import { ProviderFailureNotice } from './ProviderFailureNotice';
import { providerStartPath } from './provider-paths';
import { useDateFormat } from './use-date-format';

/**
 * On the account page: the sign-in providers linked to the account (with when each was last used), a button to link
 * each other configured one, and unlinking, refused while it is the only way in. Nothing when the site has none.
 */
export function LinkedProvidersSection() {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(MySignInMethodsDocument, { fetchPolicy: 'cache-and-network' });
  const [unlink, { loading: unlinking }] = useMutation(UnlinkIdentityDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const linked = params.get('linked');

  useEffect(() => {
    if (!linked) return;
    notifications.show({ color: 'teal', message: t('providers.settings.linked') });
    setParams(
      (current) => {
        current.delete('linked');
        return current;
      },
      { replace: true },
    );
  }, [linked, setParams, t]);

  const methods = data?.mySignInMethods;
  if (!methods || (methods.identities.length === 0 && methods.linkable.length === 0)) return null;

  const remove = (providerId: string) =>
    attempt(async () => {
      const { data: result } = await unlink({ variables: { input: { providerId } } });
      const outcome = result?.unlinkIdentity;
      if (!outcome) throw new Error('unlinkIdentity returned no data');
      switch (outcome.__typename) {
        case 'UnlinkIdentitySuccess':
          notifications.show({ color: 'teal', message: t('providers.settings.unlinked') });
          return;
        case 'LastSignInMethodError':
          setFailure({ kind: 'message', message: t('providers.settings.lastMethod') });
          return;
        case 'InvalidInputError':
          setFailure({ kind: 'message', message: t('providers.settings.notLinked') });
          return;
        default:
          assertNever(outcome);
      }
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="linked-providers-title" data-testid="linked-providers">
      <Stack gap="md">
        <Title order={2} size="h3" id="linked-providers-title">
          {t('providers.settings.title')}
        </Title>
        <ProviderFailureNotice />
        <FormFailure failure={failure} />
        {methods.identities.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('providers.settings.none')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {methods.identities.map((identity) => {
              const name = identity.provider?.name ?? identity.providerId;
              return (
                <Group key={identity.providerId} component="li" justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="sm" wrap="nowrap">
                    {identity.provider?.iconUrl && <Image src={identity.provider.iconUrl} alt="" w={20} h={20} fit="contain" />}
                    <Stack gap={0}>
                      <Text fw={500}>{name}</Text>
                      <Text size="sm" c="dimmed">
                        {identity.email ? `${identity.email} · ` : ''}
                        {t('providers.settings.lastUsed', { when: dateTime(identity.lastUsedAt) })}
                      </Text>
                    </Stack>
                  </Group>
                  <Button
                    variant="default"
                    size="xs"
                    loading={unlinking}
                    onClick={() => void remove(identity.providerId)}
                    aria-label={t('providers.settings.unlinkNamed', { name })}
                  >
                    {t('providers.settings.unlink')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
        {!methods.hasPassword && (
          <Text size="sm" c="dimmed">
            {t('providers.settings.noPassword')}
          </Text>
        )}
        {methods.linkable.length > 0 && (
          <Stack gap="xs">
            <Text size="sm">{t('providers.settings.linkAnother')}</Text>
            {methods.linkable.map((provider) => (
              <ProviderButton key={provider.id} provider={provider} href={providerStartPath(provider, { next: '/account', link: true })} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
