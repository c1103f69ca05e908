import { Card, Group, Skeleton, Stack } from '@mantine/core';
import type { SearchResultList_ConnectionFragment } from '@skillcall/schema';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { SearchResultCard } from './SearchResultCard';

interface SearchResultListProps {
  connection: SearchResultList_ConnectionFragment;
  /** Fetches the page after the cursor (Apollo's fetchMore; the cache appends it). */
  onLoadMore: (after: string) => Promise<unknown>;
  headingLevel?: 2 | 3 | 4;
}

/** The experts found, a page at a time. */
export function SearchResultList({ connection, onLoadMore, headingLevel }: SearchResultListProps) {
  return (
    <Stack gap="md">
      <Stack gap="sm">
        {connection.edges.map(({ cursor, node }) => (
          <SearchResultCard key={`${node.expert.id}-${cursor}`} hit={node} headingLevel={headingLevel} />
        ))}
      </Stack>
      <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={onLoadMore} />
    </Stack>
  );
}

/** The list's shape while results load. */
export function SearchResultListSkeleton({ cards = 4 }: { cards?: number }) {
  return (
    <Stack gap="sm" aria-busy="true">
      {Array.from({ length: cards }, (_, index) => (
        <Card key={index} withBorder radius="md" padding="lg">
          <Stack gap="xs">
            <Group justify="space-between">
              <Skeleton height={20} width="35%" />
              <Skeleton height={18} width={110} radius="xl" />
            </Group>
            <Skeleton height={14} width="60%" />
            <Skeleton height={12} width="30%" />
            <Skeleton height={12} width="90%" />
            <Skeleton height={12} width="80%" />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
