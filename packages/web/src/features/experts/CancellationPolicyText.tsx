import { Stack, Text } from '@mantine/core';
import type { CancellationPolicy } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

/**
 * The policy's name ("Flexible cancellation") and what it means in plain words, with the hour of grace after booking
 * every policy gives. A free session has nothing to refund: cancelling it costs nothing whatever the policy.
 */
export function CancellationPolicyText({ policy, free }: { policy: CancellationPolicy; free: boolean }) {
  const { t } = useTranslation();
  if (free) {
    return (
      <Stack gap={2}>
        <Text fw={600}>{t('policy.free.short')}</Text>
        <Text size="sm">{t('policy.free.description')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      <Text fw={600}>{t(`policy.${policy}.short`)}</Text>
      <Text size="sm">{t(`policy.${policy}.description`)}</Text>
      <Text size="sm" c="dimmed">
        {t('policy.grace')}
      </Text>
    </Stack>
  );
}
