import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/use-now';

/** Seconds left until `until`, as text and a shrinking bar out of `totalSeconds` (60 s to answer a request). */
export function Countdown({ until, totalSeconds = 60 }: { until: string; totalSeconds?: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = Math.max(0, Math.ceil((new Date(until).getTime() - now.getTime()) / 1000));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} role="timer" aria-live="off" c={left <= 10 ? 'red.7' : undefined}>
        {left > 0 ? t('instant.secondsLeft', { count: left }) : t('instant.timeUp')}
      </Text>
      <Progress value={(left / totalSeconds) * 100} color={left <= 10 ? 'red' : 'blue'} size="sm" aria-hidden />
    </Stack>
  );
}
