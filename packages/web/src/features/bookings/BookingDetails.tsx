import { Alert, Anchor, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { BookingDetails_BookingFragment } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assertNever } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { currentLanguage, type Language } from '../../lib/i18n';
import { CancellationPolicyText, offeringRule } from '../experts/CancellationPolicyText';
import { withTaxNote } from '../experts/PriceTag';
import { useTaxNote } from '../tax/use-tax-note';
import { useDateFormat } from '../identity/use-date-format';
import { BookingStatusBadge } from './BookingStatusBadge';

/** The price as booked: "€30.00", "€0.80 / min", "Free". */
function bookedPrice(booking: BookingDetails_BookingFragment, t: TFunction, language: Language): string {
  const amount = booking.price ? formatMoney(booking.price, language) : '';
  switch (booking.priceModel) {
    case 'FREE':
      return t('priceModel.FREE.name');
    case 'PER_SESSION':
      return amount;
    case 'PER_MINUTE':
      return t('price.perMinute', { amount });
    default:
      return assertNever(booking.priceModel);
  }
}

/** The status explained: the payment hold and its end, who cancelled and why, and so on. */
export function BookingStatusText({ booking }: { booking: BookingDetails_BookingFragment }) {
  const { t } = useTranslation();
  const { time, dateTime } = useDateFormat();
  switch (booking.status) {
    case 'PENDING_PAYMENT':
      return (
        <Alert
          color="orange"
          variant="light"
          title={t('booking.pending.title', { time: booking.holdExpiresAt ? time(booking.holdExpiresAt) : '' })}
        >
          {t('booking.pending.text')}
        </Alert>
      );
    case 'CONFIRMED':
      return <Text size="sm">{t('booking.statusText.CONFIRMED')}</Text>;
    case 'CANCELLED':
      return (
        <Alert color="gray" variant="light" title={t(`booking.cancelledBy.${booking.cancelledBy ?? 'SYSTEM'}`)}>
          <Stack gap={4}>
            {booking.cancelReason && <Text size="sm">{t('booking.cancelReason', { reason: booking.cancelReason })}</Text>}
            {booking.priceModel !== 'FREE' && booking.refundPercent !== null && booking.refundPercent !== undefined && (
              <Text size="sm">{t('booking.refunded', { percent: booking.refundPercent })}</Text>
            )}
          </Stack>
        </Alert>
      );
    case 'EXPIRED':
      return <Text size="sm">{t('booking.statusText.EXPIRED')}</Text>;
    case 'IN_SESSION':
    case 'COMPLETED':
    case 'NO_SHOW':
      return <Text size="sm">{t(`booking.statusText.${booking.status}`, { date: dateTime(booking.endsAt) })}</Text>;
    default:
      return assertNever(booking.status);
  }
}

/** Everything about a booking: what, with whom, when (in the viewer's zone), price and cancellation policy. */
export function BookingDetails({ booking }: { booking: BookingDetails_BookingFragment }) {
  const { t } = useTranslation();
  const taxNote = useTaxNote();
  const language = currentLanguage();
  const { timeRange, dateTime, zoneLabel } = useDateFormat();
  const { offering, expert } = booking;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1}>
            {offering && expert ? (
              <Anchor component={Link} to={`/experts/${expert.slug}/${offering.slug}`} inherit>
                {offering.title}
              </Anchor>
            ) : (
              (offering?.title ?? t('bookings.offeringGone'))
            )}
          </Title>
          <BookingStatusBadge status={booking.status} size="lg" />
        </Group>
        <BookingStatusText booking={booking} />
      </Stack>
      <Paper withBorder radius="md" p="lg">
        <DataList labelWidth={160}>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.when')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="booking-when">
              <time dateTime={booking.startsAt}>{timeRange(booking.startsAt, booking.endsAt)}</time>{' '}
              <Text span size="sm" c="dimmed">
                ({zoneLabel()})
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.expert')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {expert ? (
                <Anchor component={Link} to={`/experts/${expert.slug}`}>
                  {expert.displayName}
                </Anchor>
              ) : (
                t('bookings.deletedAccount')
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.client')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {booking.user && !booking.user.deleted ? booking.user.displayName : t('bookings.deletedAccount')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.price')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {withTaxNote(bookedPrice(booking, t, language), booking.priceModel !== 'FREE', taxNote)}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.policy')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <CancellationPolicyText
                rule={booking.changeTerms?.rule ?? offeringRule(booking.cancellationPolicy, booking.priceModel === 'FREE')}
              />
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.source')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`booking.sourceName.${booking.source}`)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('booking.bookedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={booking.createdAt}>{dateTime(booking.createdAt)}</time>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Paper>
    </Stack>
  );
}
