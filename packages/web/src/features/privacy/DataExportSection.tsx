import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { MyDataExportsDocument, RequestDataExportDocument, type DataExportFieldsFragment } from '@skillcall/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { errorKind } from '../../lib/errors';
import { formatBytes } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useDateFormat } from '../identity/use-date-format';

/** How often the list is refreshed while an export is being prepared. */
const pollMs = 3_000;

const statusColor: Record<DataExportFieldsFragment['status'], string> = {
  REQUESTED: 'blue',
  READY: 'teal',
  FAILED: 'red',
  EXPIRED: 'gray',
};

/**
 * "Your data": ask for a copy of everything the account owns or took part in, and download it while it is ready
 * (48 hours). The list refreshes itself while an export is being prepared.
 */
export function DataExportSection() {
  const { t } = useTranslation();
  const exports = useQuery(MyDataExportsDocument, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [request, requesting] = useMutation(RequestDataExportDocument, {
    refetchQueries: [MyDataExportsDocument],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<unknown>(null);
  const list = exports.data?.myDataExports;
  const preparing = list?.some((e) => e.status === 'REQUESTED') ?? false;
  const { startPolling, stopPolling } = exports;

  useEffect(() => {
    if (!preparing) return;
    startPolling(pollMs);
    return () => stopPolling();
  }, [preparing, startPolling, stopPolling]);

  const ask = async () => {
    setError(null);
    try {
      await request();
    } catch (caught) {
      setError(caught);
    }
  };

  let body;
  if (exports.error && !list)
    body = <ErrorState title={t('privacy.exports.loadFailed')} error={exports.error} onRetry={() => void exports.refetch()} />;
  else if (!list) body = <Skeleton height={36} />;
  else if (list.length === 0) body = <Text size="sm">{t('privacy.exports.empty')}</Text>;
  else {
    body = (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
        {list.map((item) => (
          <DataExportItem key={item.id} item={item} />
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" id="your-data" aria-labelledby="your-data-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="your-data-title">
          {t('privacy.exports.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('privacy.exports.intro')}
        </Text>
        {body}
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void ask()} loading={requesting.loading} disabled={preparing}>
            {t('privacy.exports.request')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DataExportItem({ item }: { item: DataExportFieldsFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Group component="li" gap="sm" wrap="wrap" data-testid="data-export" data-status={item.status}>
      <Badge color={statusColor[item.status]} variant="light">
        {t(`privacy.exports.status.${item.status}`)}
      </Badge>
      <Text size="sm">{t('privacy.exports.requestedOn', { date: dateTime(item.requestedAt) })}</Text>
      {item.status === 'READY' && item.downloadUrl && (
        <>
          <Anchor href={item.downloadUrl} download size="sm" fw={600}>
            {t('privacy.exports.download', { size: formatBytes(item.sizeBytes ?? 0, currentLanguage()) })}
          </Anchor>
          {item.expiresAt && (
            <Text size="sm" c="dimmed">
              {t('privacy.exports.expiresOn', { date: dateTime(item.expiresAt) })}
            </Text>
          )}
        </>
      )}
      {item.status === 'REQUESTED' && (
        <Text size="sm" c="dimmed">
          {t('privacy.exports.preparingHint')}
        </Text>
      )}
    </Group>
  );
}
