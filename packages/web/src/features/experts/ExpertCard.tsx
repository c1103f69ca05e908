import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { ExpertCard_ExpertFragment } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { countryName } from '../../lib/format';
import { languageList } from '../../lib/language-names';

/** An expert in a list: name (linking to the profile), headline, country and languages. */
export function ExpertCard({ expert, headingLevel = 3 }: { expert: ExpertCard_ExpertFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const titleId = useId();
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={titleId} h="100%">
      <Stack gap={6}>
        <Title order={headingLevel} size="h4" id={titleId}>
          <Anchor component={Link} to={`/experts/${expert.slug}`} inherit>
            {expert.displayName}
          </Anchor>
        </Title>
        <Text size="sm">{expert.headline}</Text>
        <Text size="sm" c="dimmed">
          {t('expert.placeAndLanguages', {
            country: countryName(expert.country, language),
            languages: languageList(expert.languages, language),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
