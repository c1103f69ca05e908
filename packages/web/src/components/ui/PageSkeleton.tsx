import { Skeleton, Stack } from '@mantine/core';

/** A page whose code is still loading (a lazy route opened directly): a title and a few blocks. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="md" aria-busy="true" aria-label={label}>
      <Skeleton height={36} width="40%" />
      <Skeleton height={16} width="70%" />
      <Skeleton height={160} />
      <Skeleton height={160} />
    </Stack>
  );
}
