import { Button, CopyButton, Group, TextInput } from '@mantine/core';

/** A secret shown once (an API key, a webhook signing secret): read-only, selected on focus, with a Copy button. */
export function SecretField({ label, value, copyLabel, copiedLabel, testId }: { label: string; value: string; copyLabel: string; copiedLabel: string; testId: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-end">
      <TextInput label={label} value={value} readOnly onFocus={(event) => event.currentTarget.select()} style={{ flex: 1 }} ff="monospace" data-testid={testId} />
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
