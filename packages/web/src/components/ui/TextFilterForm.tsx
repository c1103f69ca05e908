import { Button, Group, TextInput, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface TextFilterFormProps {
  /** The text filtering now (from the URL); the field starts again from it whenever it changes. */
  value: string;
  /** Called with the field's trimmed text when the form is submitted. */
  onSubmit: (value: string) => void;
  /** The field: its form name, input type, visible label, placeholder and width. */
  field: { name: string; type: 'search' | 'email'; label: string; placeholder: string; width: number };
  submitLabel: string;
  /** The form's accessible name, when the page has several search forms. */
  ariaLabel?: string;
  gap: MantineSpacing;
  /** Controls after the submit button: other filters, "clear". */
  children?: ReactNode;
}

/** A search form around one text field, applied on submit (not on each keystroke), with room for more controls. */
export function TextFilterForm({ value, onSubmit, field, submitLabel, ariaLabel, gap, children }: TextFilterFormProps) {
  return (
    <form
      role="search"
      aria-label={ariaLabel}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(String(new FormData(event.currentTarget).get(field.name) ?? '').trim());
      }}
    >
      <Group align="flex-end" gap={gap} wrap="wrap">
        <TextInput
          key={value}
          name={field.name}
          type={field.type}
          label={field.label}
          placeholder={field.placeholder}
          defaultValue={value}
          w={field.width}
        />
        <Button type="submit" variant="default">
          {submitLabel}
        </Button>
        {children}
      </Group>
    </form>
  );
}
