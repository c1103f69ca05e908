import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';

/** "Minutes and seconds" left, as 14:05. */
function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** How long the slot stays held for payment: until when (in the viewer's zone) and the time left, every second. */
export function HoldCountdown({ until }: { until: string }) {
  const { t } = useTranslation();
  const { time } = useDateFormat();
  const now = useNow(1000);
  const left = Math.max(0, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));
  return (
    <Text size="sm" fw={600} role="timer" aria-live="off" c={left <= 120 ? 'red.7' : undefined} data-testid="hold-countdown">
      {left > 0 ? t('billing.hold.left', { time: time(until), left: clock(left) }) : t('billing.hold.over', { time: time(until) })}
    </Text>
  );
}
