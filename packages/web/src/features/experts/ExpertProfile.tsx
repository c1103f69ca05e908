import { Alert, Badge, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ExpertProfile_ExpertFragment, RatingStars_RatingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { RatingSummaryLine } from '../reviews/RatingStars';
import { AvailabilityBadge } from './AvailabilityBadge';
import { CategoryLinks } from '../catalog/CategoryLinks';
import { useDateFormat } from '../identity/use-date-format';
import { countryName } from '../../lib/format';
import { languageList } from '../../lib/language-names';

/**
 * The top of an expert's public profile: who they are, their average rating, whether they can help right now, and what
 * they help with.
 */
export function ExpertProfileHeader({ expert, rating }: { expert: ExpertProfile_ExpertFragment; rating: RatingStars_RatingFragment }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {expert.status === 'SUSPENDED' && (
        <Alert color="orange" variant="light" role="status" title={t('expert.suspendedTitle')}>
          {t('expert.suspendedText')}
        </Alert>
      )}
      {expert.status === 'DELETED' && (
        <Alert color="gray" variant="light" role="status" title={t('expertStatus.DELETED')}>
          {t('expert.deletedText')}
        </Alert>
      )}
      <Group gap="sm" align="center" wrap="wrap">
        <Title order={1}>{expert.displayName}</Title>
        <AvailabilityBadge availableNow={expert.availableNow} size="lg" data-testid="expert-availability" />
      </Group>
      <RatingSummaryLine rating={rating} />
      <Text size="lg" c="dimmed">
        {expert.headline}
      </Text>
    </Stack>
  );
}

/** The facts beside a profile: country, languages, member since, categories and skills. */
export function ExpertFacts({ expert }: { expert: ExpertProfile_ExpertFragment }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const language = currentLanguage();
  return (
    <Paper withBorder radius="md" p="lg" component="aside" aria-label={t('expert.factsLabel')}>
      <Stack gap="md">
        <DataList orientation="vertical">
          <DataList.Item>
            <DataList.ItemLabel>{t('expert.country')}</DataList.ItemLabel>
            <DataList.ItemValue>{countryName(expert.country, language)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('expert.languages')}</DataList.ItemLabel>
            <DataList.ItemValue>{languageList(expert.languages, language)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('expert.memberSince')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={expert.memberSince}>{date(expert.memberSince)}</time>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {expert.categories.length > 0 && (
          <Stack gap={6}>
            <Title order={2} size="h5">
              {t('expert.categories')}
            </Title>
            <CategoryLinks categories={expert.categories} />
          </Stack>
        )}
        {expert.skills.length > 0 && (
          <Stack gap={6}>
            <Title order={2} size="h5">
              {t('expert.skills')}
            </Title>
            <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {expert.skills.map((skill) => (
                <Badge key={skill} component="li" variant="light" tt="none">
                  {skill}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** What the expert wrote about themselves, line breaks kept. */
export function ExpertBio({ expert }: { expert: ExpertProfile_ExpertFragment }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="expert-bio-title">
      <Title order={2} size="h3" id="expert-bio-title">
        {t('expert.about', { name: expert.displayName })}
      </Title>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{expert.bio}</Text>
    </Stack>
  );
}
