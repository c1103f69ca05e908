import { Button, Group } from '@mantine/core';
import type { CategoryFacet_CategoryFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { StrokeIcon } from '../../components/ui/StrokeIcon';
import { categoryName } from '../../lib/category-name';
import { currentLanguage } from '../../lib/i18n';
import { languageLabel } from '../../lib/language-names';
import { findCategory } from './CategoryFacet';
import type { SearchState } from './search-state';

interface ActiveFilterChipsProps {
  state: SearchState;
  /** The currency a maximum price is in when none is chosen. */
  defaultCurrency: string;
  categories: readonly CategoryFacet_CategoryFragment[] | null | undefined;
  /** The search without one filter: a new entry in the browser's history. */
  onChange: (next: SearchState) => void;
}

const RemoveMark = () => (
  <StrokeIcon size={14} strokeWidth={2.5}>
    <path d="M6 6l12 12M18 6 6 18" />
  </StrokeIcon>
);

/** The filters narrowing the results, each a chip that removes it ("Free ×"), above the results. */
export function ActiveFilterChips({ state, defaultCurrency, categories, onChange }: ActiveFilterChipsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const category = categories ? findCategory(categories, state.category) : null;
  const chips: { key: string; label: string; without: Partial<SearchState> }[] = [];
  if (state.category)
    chips.push({
      key: 'category',
      label: category ? categoryName(category.category, language) : state.category,
      without: { category: null },
    });
  if (state.language) chips.push({ key: 'language', label: languageLabel(state.language, language), without: { language: null } });
  if (state.priceModel) chips.push({ key: 'price', label: t(`priceModel.${state.priceModel}.name`), without: { priceModel: null } });
  if (state.maxPrice) {
    chips.push({
      key: 'max',
      label: t('searchDrawer.maxPrice', { amount: `${state.maxPrice} ${state.currency ?? defaultCurrency}` }),
      without: { maxPrice: null },
    });
  }
  if (state.availableNow) chips.push({ key: 'available', label: t('search.filters.availableNow'), without: { availableNow: false } });
  if (state.minRating)
    chips.push({ key: 'rating', label: t('search.filters.ratingAtLeast', { count: state.minRating }), without: { minRating: null } });
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" role="group" aria-label={t('searchDrawer.active')} data-testid="active-filters">
      {chips.map((chip) => (
        <Button
          key={chip.key}
          variant="light"
          radius="xl"
          size="compact-sm"
          rightSection={<RemoveMark />}
          aria-label={t('searchDrawer.remove', { filter: chip.label })}
          onClick={() => onChange({ ...state, ...chip.without })}
        >
          {chip.label}
        </Button>
      ))}
    </Group>
  );
}
