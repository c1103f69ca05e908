import { Badge, type BadgeProps } from '@mantine/core';
import type { BookingStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

const colors: Record<BookingStatus, string> = {
  PENDING_PAYMENT: 'orange',
  CONFIRMED: 'teal',
  IN_SESSION: 'blue',
  COMPLETED: 'gray',
  CANCELLED: 'red',
  EXPIRED: 'gray',
  NO_SHOW: 'red',
};

/** Where a booking stands: "Awaiting payment", "Confirmed", "Cancelled"… */
export function BookingStatusBadge({ status, ...props }: BadgeProps & { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" tt="none" data-testid="booking-status" {...props}>
      {t(`bookingStatus.${status}`)}
    </Badge>
  );
}
