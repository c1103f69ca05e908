import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { OfferingDetails_OfferingFragment, RatingStars_RatingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';
import { RatingSummaryLine } from '../reviews/RatingStars';
import { CancellationPolicyText, offeringRule } from './CancellationPolicyText';
import { languageList } from '../../lib/language-names';
import { PriceTag, priceDetailsText } from './PriceTag';
import { useTaxNote } from '../tax/use-tax-note';

/** The offering's title, average rating, category and languages. */
export function OfferingHeader({ offering, rating }: { offering: OfferingDetails_OfferingFragment; rating: RatingStars_RatingFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Stack gap="xs">
      {offering.status !== 'PUBLISHED' && (
        <Alert color="orange" variant="light" role="status" title={t(`offeringStatus.${offering.status}`)}>
          {t('offering.hiddenText')}
        </Alert>
      )}
      <Title order={1}>{offering.title}</Title>
      <RatingSummaryLine rating={rating} />
      <Group gap="lg" wrap="wrap">
        {offering.category && (
          <Text size="sm">
            {t('offering.category')}{' '}
            <Anchor component={Link} to={`/categories/${offering.category.slug}`} inherit>
              {categoryName(offering.category, language)}
            </Anchor>
          </Text>
        )}
        <Text size="sm">{t('offering.inLanguages', { languages: languageList(offering.languages, language) })}</Text>
      </Group>
    </Stack>
  );
}

/** What the session covers. */
export function OfferingDescription({ offering }: { offering: OfferingDetails_OfferingFragment }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="offering-description-title">
      <Title order={2} size="h3" id="offering-description-title">
        {t('offering.descriptionTitle')}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{offering.description}</Text>
    </Stack>
  );
}

/** Price and cancellation policy, explained. */
export function OfferingTerms({ offering }: { offering: OfferingDetails_OfferingFragment }) {
  const { t } = useTranslation();
  const taxNote = useTaxNote();
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Stack gap={4} component="section" aria-labelledby="offering-price-title">
          <Title order={2} size="h4" id="offering-price-title">
            {t('offering.priceTitle')}
          </Title>
          <PriceTag price={offering.price} size="xl" />
          <Text size="sm">{priceDetailsText(offering.price, t, currentLanguage(), taxNote)}</Text>
        </Stack>
        <Stack gap={4} component="section" aria-labelledby="offering-policy-title">
          <Title order={2} size="h4" id="offering-policy-title">
            {t('offering.policyTitle')}
          </Title>
          <CancellationPolicyText rule={offeringRule(offering.cancellationPolicy, offering.price.model === 'FREE')} />
        </Stack>
      </Stack>
    </Paper>
  );
}
