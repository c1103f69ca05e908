import { Stack, Text } from '@mantine/core';
import type { CancellationPolicy, CancellationRule } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

/** The rule of an offering not booked yet: a free one has nothing to refund, whatever its paid policy says. */
export function offeringRule(policy: CancellationPolicy, free: boolean): CancellationRule {
  return free ? 'FREE' : policy;
}

/**
 * The rule's name ("Flexible cancellation") and what it means in plain words; the paid policies add the hour of grace
 * after booking. A booking's rule comes from the API (`changeTerms.rule`): free sessions and per-minute help now
 * replace the paid policy.
 */
export function CancellationPolicyText({ rule }: { rule: CancellationRule }) {
  const { t } = useTranslation();
  const paid = rule !== 'FREE' && rule !== 'CONNECTED_MINUTES';
  return (
    <Stack gap={2}>
      <Text fw={600}>{t(`policy.${rule}.short`)}</Text>
      <Text size="sm">{t(`policy.${rule}.description`)}</Text>
      {paid && (
        <Text size="sm" c="dimmed">
          {t('policy.grace')}
        </Text>
      )}
    </Stack>
  );
}
