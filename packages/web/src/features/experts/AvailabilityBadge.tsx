import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Whether the expert can help right now ("Available now", green) or is booked ahead ("By appointment").
 * It takes the flag alone, so a live presence feed can re-render it as experts come and go.
 */
export function AvailabilityBadge({ availableNow, ...props }: BadgeProps & { availableNow: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={availableNow ? 'green' : 'gray'} variant={availableNow ? 'filled' : 'light'} tt="none" {...props}>
      {availableNow ? t('availability.now') : t('availability.schedule')}
    </Badge>
  );
}
