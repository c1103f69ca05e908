import { Select } from '@mantine/core';
import type { SearchSort } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { searchSorts } from './search-state';

interface SortSelectProps {
  value: SearchSort;
  onChange: (sort: SearchSort) => void;
  /** The currency prices are compared in, said under the select when ordering by price. */
  currency: string;
  error?: string;
}

/** The order of results: relevance, price (free first, then cheapest in the currency chosen) or rating. */
export function SortSelect({ value, onChange, currency, error }: SortSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('search.sort.label')}
      data={searchSorts.map((sort) => ({ value: sort, label: t(`search.sort.${sort}`) }))}
      value={value}
      onChange={(next) => onChange(searchSorts.find((sort) => sort === next) ?? 'RELEVANCE')}
      allowDeselect={false}
      description={value === 'PRICE' ? t('search.sort.priceIn', { currency }) : undefined}
      error={error}
      w={{ base: '100%', xs: 240 }}
    />
  );
}
