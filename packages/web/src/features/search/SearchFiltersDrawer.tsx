import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Stack } from '@mantine/core';
import { SearchPageResultsDocument, type CategoryFacet_CategoryFragment } from '@skillcall/schema';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findCategory } from './CategoryFacet';
import { SearchFilters } from './SearchFilters';
import { placeSearchErrors } from './search-errors';
import { readSearchState, searchInput, type SearchState } from './search-state';

interface SearchFiltersDrawerProps {
  opened: boolean;
  onClose: () => void;
  /** The search shown (the drawer starts from it). */
  state: SearchState;
  defaultCurrency: string;
  /** The taxonomy; undefined while it loads, null when it could not be loaded. */
  categories: readonly CategoryFacet_CategoryFragment[] | null | undefined;
  /** The filters chosen: one new entry in the browser's history. */
  onApply: (next: SearchState) => void;
  /** The address of the search in another state (what the facets link to). */
  linkTo: (next: SearchState) => string;
}

const placedFields = [
  'categoryId',
  'language',
  'priceModel',
  'maxPrice',
  'maxPrice.amount',
  'maxPrice.currency',
  'currency',
  'availableNow',
  'minRating',
];

/**
 * The filters on a phone: a drawer over the results, where choices are tried without leaving it (the facets' counts
 * and the apply button follow them: "Show 3 results"), and applied at once with that button. The facets are links
 * (SearchFilters, shared with wider screens): inside the drawer a followed link changes the choice instead.
 */
export function SearchFiltersDrawer({ opened, onClose, state, defaultCurrency, categories, onApply, linkTo }: SearchFiltersDrawerProps) {
  const { t } = useTranslation();
  // The choice being made; reset to the search shown whenever the drawer opens.
  const [draft, setDraft] = useState(state);
  const [openedFor, setOpenedFor] = useState<SearchState | null>(null);
  if (opened && openedFor !== state) {
    setOpenedFor(state);
    setDraft(state);
  }
  if (!opened && openedFor) setOpenedFor(null);

  const category = categories ? findCategory(categories, draft.category) : null;
  // Only the count and the facets: a result of its own, kept out of the cache the page's list is built in.
  const preview = useQuery(SearchPageResultsDocument, {
    variables: { input: searchInput(draft, category?.category.id ?? null, defaultCurrency), first: 1 },
    skip: !opened || (Boolean(draft.category) && !categories),
    fetchPolicy: 'no-cache',
  });
  const result = (preview.data ?? preview.previousData)?.searchExperts;
  const connection = result?.__typename === 'ExpertSearchConnection' ? result : null;
  const refusal = result?.__typename === 'InvalidInputError' ? result : null;
  const { byField } = placeSearchErrors(refusal, placedFields);

  const chooseLink = (event: MouseEvent) => {
    const link = (event.target as Element).closest('a[href]');
    const href = link?.getAttribute('href');
    if (!href?.startsWith('/search')) return;
    event.preventDefault();
    setDraft({ ...readSearchState(new URL(href, window.location.origin).searchParams), q: draft.q, sort: draft.sort });
  };

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="bottom"
      size="90%"
      title={t('search.filters.title')}
      closeButtonProps={{ 'aria-label': t('searchDrawer.close') }}
      styles={{ body: { paddingBottom: 0 }, title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <div onClickCapture={chooseLink}>
          <SearchFilters
            state={draft}
            defaultCurrency={defaultCurrency}
            categories={categories}
            facets={connection?.facets ?? (refusal ? null : undefined)}
            facetsAreEstimates={connection?.totalIsEstimate ?? false}
            errors={byField}
            onChange={setDraft}
            linkTo={linkTo}
            headingHidden
          />
        </div>
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            background: 'var(--mantine-color-body)',
            paddingBlock: 'var(--mantine-spacing-sm)',
            paddingBottom: 'calc(var(--mantine-spacing-sm) + env(safe-area-inset-bottom))',
          }}
        >
          <Button
            fullWidth
            size="md"
            loading={preview.loading && !connection}
            disabled={!!refusal}
            onClick={() => {
              onApply(draft);
              onClose();
            }}
          >
            {connection ? t('searchDrawer.apply', { count: connection.totalCount }) : t('searchDrawer.applyUnknown')}
          </Button>
        </div>
      </Stack>
    </Drawer>
  );
}
