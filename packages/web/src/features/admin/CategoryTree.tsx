import { Badge, Button, Code, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { CategoryTree_CategoryFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditCategoryModal } from './CategoryForms';

type Node = Pick<CategoryTree_CategoryFragment, 'id' | 'slug' | 'nameEn' | 'nameFr' | 'position'>;

/** The taxonomy: top-level categories and their sub-categories in display order, each with its Edit button. */
export function CategoryTree({ categories }: { categories: CategoryTree_CategoryFragment[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Node | null>(null);

  const row = (category: Node, top: boolean) => (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={top ? 700 : 500} size={top ? 'md' : 'sm'}>
          {category.nameEn}{' '}
          <Text span c="dimmed" inherit fw={400}>
            · {category.nameFr}
          </Text>
        </Text>
        <Group gap={6}>
          <Code fz="xs">{category.slug}</Code>
          <Badge size="xs" variant="outline" color="gray">
            {t('admin.categories.positionBadge', { position: category.position })}
          </Badge>
        </Group>
      </Stack>
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() => setEditing(category)}
        aria-label={t('admin.categories.editLabel', { name: category.nameEn })}
      >
        {t('admin.categories.edit')}
      </Button>
    </Group>
  );

  return (
    <>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('admin.categories.treeLabel')}>
        {categories.map((category) => (
          <Paper key={category.id} withBorder radius="md" p="md" component="li">
            {row(category, true)}
            {category.children.length > 0 && (
              <List
                listStyleType="none"
                mt="sm"
                ml="lg"
                spacing="xs"
                style={{ borderLeft: '2px solid var(--mantine-color-gray-3)', paddingLeft: 'var(--mantine-spacing-md)' }}
              >
                {category.children.map((child) => (
                  <List.Item key={child.id} styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
                    {row(child, false)}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
        ))}
      </Stack>
      <EditCategoryModal category={editing} onClose={() => setEditing(null)} />
    </>
  );
}
