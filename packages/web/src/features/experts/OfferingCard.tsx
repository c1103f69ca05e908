import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { OfferingCard_OfferingFragment } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { summarize } from '../../lib/document-title';
import { currentLanguage } from '../../lib/i18n';
import { languageList } from '../../lib/language-names';
import { PriceTag } from './PriceTag';

/** An offering on its expert's profile: title (linking to its page), price, languages and cancellation policy. */
export function OfferingCard({ offering, expertSlug }: { offering: OfferingCard_OfferingFragment; expertSlug: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={titleId} h="100%">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={3} size="h4" id={titleId}>
            <Anchor component={Link} to={`/experts/${expertSlug}/${offering.slug}`} inherit>
              {offering.title}
            </Anchor>
          </Title>
          {offering.status !== 'PUBLISHED' && (
            <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
              {t(`offeringStatus.${offering.status}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          {summarize(offering.description, 180)}
        </Text>
        <PriceTag price={offering.price} />
        <Text size="sm">{t('offering.inLanguages', { languages: languageList(offering.languages, language) })}</Text>
        <Text size="sm" c="dimmed">
          {t(`policy.${offering.cancellationPolicy}.short`)}
        </Text>
      </Stack>
    </Card>
  );
}
