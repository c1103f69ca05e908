import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { SearchPageDocument, SearchPageResultsDocument, type SearchPageResultsQuery } from '@skillcall/schema';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { StrokeIcon } from '../components/ui/StrokeIcon';
import { RouterAnchor } from '../components/ui/RouterLink';
import { useLivePresence } from '../features/instant/use-live-presence';
import { ActiveFilterChips } from '../features/search/ActiveFilterChips';
import { findCategory } from '../features/search/CategoryFacet';
import { ResultCount } from '../features/search/ResultCount';
import { SearchFilters } from '../features/search/SearchFilters';
import { SearchFiltersDrawer } from '../features/search/SearchFiltersDrawer';
import { SearchQueryField } from '../features/search/SearchQueryField';
import { SearchResultList, SearchResultListSkeleton } from '../features/search/SearchResultList';
import { SortSelect } from '../features/search/SortSelect';
import { placeSearchErrors } from '../features/search/search-errors';
import {
  emptySearchState,
  hasFilters,
  readSearchState,
  readShown,
  searchInput,
  withCurrencyPinned,
  withShown,
  writeSearchState,
  type SearchState,
} from '../features/search/search-state';
import { useDocumentTitle } from '../lib/document-title';
import { assertNever } from '../lib/errors';
import { fieldErrorMessage } from '../lib/field-errors';
import { currentLanguage } from '../lib/i18n';
import { localeCurrency } from '../lib/iso-codes';

const pageSize = 20;

const FiltersIcon = () => (
  <StrokeIcon size={18}>
    <path d="M4 6h16M7 12h10M10 18h4" />
  </StrokeIcon>
);

/** The fields of SearchExpertsInput a control of this page shows errors for. */
const placedFields = [
  'query',
  'categoryId',
  'language',
  'priceModel',
  'maxPrice',
  'maxPrice.amount',
  'maxPrice.currency',
  'currency',
  'availableNow',
  'minRating',
  'sort',
];

type Result = SearchPageResultsQuery['searchExperts'];
type Connection = Extract<Result, { __typename: 'ExpertSearchConnection' }>;
type Refusal = Extract<Result, { __typename: 'InvalidInputError' }>;

function sortResult(result: Result | undefined): { connection: Connection | null; refusal: Refusal | null } {
  if (!result) return { connection: null, refusal: null };
  switch (result.__typename) {
    case 'ExpertSearchConnection':
      return { connection: result, refusal: null };
    case 'InvalidInputError':
      return { connection: null, refusal: result };
    default:
      return assertNever(result);
  }
}

/**
 * `/search?q=…&category=…`: experts found by text, narrowed by facets and filters, in an order. Everything shown is in
 * the address: links can be shared, and the back button returns to the previous filters and to as many results as
 * "Load more" had shown (`shown`).
 */
export function SearchRoute() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const shown = readShown(params, pageSize);
  const defaultCurrency = useMemo(() => localeCurrency(language), [language]);
  const currency = state.currency ?? defaultCurrency;
  useDocumentTitle(state.q ? `${state.q} · ${t('search.docTitle')}` : t('search.docTitle'));
  const [filtersOpened, filters] = useDisclosure(false);

  const taxonomy = useQuery(SearchPageDocument);
  const categories = taxonomy.data?.categories;
  // The address names the category by slug; the search wants its id, so a category search waits for the taxonomy.
  const category = categories ? findCategory(categories, state.category) : null;
  const results = useQuery(SearchPageResultsDocument, {
    variables: { input: searchInput(state, category?.category.id ?? null, defaultCurrency), first: shown },
    skip: Boolean(state.category) && !categories,
    fetchPolicy: 'cache-and-network',
  });

  const current = sortResult(results.data?.searchExperts);
  const previous = sortResult(results.previousData?.searchExperts);
  // While other results load, the previous ones stay on screen, dimmed.
  const connection = current.connection ?? (results.loading ? previous.connection : null);
  const stale = connection !== null && connection !== current.connection;
  // The badges of the experts shown follow their "available now" switch live.
  useLivePresence(connection?.edges.map((edge) => edge.node.expert.id) ?? []);
  const facetsFrom = current.connection ?? previous.connection;
  const facets = facetsFrom?.facets ?? (current.refusal ? null : undefined);
  const { byField } = placeSearchErrors(current.refusal, placedFields);

  const href = (next: SearchState) => {
    const query = writeSearchState(withCurrencyPinned(next, defaultCurrency)).toString();
    return query ? `/search?${query}` : '/search';
  };
  const applyFilters = (next: SearchState) => {
    setParams(writeSearchState(withCurrencyPinned(next, defaultCurrency)), { preventScrollReset: true });
  };
  const replaceQuery = (next: string, base: string) => {
    // The address changed since typing started (back button): it wins.
    if (state.q !== base || state.q === next) return;
    setParams(writeSearchState({ ...state, q: next }), { replace: true, preventScrollReset: true });
  };
  // The next page is appended to the list (apollo.ts), then the address says how many are shown (replacing the entry,
  // so back still leaves the search), which reload, back and forward restore.
  const loadMore = async (after: string) => {
    await results.fetchMore({ variables: { after, first: pageSize } });
    setParams((current) => withShown(current, shown + pageSize), { replace: true, preventScrollReset: true });
  };
  // Only for the results on screen: not while other results load.
  const corrected = current.connection?.correctedQuery ?? null;
  const clearFilters = () => applyFilters({ ...emptySearchState, q: state.q, sort: state.sort, currency: state.currency });

  let body;
  if (state.category && !categories && taxonomy.error) {
    body = <ErrorState title={t('search.loadFailed')} error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />;
  } else if (results.error && !results.data) {
    body = <ErrorState title={t('search.loadFailed')} error={results.error} onRetry={() => void results.refetch()} />;
  } else if (current.refusal) {
    body = (
      <Alert color="red" variant="light" role="alert" title={t('search.invalidTitle')}>
        {current.refusal.fieldErrors.length > 0 ? (
          <List size="sm">
            {current.refusal.fieldErrors.map((error) => (
              <List.Item key={`${error.field}-${error.code}`}>{fieldErrorMessage(error)}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{current.refusal.message}</Text>
        )}
      </Alert>
    );
  } else if (!connection) {
    body = <SearchResultListSkeleton />;
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={state.q ? t('search.empty.titleWithQuery', { query: state.q }) : t('search.empty.title')}>
        <Stack gap="xs" align="center">
          {hasFilters(state) ? (
            <>
              <Text size="sm">{t('search.empty.removeFilters')}</Text>
              <Button variant="light" size="xs" onClick={clearFilters}>
                {t('search.empty.removeAll')}
              </Button>
            </>
          ) : (
            <>
              <Text size="sm">{t('search.empty.otherWords')}</Text>
              <RouterAnchor to="/" size="sm">
                {t('search.empty.browse')}
              </RouterAnchor>
            </>
          )}
        </Stack>
      </EmptyMessage>
    );
  } else {
    body = (
      <Box aria-busy={stale || undefined} style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 150ms' }}>
        <SearchResultList connection={connection} headingLevel={2} onLoadMore={loadMore} />
      </Box>
    );
  }

  return (
    <Stack gap="lg">
      <Title order={1}>{state.q ? t('search.titleWithQuery', { query: state.q }) : t('search.title')}</Title>
      <Grid gap={{ base: 'md', md: 'xl' }}>
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} visibleFrom="md">
          <Box component="aside" aria-label={t('search.filters.title')}>
            <SearchFilters
              state={state}
              defaultCurrency={defaultCurrency}
              categories={categories ?? (taxonomy.error ? null : undefined)}
              facets={facets}
              facetsAreEstimates={facetsFrom?.totalIsEstimate ?? false}
              errors={byField}
              onChange={applyFilters}
              linkTo={href}
            />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="md">
            <form role="search" aria-label={t('search.refineLabel')} onSubmit={(event) => event.preventDefault()}>
              <SearchQueryField q={state.q} onQueryChange={replaceQuery} error={byField.query} />
            </form>
            {/* Phones: the filters open in a drawer; the ones applied are chips that remove them. */}
            <Button hiddenFrom="md" variant="default" onClick={filters.open} leftSection={<FiltersIcon />}>
              {t('search.filters.title')}
            </Button>
            <SearchFiltersDrawer
              opened={filtersOpened}
              onClose={filters.close}
              state={state}
              defaultCurrency={defaultCurrency}
              categories={categories ?? (taxonomy.error ? null : undefined)}
              onApply={applyFilters}
              linkTo={href}
            />
            <ActiveFilterChips state={state} defaultCurrency={defaultCurrency} categories={categories} onChange={applyFilters} />
            <Group justify="space-between" align="flex-end" gap="sm">
              {connection ? (
                <ResultCount count={connection.totalCount} estimate={connection.totalIsEstimate} c={stale ? 'dimmed' : undefined} />
              ) : (
                <span />
              )}
              <SortSelect
                value={state.sort}
                onChange={(sort) => applyFilters({ ...state, sort })}
                currency={currency}
                error={byField.sort}
              />
            </Group>
            {corrected && (
              <Text data-testid="search-corrected">
                <Trans
                  i18nKey="search.showingResultsFor"
                  values={{ query: corrected }}
                  components={{ query: <Anchor component={Link} to={href({ ...state, q: corrected })} fw={700} inherit /> }}
                />
              </Text>
            )}
            {body}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
