import { Button, Group, MultiSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import type { QueueFilterBar_CategoryFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useCategoryOptions } from '../applications/use-options';
import { applicationKinds, minAgeChoices, reviewableStatuses, type QueueFilters } from './queue-filters';

interface QueueFilterBarProps {
  filters: QueueFilters;
  categories: QueueFilterBar_CategoryFragment[];
  onChange: (filters: QueueFilters) => void;
}

/** Status (several), category, minimum time waiting and kind; every change is applied at once. */
export function QueueFilterBar({ filters, categories, onChange }: QueueFilterBarProps) {
  const { t } = useTranslation();
  const categoryOptions = useCategoryOptions(categories);
  const isDefault = filters.statuses.join() === 'SUBMITTED' && !filters.categoryId && !filters.minAgeHours && !filters.kind;
  return (
    <Stack gap="xs" component="form" role="search" aria-label={t('admin.queue.filtersLabel')} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <MultiSelect
          label={t('admin.queue.status')}
          data={reviewableStatuses.map((status) => ({ value: status, label: t(`applicationStatus.${status}.name`) }))}
          value={filters.statuses}
          onChange={(value) => onChange({ ...filters, statuses: value as QueueFilters['statuses'] })}
          placeholder={filters.statuses.length ? undefined : t('applicationStatus.SUBMITTED.name')}
        />
        <Select
          label={t('admin.queue.category')}
          placeholder={t('admin.queue.anyCategory')}
          data={categoryOptions}
          value={filters.categoryId}
          onChange={(value) => onChange({ ...filters, categoryId: value })}
          searchable
          clearable
          nothingFoundMessage={t('apply.nothingFound')}
        />
        <Select
          label={t('admin.queue.minAge')}
          data={[
            { value: '', label: t('admin.queue.anyAge') },
            ...minAgeChoices.map((hours) => ({ value: String(hours), label: t(`admin.queue.minAgeHours.${hours}`) })),
          ]}
          value={filters.minAgeHours ? String(filters.minAgeHours) : ''}
          onChange={(value) => onChange({ ...filters, minAgeHours: value ? Number(value) : null })}
          allowDeselect={false}
        />
        <Select
          label={t('admin.queue.kind')}
          data={[
            { value: '', label: t('admin.queue.anyKind') },
            ...applicationKinds.map((kind) => ({ value: kind, label: t(`applicationKind.${kind}`) })),
          ]}
          value={filters.kind ?? ''}
          onChange={(value) => onChange({ ...filters, kind: (value || null) as QueueFilters['kind'] })}
          allowDeselect={false}
        />
      </SimpleGrid>
      {!isDefault && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => onChange({ statuses: ['SUBMITTED'], categoryId: null, minAgeHours: null, kind: null })}
          >
            {t('admin.queue.resetFilters')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
