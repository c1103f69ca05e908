import { useQuery } from '@apollo/client/react';
import { Alert, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CategoryPageDocument, CategoryPageExpertsDocument, type CategoryPageExpertsQuery } from '@skillcall/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { NotFoundState } from '../components/ui/NotFoundState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { CategoryHeader } from '../features/catalog/CategoryHeader';
import { categoryName } from '../lib/category-name';
import { useViewer } from '../features/identity/use-viewer';
import { useLivePresence } from '../features/instant/use-live-presence';
import { CurrencySelect } from '../features/search/CurrencySelect';
import { ResultCount } from '../features/search/ResultCount';
import { SearchResultList, SearchResultListSkeleton } from '../features/search/SearchResultList';
import { SortSelect } from '../features/search/SortSelect';
import { placeSearchErrors } from '../features/search/search-errors';
import { emptySearchState, readSearchState, searchInput, withCurrencyPinned, writeSearchState } from '../features/search/search-state';
import { useDocumentTitle } from '../lib/document-title';
import { assertNever } from '../lib/errors';
import { fieldErrorMessage } from '../lib/field-errors';
import { currentLanguage } from '../lib/i18n';
import { localeCurrency } from '../lib/iso-codes';

const pageSize = 20;

type Result = CategoryPageExpertsQuery['searchExperts'];

/**
 * `/categories/:slug?sort=price&currency=EUR`: the category, its sub-categories, and the experts who help in it or
 * in a sub-category, found by the search engine (the same cards as /search), in the order chosen, a page at a time.
 */
export function CategoryRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const language = currentLanguage();
  const defaultCurrency = useMemo(() => localeCurrency(language), [language]);
  // Only the order comes from the address here; the category is the page's.
  const { sort, currency: chosenCurrency } = useMemo(() => readSearchState(params), [params]);
  const order = { ...emptySearchState, sort, currency: chosenCurrency };
  const currency = chosenCurrency ?? defaultCurrency;
  const { data, error, refetch } = useQuery(CategoryPageDocument, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const category = data?.category;
  const experts = useQuery(CategoryPageExpertsDocument, {
    variables: { input: searchInput(order, category?.id ?? null, defaultCurrency), first: pageSize },
    skip: !category,
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(category ? categoryName(category, language) : data ? t('catalog.notFoundTitle') : t('common.loading'));
  const shown = experts.data?.searchExperts;
  // The badges of the experts shown follow their "available now" switch live.
  useLivePresence(shown?.__typename === 'ExpertSearchConnection' ? shown.edges.map((edge) => edge.node.expert.id) : []);

  if (error && !data) return <ErrorState title={t('catalog.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={16} width="70%" />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Skeleton height={120} />
          <Skeleton height={120} />
          <Skeleton height={120} />
        </SimpleGrid>
      </Stack>
    );
  }
  if (!category) {
    return (
      <NotFoundState
        title={t('catalog.notFoundTitle')}
        text={t('catalog.notFoundText', { slug })}
        action={<RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>}
      />
    );
  }

  const setOrder = (next: typeof order) =>
    setParams(writeSearchState(withCurrencyPinned(next, defaultCurrency)), { preventScrollReset: true });
  const result: Result | undefined = (experts.data ?? (experts.loading ? experts.previousData : undefined))?.searchExperts;
  const stale = !experts.data && result !== undefined;

  let list;
  let count: { total: number; estimate: boolean } | null = null;
  let errors: Partial<Record<string, string>> = {};
  if (experts.error && !experts.data) {
    list = <ErrorState title={t('catalog.expertsLoadFailed')} error={experts.error} onRetry={() => void experts.refetch()} />;
  } else if (!result) {
    list = <SearchResultListSkeleton cards={3} />;
  } else {
    switch (result.__typename) {
      case 'ExpertSearchConnection':
        count = { total: result.totalCount, estimate: result.totalIsEstimate };
        list =
          result.edges.length === 0 ? (
            <EmptyMessage title={t('catalog.noExperts')}>
              <Stack gap="xs" align="center">
                <Text size="sm">{t('catalog.noExpertsHint')}</Text>
                <RouterAnchor
                  to={viewer ? '/become-an-expert' : `/sign-up?${new URLSearchParams({ next: '/become-an-expert' }).toString()}`}
                >
                  {t('catalog.becomeExpert')}
                </RouterAnchor>
              </Stack>
            </EmptyMessage>
          ) : (
            <div aria-busy={stale || undefined} style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 150ms' }}>
              <SearchResultList connection={result} onLoadMore={(after) => experts.fetchMore({ variables: { after } })} />
            </div>
          );
        break;
      case 'InvalidInputError': {
        const placed = placeSearchErrors(result, ['sort', 'currency']);
        errors = placed.byField;
        list =
          placed.unplaced.length > 0 ? (
            <Alert color="red" variant="light" role="alert" title={t('catalog.expertsLoadFailed')}>
              {placed.unplaced.map(fieldErrorMessage).join(' ')}
            </Alert>
          ) : null;
        break;
      }
      default:
        assertNever(result);
    }
  }

  return (
    <Stack gap="xl">
      <CategoryHeader category={category} />
      <Stack gap="md" component="section" aria-labelledby="experts-title">
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Title order={2} size="h3" id="experts-title">
              {t('catalog.experts')}
            </Title>
            {count !== null && <ResultCount count={count.total} estimate={count.estimate} fw={400} c="dimmed" size="sm" />}
          </Stack>
          <Group gap="xs" align="flex-start">
            <SortSelect value={sort} onChange={(next) => setOrder({ ...order, sort: next })} currency={currency} error={errors.sort} />
            {sort === 'PRICE' && (
              <CurrencySelect
                label={t('search.filters.currency')}
                value={currency}
                onChange={(next) => setOrder({ ...order, currency: next })}
                error={errors.currency}
              />
            )}
          </Group>
        </Group>
        {list}
      </Stack>
      <RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>
    </Stack>
  );
}
