import { Textarea, type TextareaProps } from '@mantine/core';
import { CharacterCount } from './CharacterCount';

interface CountedTextareaProps extends TextareaProps {
  /** The text whose characters are counted (the field's value). */
  text: string;
  /** The most characters the API accepts; the count turns red past it. */
  max: number;
}

/** A required, growing textarea of the application with "132 / 4,000 characters" under it. */
export function CountedTextarea({ text, max, ...textarea }: CountedTextareaProps) {
  return (
    <div>
      <Textarea autosize required {...textarea} />
      <CharacterCount value={text} max={max} />
    </div>
  );
}
