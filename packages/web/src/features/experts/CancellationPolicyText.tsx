import { Stack, Text } from '@mantine/core';
import type { CancellationPolicy } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

/** The policy's name ("Flexible cancellation") and what it means in plain words. */
export function CancellationPolicyText({ policy }: { policy: CancellationPolicy }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text fw={600}>{t(`policy.${policy}.short`)}</Text>
      <Text size="sm">{t(`policy.${policy}.description`)}</Text>
    </Stack>
  );
}
