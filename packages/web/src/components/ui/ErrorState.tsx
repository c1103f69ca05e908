import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../lib/errors';

interface ErrorStateProps {
  /** What failed, in the reader's terms ("We could not load the categories."). */
  title: string;
  /** The error thrown by Apollo; it picks the explanation (network, server, session…). */
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: what failed, why in plain words, and a retry button. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Text size="sm">{t(`errors.${errorKind(error)}`)}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
