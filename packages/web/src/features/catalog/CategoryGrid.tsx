import { Card, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import type { CategoryCard_CategoryFragment } from '@skillcall/schema';
import { CategoryCard } from './CategoryCard';

const columns = { base: 1, sm: 2, md: 3 };

export function CategoryGrid({ categories }: { categories: CategoryCard_CategoryFragment[] }) {
  return (
    <SimpleGrid cols={columns} spacing="md">
      {categories.map((category) => (
        <CategoryCard key={category.id} category={category} />
      ))}
    </SimpleGrid>
  );
}

/** The grid's shape while categories load. */
export function CategoryGridSkeleton({ cards = 6 }: { cards?: number }) {
  return (
    <SimpleGrid cols={columns} spacing="md" aria-busy="true">
      {Array.from({ length: cards }, (_, index) => (
        <Card key={index} withBorder radius="md" padding="lg">
          <Stack gap="sm">
            <Skeleton height={20} width="60%" />
            <Skeleton height={12} width="80%" />
            <Skeleton height={12} width="70%" />
            <Skeleton height={12} width="50%" />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
