import { Paper, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { LoadMoreButton } from './LoadMoreButton';

interface Connection<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface PagedTableProps<Node> {
  /** The query's connection; undefined while the first page loads (or when it failed). */
  connection: Connection<Node> | undefined;
  /** The query's error; shown only when there is no page to show. */
  error: unknown;
  /** What failed, in the reader's terms. */
  loadFailedTitle: string;
  onRetry: () => void;
  /** Fetches the page after the cursor (Apollo's fetchMore). */
  onLoadMore: (after: string) => Promise<unknown>;
  /** The height of a placeholder row while the first page loads. */
  rowHeight: number;
  /** Shown when the connection has no edges (an EmptyMessage). */
  empty: ReactNode;
  /** The table of the loaded nodes. */
  children: (nodes: Node[]) => ReactNode;
}

/** A paginated table's states: failed with a retry, loading, empty, or the table in a card with "Load more". */
export function PagedTable<Node>({
  connection,
  error,
  loadFailedTitle,
  onRetry,
  onLoadMore,
  rowHeight,
  empty,
  children,
}: PagedTableProps<Node>) {
  if (error && !connection) return <ErrorState title={loadFailedTitle} error={error} onRetry={onRetry} />;
  if (!connection) {
    return (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={rowHeight} />
        <Skeleton height={rowHeight} />
        <Skeleton height={rowHeight} />
      </Stack>
    );
  }
  if (connection.edges.length === 0) return empty;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        {children(connection.edges.map((edge) => edge.node))}
      </Paper>
      <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={onLoadMore} />
    </Stack>
  );
}
