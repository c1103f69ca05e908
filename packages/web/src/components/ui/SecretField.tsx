import { Button, CopyButton, Group, TextInput } from '@mantine/core';

/**
 * A secret shown once (an API key, a webhook signing secret, a calendar feed's private address): read-only, selected
 * on focus, with a Copy button. The labels come from each feature (French agrees "copié" with what was copied).
 */
export function SecretField({
  label,
  value,
  copyLabel,
  copiedLabel,
  testId,
  monospace = true,
}: {
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  testId: string;
  monospace?: boolean;
}) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput
        label={label}
        value={value}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: 1 }}
        ff={monospace ? 'monospace' : undefined}
        data-testid={testId}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
            {copied ? copiedLabel : copyLabel}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
