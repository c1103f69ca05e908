import { useQuery } from '@apollo/client/react';
import { Combobox, Loader, Text, TextInput, useCombobox, useMatches } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import {
  SearchPageDocument,
  HeaderSearchSuggestionsDocument,
  HeaderSearchTypoTolerantDocument,
  type HeaderSearch_SuggestionFragment,
  type HeaderSearchTypoTolerantQuery,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { matchingCategories } from './category-suggestions';
import { assertNever } from '../../lib/errors';
import { maxQueryLength } from './search-limits';

/** Suggestions start from this many characters typed. */
const minPrefixLength = 2;
const suggestionCount = 6;
/** The option that runs the search itself (slugs never start with a colon). */
const searchOption = ':search';
/** Categories' options: this prefix, then the category's slug. */
const categoryOption = ':category:';
const categoryCount = 3;

/** The experts the typo-tolerant search found, as suggestions (none when the input was refused). */
function typoTolerantSuggestions(result: HeaderSearchTypoTolerantQuery['searchExperts'] | undefined): HeaderSearch_SuggestionFragment[] {
  if (!result) return [];
  switch (result.__typename) {
    case 'ExpertSearchConnection':
      return result.edges.map(({ node: { expert } }) => ({ ...expert, __typename: 'SearchSuggestion' }));
    case 'InvalidInputError':
      return [];
    default:
      return assertNever(result);
  }
}

export interface HeaderSearchComboboxProps {
  className?: string;
  /** What the box holds (HeaderSearch keeps it, so the text typed before this component loaded stays). */
  value: string;
  setValue: (value: string) => void;
  /** Focus the box once shown: the visitor was in the plain box it replaces. */
  autoFocus: boolean;
}

/**
 * The header's search box with its suggestions: categories and experts are suggested while typing (arrow keys to
 * move, Enter to open one), and Enter on the text itself searches it at /search?q=… Loaded by HeaderSearch when
 * the box is first used.
 */
export function HeaderSearchCombobox({ className, value, setValue, autoFocus }: HeaderSearchComboboxProps) {
  const { t } = useTranslation();
  // The full question does not fit the header of a phone.
  const placeholder = useMatches({ base: t('headerSearch.placeholderShort'), sm: t('headerSearch.placeholder') });
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const typed = value.trim();
  const [prefix] = useDebouncedValue(typed, 200);
  // Asked only while the list can show (the box is being used), not for the text a results page put in it.
  const enabled = prefix.length >= minPrefixLength && combobox.dropdownOpened;
  const suggestionsQuery = useQuery(HeaderSearchSuggestionsDocument, {
    variables: { prefix, limit: suggestionCount },
    skip: !enabled,
  });
  const byPrefix = suggestionsQuery.data?.searchSuggestions;
  // Nobody's name or headline starts with a misspelt word ("guitre"): ask the search, which forgives typos.
  const typoQuery = useQuery(HeaderSearchTypoTolerantDocument, {
    variables: { query: prefix, first: suggestionCount },
    skip: !enabled || byPrefix === undefined || byPrefix.length > 0,
    // A few results only: cached, they would replace the search page's list for the same words (apollo.ts).
    fetchPolicy: 'no-cache',
  });

  const loading = suggestionsQuery.loading || typoQuery.loading;
  const previous = suggestionsQuery.previousData?.searchSuggestions ?? [];
  const suggestions =
    byPrefix === undefined
      ? previous
      : byPrefix.length > 0
        ? byPrefix
        : typoTolerantSuggestions((typoQuery.data ?? typoQuery.previousData)?.searchExperts);
  const showSuggestions = typed.length >= minPrefixLength && suggestions.length > 0;
  // The taxonomy is small and cached (the search page asks for it too): matched here, as the user types.
  const taxonomy = useQuery(SearchPageDocument, { skip: !enabled }).data?.categories ?? [];
  const categories = typed.length >= minPrefixLength ? matchingCategories(taxonomy, typed, currentLanguage(), categoryCount) : [];

  const search = (text: string) => {
    combobox.closeDropdown();
    void navigate(text ? `/search?${new URLSearchParams({ q: text }).toString()}` : '/search');
  };

  return (
    <form
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        search(typed);
      }}
    >
      <Combobox
        store={combobox}
        onOptionSubmit={(option) => {
          if (option === searchOption) return search(typed);
          combobox.closeDropdown();
          setValue('');
          void navigate(option.startsWith(categoryOption) ? `/categories/${option.slice(categoryOption.length)}` : `/experts/${option}`);
        }}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            name="q"
            aria-label={t('headerSearch.label')}
            placeholder={placeholder}
            enterKeyHint="search"
            maxLength={maxQueryLength}
            radius="xl"
            // The visitor was typing in the plain box this one replaces: the caret moves here.
            autoFocus={autoFocus}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              combobox.openDropdown();
              combobox.resetSelectedOption();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            rightSection={loading && enabled ? <Loader size={16} aria-hidden /> : null}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={typed.length < minPrefixLength}>
          <Combobox.Options aria-label={t('search.suggestions.label')}>
            {categories.length > 0 && (
              <Combobox.Group label={t('search.suggestions.categories')}>
                {categories.map((category) => (
                  <Combobox.Option key={category.slug} value={`${categoryOption}${category.slug}`}>
                    <Text size="sm" fw={600}>
                      {category.name}
                    </Text>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            )}
            {showSuggestions && (
              <Combobox.Group label={t('search.suggestions.experts')}>
                {suggestions.map((suggestion) => (
                  <Combobox.Option key={suggestion.id} value={suggestion.slug}>
                    <Text size="sm" fw={600} lh={1.3}>
                      {suggestion.displayName}
                    </Text>
                    <Text size="xs" c="dimmed" truncate="end">
                      {suggestion.headline}
                    </Text>
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            )}
            <Combobox.Option value={searchOption}>
              <Text size="sm">{t('search.suggestions.searchFor', { query: typed })}</Text>
            </Combobox.Option>
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
    </form>
  );
}
