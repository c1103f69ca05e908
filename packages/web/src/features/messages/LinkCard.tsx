import { Anchor, Paper, Stack, Text } from '@mantine/core';
import type { LinkCard_CardFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { priceText } from '../experts/PriceTag';
import { useDateFormat } from '../identity/use-date-format';

/**
 * A Skillcall offering (or one of its slots) a message links to, as the API resolved it: its title, expert, price and
 * the slot's time, opening its page. Nothing when the offering is no longer published (the link stays in the text).
 */
export function LinkCard({ card }: { card: LinkCard_CardFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { dateTime } = useDateFormat();
  const offering = card.offering;
  if (!offering) return null;
  const link = new URL(card.url, window.location.origin);
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="link-card">
      <Stack gap={2}>
        <Anchor component={Link} to={`${link.pathname}${link.search}`} fw={600} size="sm">
          {offering.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {t('messages.linkCard.by', { name: offering.expert.displayName })} · {priceText(offering.price, t, language)}
        </Text>
        {card.slotStartsAt && (
          <Text size="xs">
            <time dateTime={card.slotStartsAt}>{dateTime(card.slotStartsAt)}</time>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
