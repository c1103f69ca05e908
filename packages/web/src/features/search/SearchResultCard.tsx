import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { SearchResultCard_HitFragment } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { AvailabilityBadge } from '../experts/AvailabilityBadge';
import { languageList } from '../../lib/language-names';
import { priceText } from '../experts/PriceTag';
import { useTaxNote } from '../tax/use-tax-note';
import { RatingSummaryLine } from '../reviews/RatingStars';
import { HighlightedText, extractEdges } from './HighlightedText';

/** How many offering prices a card shows. */
const shownPrices = 3;

/**
 * One expert found: name and headline with the query's matches marked, average rating (once reviewed), languages, what
 * their offerings cost (the first three), an extract of the bio, availability.
 */
export function SearchResultCard({ hit, headingLevel = 3 }: { hit: SearchResultCard_HitFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const taxNote = useTaxNote();
  const language = currentLanguage();
  const titleId = useId();
  const { expert, highlights } = hit;
  const snippet = extractEdges(highlights.snippet);
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={titleId} data-testid="search-result">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={headingLevel} size="h4" id={titleId}>
            <Anchor component={Link} to={`/experts/${expert.slug}`} inherit>
              <HighlightedText segments={highlights.displayName} />
            </Anchor>
          </Title>
          {/* The expert's own flag, not the hit's: live presence events update the cached Expert. */}
          <AvailabilityBadge availableNow={expert.availableNow} style={{ flexShrink: 0 }} data-testid="search-result-availability" />
        </Group>
        <RatingSummaryLine rating={expert.rating} />
        <Text size="sm" fw={500}>
          <HighlightedText segments={highlights.headline} />
        </Text>
        <Text size="sm" c="dimmed">
          {t('expert.placeAndLanguages', {
            country: countryName(expert.country, language),
            languages: languageList(expert.languages, language),
          })}
        </Text>
        {expert.offerings.length > 0 && (
          <Group gap={6} data-testid="search-result-prices">
            {expert.offerings.slice(0, shownPrices).map((offering) => (
              <Badge key={offering.id} variant="light" color="gray" tt="none" fw={500}>
                {priceText(offering.price, t, language)}
              </Badge>
            ))}
            {taxNote && expert.offerings.some((offering) => offering.price.model !== 'FREE') && (
              <Text size="xs" c="dimmed">
                {taxNote}
              </Text>
            )}
            {expert.offerings.length > shownPrices && (
              <Text size="xs" c="dimmed">
                {t('search.morePrices', { count: expert.offerings.length - shownPrices })}
              </Text>
            )}
          </Group>
        )}
        {highlights.snippet.length > 0 && (
          <Text size="sm" lineClamp={3}>
            {snippet.cutStart && '…'}
            <HighlightedText segments={highlights.snippet} />
            {snippet.cutEnd && '…'}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
