import { useQuery } from '@apollo/client/react';
import { Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { AccountDeletionTermsDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { DeleteAccountDialog } from './DeleteAccountDialog';

/** The danger zone: what deleting the account erases and keeps, how many upcoming bookings it cancels, then the dialog. */
export function DeleteAccountSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const terms = useQuery(AccountDeletionTermsDocument, { fetchPolicy: 'cache-and-network' });
  const [opened, { open, close }] = useDisclosure(false);
  const data = terms.data?.accountDeletionTerms;

  let consequences;
  if (terms.error && !data)
    consequences = <ErrorState title={t('privacy.deletion.loadFailed')} error={terms.error} onRetry={() => void terms.refetch()} />;
  else if (!data) consequences = <Skeleton height={60} />;
  else {
    consequences = (
      <List size="sm" spacing={4}>
        <List.Item>{t('privacy.deletion.erased')}</List.Item>
        <List.Item>{t('privacy.deletion.kept')}</List.Item>
        <List.Item data-testid="deletion-upcoming">
          {data.upcomingBookings > 0 ? t('privacy.deletion.upcoming', { count: data.upcomingBookings }) : t('privacy.deletion.noUpcoming')}
        </List.Item>
        {data.expert && <List.Item>{t('privacy.deletion.expert')}</List.Item>}
      </List>
    );
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="delete-account-title"
      style={{ borderColor: 'var(--mantine-color-red-6)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="delete-account-title" c="red">
          {t('privacy.deletion.title')}
        </Title>
        <Text size="sm">{t('privacy.deletion.intro')}</Text>
        {consequences}
        <Group>
          <Button color="red" variant="outline" onClick={open} disabled={!data}>
            {t('privacy.deletion.open')}
          </Button>
        </Group>
      </Stack>
      <DeleteAccountDialog opened={opened} onClose={close} email={email} upcomingBookings={data?.upcomingBookings ?? 0} />
    </Paper>
  );
}
