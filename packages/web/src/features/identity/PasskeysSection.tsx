import { useQuery } from '@apollo/client/react';
import { Alert, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { MyPasskeysDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { PasskeyAddForm } from './PasskeyAddForm';
import { PasskeyList } from './PasskeyList';

/** Account settings: the account's passkeys (rename, remove) and adding one; in a browser without WebAuthn, says so. */
export function PasskeysSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyPasskeysDocument, { fetchPolicy: 'cache-and-network' });
  const supported = browserSupportsWebAuthn();

  let list;
  if (error && !data) list = <ErrorState title={t('passkeys.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data) list = <Skeleton height={60} />;
  else list = <PasskeyList passkeys={data.myPasskeys} />;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="passkeys-title" data-testid="passkeys-section">
      <Stack gap="md">
        <Title order={2} size="h3" id="passkeys-title">
          {t('passkeys.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('passkeys.intro')}
        </Text>
        {!supported && (
          <Alert color="yellow" variant="light">
            {t('passkeys.unsupported')}
          </Alert>
        )}
        {list}
        {supported && <PasskeyAddForm />}
      </Stack>
    </Paper>
  );
}
