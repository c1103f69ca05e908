import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  CalendarFeedSection_ResetDocument,
  CalendarFeedSection_RevokeDocument,
  CalendarFeedSection_StatusDocument,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { SecretField } from '../../components/ui/SecretField';
import { errorKind } from '../../lib/errors';

/**
 * The private calendar feed (iCalendar) of the account: create it, then see its address once (copy it into a calendar
 * app); reset it for a new address (the old one stops working) or revoke it. The API keeps only a hash of it.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const status = useQuery(CalendarFeedSection_StatusDocument, { fetchPolicy: 'cache-and-network' });
  const update = { refetchQueries: [CalendarFeedSection_StatusDocument], awaitRefetchQueries: true };
  const [reset, resetting] = useMutation(CalendarFeedSection_ResetDocument, update);
  const [revoke, revoking] = useMutation(CalendarFeedSection_RevokeDocument, update);
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const exists = status.data?.hasCalendarFeed;

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  };
  const create = () =>
    run(async () => {
      const { data } = await reset();
      setUrl(data?.resetCalendarFeed.url ?? null);
    });
  const remove = () =>
    run(async () => {
      await revoke();
      setUrl(null);
    });

  let body;
  if (status.error && !status.data) {
    body = <ErrorState title={t('calendarFeed.loadFailed')} error={status.error} onRetry={() => void status.refetch()} />;
  } else if (exists === undefined) {
    body = <Skeleton height={36} width={240} />;
  } else {
    body = (
      <Stack gap="sm">
        {url ? (
          <Alert color="blue" variant="light" title={t('calendarFeed.newTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('calendarFeed.newText')}</Text>
              <SecretField
                label={t('calendarFeed.address')}
                value={url}
                copyLabel={t('calendarFeed.copy')}
                copiedLabel={t('calendarFeed.copied')}
                testId="calendar-feed-url"
                monospace={false}
              />
            </Stack>
          </Alert>
        ) : (
          <Text size="sm">{exists ? t('calendarFeed.active') : t('calendarFeed.none')}</Text>
        )}
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Alert>
        )}
        <Group gap="sm">
          {exists ? (
            <>
              <Button variant="default" loading={resetting.loading} onClick={() => void create()}>
                {t('calendarFeed.reset')}
              </Button>
              <Button variant="light" color="red" loading={revoking.loading} onClick={() => void remove()}>
                {t('calendarFeed.revoke')}
              </Button>
            </>
          ) : (
            <Button loading={resetting.loading} onClick={() => void create()}>
              {t('calendarFeed.create')}
            </Button>
          )}
        </Group>
        {exists && (
          <Text size="xs" c="dimmed">
            {t('calendarFeed.resetHint')}
          </Text>
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="calendar-feed-title">
          {t('calendarFeed.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('calendarFeed.intro')}
        </Text>
        {body}
      </Stack>
    </Paper>
  );
}
