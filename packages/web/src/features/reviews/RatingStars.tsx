import { Group, Rating, Text, type MantineSize } from '@mantine/core';
import type { RatingStars_RatingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';

/** An average to one decimal in the language shown: "4.5", "4,5". */
export function formatAverage(average: number): string {
  return new Intl.NumberFormat(currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}

/** Read-only stars, read out as one image ("Rated 4.5 out of 5"). */
export function Stars({ value, size = 'sm' }: { value: number; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Rating
      value={value}
      fractions={2}
      readOnly
      size={size}
      role="img"
      aria-label={t('reviews.starsLabel', { value: formatAverage(value) })}
      style={{ flexShrink: 0 }}
    />
  );
}

/** The average with its stars and "N reviews", beside a name; nothing without reviews (the list says so). */
export function RatingSummaryLine({ rating, size = 'sm' }: { rating: RatingStars_RatingFragment; size?: MantineSize }) {
  const { t } = useTranslation();
  if (rating.count === 0 || rating.average === null || rating.average === undefined) return null;
  return (
    <Group gap={6} align="center" wrap="nowrap" data-testid="rating-summary">
      <Stars value={rating.average} size={size} />
      <Text size="sm" fw={600} data-testid="rating-average">
        {formatAverage(rating.average)}
      </Text>
      <Text size="sm" c="dimmed" data-testid="rating-count">
        {t('reviews.count', { count: rating.count })}
      </Text>
    </Group>
  );
}
