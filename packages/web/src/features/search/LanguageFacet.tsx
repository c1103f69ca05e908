import { Stack, Text } from '@mantine/core';
import type { LanguageFacet_FacetFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { languageLabel } from '../../lib/language-names';
import { FacetLink } from './FacetLink';

interface LanguageFacetProps {
  /** Matching experts per language; null when not known (the search was refused). */
  facets: readonly LanguageFacet_FacetFragment[] | null;
  /** Whether those counts are estimates (a search with more than 1,000 matches). */
  approximate: boolean;
  /** The chosen language (ISO 639). */
  selected: string | null;
  /** The search's address with this language chosen (null: any language). */
  linkTo: (language: string | null) => string;
}

/**
 * The languages the matching experts speak, by name, with how many speak each. Once one is chosen, only it and the
 * way back to every language are shown: the other counts would be of experts who speak both.
 */
export function LanguageFacet({ facets, approximate, selected, linkTo }: LanguageFacetProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (selected) {
    const count = facets?.find((facet) => facet.language === selected)?.count;
    return (
      <Stack gap={2}>
        <FacetLink label={t('search.filters.anyLanguage')} to={linkTo(null)} />
        <FacetLink label={languageLabel(selected, language)} count={count} approximate={approximate} to={linkTo(selected)} active indent />
      </Stack>
    );
  }
  if (!facets || facets.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {facets ? t('search.filters.noLanguage') : t('search.filters.countsWithResults')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {facets.map((facet) => (
        <FacetLink
          key={facet.language}
          label={languageLabel(facet.language, language)}
          count={facet.count}
          approximate={approximate}
          to={linkTo(facet.language)}
        />
      ))}
    </Stack>
  );
}
