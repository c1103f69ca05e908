import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';

interface LoadMoreButtonProps {
  /** The connection's `pageInfo`; nothing is shown when no page follows. */
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** Fetches the page after the cursor (Apollo's fetchMore). */
  onLoadMore: (after: string) => Promise<unknown>;
  /** The button's text; "Load more" by default. */
  label?: string;
}

/** "Load more" under a list: busy while the next page loads, and explains a failure with a retry. */
export function LoadMoreButton({ pageInfo, onLoadMore, label }: LoadMoreButtonProps) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { hasNextPage, endCursor } = pageInfo;
  if (!hasNextPage || !endCursor) return null;

  const loadMore = async () => {
    setLoading(true);
    setError(null);
    try {
      await onLoadMore(endCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Stack gap="sm">
      {error !== null && <ErrorState title={t('common.loadMoreFailed')} error={error} />}
      <Group justify="center">
        <Button variant="default" loading={loading} onClick={() => void loadMore()}>
          {label ?? t('common.loadMore')}
        </Button>
      </Group>
    </Stack>
  );
}
