import { Button, Group, NumberInput, SegmentedControl, Select, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import type { CategoryFacet_CategoryFragment, CategoryFacet_FacetFragment, LanguageFacet_FacetFragment } from '@skillcall/schema';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyDigits } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { CategoryFacet } from './CategoryFacet';
import { CurrencySelect } from './CurrencySelect';
import { LanguageFacet } from './LanguageFacet';
import { hasFilters, isAmount, minRatings, priceModels, type SearchState } from './search-state';

/** Messages of refused input fields, by the API's field name (`maxPrice.amount`, `language`…). */
export type SearchFieldErrors = Partial<Record<string, string>>;

interface SearchFiltersProps {
  state: SearchState;
  /** The currency used when none is chosen (the visitor's usual one). */
  defaultCurrency: string;
  /** The taxonomy; undefined while it loads, null when it could not be loaded. */
  categories: readonly CategoryFacet_CategoryFragment[] | null | undefined;
  /** Counts over the current results; undefined while the first results load, null when the search was refused. */
  facets: { categories: readonly CategoryFacet_FacetFragment[]; languages: readonly LanguageFacet_FacetFragment[] } | null | undefined;
  /** Whether those counts are estimates (a search with more than 1,000 matches). */
  facetsAreEstimates: boolean;
  errors: SearchFieldErrors;
  /** A filter changed: a new history entry. */
  onChange: (next: SearchState) => void;
  /** The address of the search in another state, for the facets' links. */
  linkTo: (next: SearchState) => string;
  /** Without its "Filters" heading (the phone's drawer has its own title). */
  headingHidden?: boolean;
}

function FilterGroup({ title, children, error }: { title: string; children: ReactNode; error?: string }) {
  const titleId = useId();
  return (
    <Stack gap={6} component="section" aria-labelledby={titleId}>
      <Title order={3} size="h6" id={titleId}>
        {title}
      </Title>
      {children}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

const facetSkeleton = (
  <Stack gap={8} aria-busy="true">
    <Skeleton height={14} width="80%" />
    <Skeleton height={14} width="65%" />
    <Skeleton height={14} width="70%" />
  </Stack>
);

/** "12.5" from what the price field holds (a number, or '' when empty); null when nothing usable is typed. */
function amountOf(value: string | number): string | null {
  const text = typeof value === 'number' ? String(value) : value.trim().replace(',', '.');
  return text && isAmount(text) && Number(text) > 0 ? text : null;
}

/**
 * The maximum price: applied a moment after typing stops, at once on Enter or when leaving the field.
 * It shows the address's amount again when the address changes (back button).
 */
function MaxPriceField({
  amount,
  currency,
  error,
  onCommit,
}: {
  amount: string | null;
  currency: string;
  error?: string;
  onCommit: (amount: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [value, setValue] = useState<string | number>(amount ?? '');
  const [shownFor, setShownFor] = useState(amount);
  if (shownFor !== amount) {
    setShownFor(amount);
    setValue(amount ?? '');
  }
  // `base` is the address's amount when typing started: if the address changed since (back button), it wins.
  const commit = useDebouncedCallback((next: string | null, base: string | null) => {
    if (amount === base && next !== amount) onCommit(next);
  }, 700);
  return (
    <NumberInput
      label={t('search.filters.maxPrice')}
      placeholder={t('search.filters.maxPricePlaceholder')}
      value={value}
      onChange={(next) => {
        setValue(next);
        commit(amountOf(next), amount);
      }}
      onBlur={() => commit.flush()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit.flush();
        }
      }}
      min={0}
      allowNegative={false}
      decimalScale={currencyDigits(currency)}
      decimalSeparator={language === 'fr' ? ',' : '.'}
      hideControls
      error={error}
      style={{ flex: 1 }}
    />
  );
}

/**
 * The filter panel of /search: category and language facets with their counts, how sessions are paid, a maximum
 * price in a currency, availability and rating. Every change is a new entry in the browser's history.
 */
export function SearchFilters({
  state,
  defaultCurrency,
  categories,
  facets,
  facetsAreEstimates,
  errors,
  onChange,
  linkTo,
  headingHidden = false,
}: SearchFiltersProps) {
  const { t } = useTranslation();
  const currency = state.currency ?? defaultCurrency;
  const priceModelOptions = [
    { value: '', label: t('search.filters.anyPriceModel') },
    ...priceModels.map((model) => ({ value: model, label: t(`priceModel.${model}.name`) })),
  ];
  const priceModelLabelId = useId();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="xs">
        {!headingHidden && (
          <Title order={2} size="h4">
            {t('search.filters.title')}
          </Title>
        )}
        {hasFilters(state) && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              onChange({ ...state, category: null, language: null, priceModel: null, maxPrice: null, availableNow: false, minRating: null })
            }
          >
            {t('search.filters.clear')}
          </Button>
        )}
      </Group>

      <FilterGroup title={t('search.filters.category')} error={errors.categoryId}>
        {categories === null ? (
          <Text size="sm" c="dimmed">
            {t('home.loadFailed')}
          </Text>
        ) : categories && facets !== undefined ? (
          <CategoryFacet
            categories={categories}
            facets={facets?.categories ?? null}
            approximate={facetsAreEstimates}
            selected={state.category}
            linkTo={(category) => linkTo({ ...state, category })}
          />
        ) : (
          facetSkeleton
        )}
      </FilterGroup>

      <FilterGroup title={t('search.filters.language')} error={errors.language}>
        {facets !== undefined ? (
          <LanguageFacet
            facets={facets?.languages ?? null}
            approximate={facetsAreEstimates}
            selected={state.language}
            linkTo={(language) => linkTo({ ...state, language })}
          />
        ) : (
          facetSkeleton
        )}
      </FilterGroup>

      <FilterGroup title={t('search.filters.price')}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id={priceModelLabelId}>
            {t('search.filters.priceModel')}
          </Text>
          <SegmentedControl
            aria-labelledby={priceModelLabelId}
            orientation="vertical"
            fullWidth
            size="sm"
            data={priceModelOptions}
            value={state.priceModel ?? ''}
            onChange={(value) => onChange({ ...state, priceModel: priceModels.find((model) => model === value) ?? null })}
          />
          {errors.priceModel && (
            <Text size="sm" c="red" role="alert">
              {errors.priceModel}
            </Text>
          )}
        </Stack>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <MaxPriceField
            amount={state.maxPrice}
            currency={currency}
            error={errors['maxPrice.amount'] ?? errors.maxPrice}
            onCommit={(maxPrice) => onChange({ ...state, maxPrice })}
          />
          <CurrencySelect
            label={t('search.filters.currency')}
            value={currency}
            onChange={(next) => onChange({ ...state, currency: next })}
            error={errors['maxPrice.currency'] ?? errors.currency}
          />
        </Group>
      </FilterGroup>

      <FilterGroup title={t('search.filters.availability')}>
        <Switch
          label={t('search.filters.availableNow')}
          checked={state.availableNow}
          onChange={(event) => onChange({ ...state, availableNow: event.currentTarget.checked })}
          error={errors.availableNow}
        />
      </FilterGroup>

      <FilterGroup title={t('search.filters.rating')}>
        <Select
          label={t('search.filters.minRating')}
          data={[
            { value: '', label: t('search.filters.anyRating') },
            ...minRatings.map((rating) => ({ value: String(rating), label: t('search.filters.ratingAtLeast', { count: rating }) })),
          ]}
          value={state.minRating ? String(state.minRating) : ''}
          onChange={(value) => onChange({ ...state, minRating: value ? Number(value) : null })}
          allowDeselect={false}
          error={errors.minRating}
        />
      </FilterGroup>
    </Stack>
  );
}
