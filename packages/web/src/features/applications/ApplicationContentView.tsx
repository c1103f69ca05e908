import { Badge, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ApplicationContentView_ContentFragment } from '@skillcall/schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { CancellationPolicyText } from '../experts/CancellationPolicyText';
import { languageList } from '../../lib/language-names';
import { PriceTag, priceDetailsText } from '../experts/PriceTag';

interface ApplicationContentViewProps {
  content: ApplicationContentView_ContentFragment;
  /** Category names by id, in the language shown. */
  categoryNames: ReadonlyMap<string, string>;
  /** An edit of a published profile: says which offerings are new and which change a published one. */
  isEdit?: boolean;
}

/** Everything an application asks to publish, as a reviewer reads it: the profile, then each offering. */
export function ApplicationContentView({ content, categoryNames, isEdit = false }: ApplicationContentViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const missing = (
    <Text span c="dimmed" fs="italic" inherit>
      {t('admin.application.missing')}
    </Text>
  );
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  const categories = (ids: readonly string[]) =>
    ids.length ? (
      <Group gap={4}>
        {ids.map((id) => (
          <Badge key={id} variant="light" color="gray" tt="none">
            {categoryNames.get(id) ?? id}
          </Badge>
        ))}
      </Group>
    ) : (
      missing
    );

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="review-profile-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="review-profile-title">
            {t('admin.application.profileTitle')}
          </Title>
          <DataList labelWidth={170}>
            {item(t('apply.displayName'), content.displayName || missing)}
            {item(t('apply.headline'), content.headline || missing)}
            {item(t('apply.country'), content.country ? countryName(content.country, language) : missing)}
            {item(t('apply.languages'), content.languages.length ? languageList(content.languages, language) : missing)}
            {item(t('apply.timeZone'), content.timeZone || missing)}
            {item(t('apply.categories'), categories(content.categoryIds))}
            {item(
              t('apply.skills'),
              content.skills.length ? (
                <Group gap={4}>
                  {content.skills.map((skill) => (
                    <Badge key={skill} variant="light" tt="none">
                      {skill}
                    </Badge>
                  ))}
                </Group>
              ) : (
                missing
              ),
            )}
            {item(t('admin.application.adult'), content.adultConfirmed ? t('common.yes') : t('common.no'))}
          </DataList>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('apply.bio')}
            </Text>
            {content.bio ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {content.bio}
              </Text>
            ) : (
              missing
            )}
          </Stack>
        </Stack>
      </Paper>

      <Stack gap="md" component="section" aria-labelledby="review-offerings-title">
        <Title order={2} size="h3" id="review-offerings-title">
          {t('admin.application.offeringsTitle', { count: content.offerings.length })}
        </Title>
        {content.offerings.length === 0 && <Text c="dimmed">{t('admin.application.noOfferings')}</Text>}
        {content.offerings.map((offering, index) => (
          <Paper key={offering.id ?? index} withBorder radius="md" p="lg" component="article" aria-labelledby={`review-offering-${index}`}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-start">
                <Title order={3} size="h4" id={`review-offering-${index}`}>
                  {offering.title || t('apply.offering.legend', { number: index + 1 })}
                </Title>
                <PriceTag price={offering.price} />
              </Group>
              <DataList labelWidth={170}>
                {item(t('apply.offering.category'), categories([offering.categoryId].filter(Boolean)))}
                {item(t('apply.offering.languages'), offering.languages.length ? languageList(offering.languages, language) : missing)}
                {item(t('apply.offering.pricing'), priceDetailsText(offering.price, t, language))}
                {offering.price.model !== 'FREE' &&
                  item(t('apply.offering.policy'), <CancellationPolicyText rule={offering.cancellationPolicy} />)}
                {isEdit &&
                  item(
                    t('admin.application.offeringEdit'),
                    offering.id ? t('admin.application.offeringChanged') : t('admin.application.offeringNew'),
                  )}
              </DataList>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {offering.description}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
