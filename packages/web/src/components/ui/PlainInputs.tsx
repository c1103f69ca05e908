/**
 * Mantine's TextInput and NativeSelect (size sm, default variant) as plain elements, for the header every page shows
 * first: the same markup and classes and Mantine's own Input style sheet, so they look and measure the same (and the
 * Mantine input that replaces the search box once used shifts nothing), without Mantine's input machinery
 * (InputWrapper, use-input-props, the Combobox's chevron and styles), which was 4–5 kB of every first download.
 * Hand-written because Mantine has no lighter input; `plain-inputs.test.ts` renders each beside Mantine's and fails
 * when an upgrade changes Mantine's markup. Pages use Mantine's inputs.
 */
import '@mantine/core/styles/Input.layer.css';
import type { ComponentPropsWithRef, CSSProperties } from 'react';
import classes from './PlainInputs.module.css';

const inputVars = { '--input-height': 'var(--input-height-sm)', '--input-fz': 'var(--mantine-font-size-sm)' } as CSSProperties;

/** Mantine's `<TextInput radius="xl">`, without a label: give it an `aria-label`. */
export function PlainTextInput(props: Omit<ComponentPropsWithRef<'input'>, 'className' | 'style'>) {
  return (
    <div className="m_46b77525 mantine-InputWrapper-root mantine-TextInput-root" data-size="sm">
      <div
        style={{ ...inputVars, '--input-radius': 'var(--mantine-radius-xl)' } as CSSProperties}
        className="m_6c018570 mantine-Input-wrapper mantine-TextInput-wrapper"
        data-variant="default"
        data-size="sm"
      >
        <input className="m_8fb7ebe7 mantine-Input-input mantine-TextInput-input" data-variant="default" {...props} />
      </div>
    </div>
  );
}

interface PlainSelectProps extends Omit<ComponentPropsWithRef<'select'>, 'className' | 'style' | 'children'> {
  data: readonly { value: string; label: string }[];
  /** On the outer element, as Mantine's `className` (a width, say). */
  className?: string;
}

/** Mantine's `<NativeSelect>`, without a label: give it an `aria-label`. */
export function PlainSelect({ data, className, ...props }: PlainSelectProps) {
  return (
    <div className={`m_46b77525 mantine-InputWrapper-root mantine-NativeSelect-root${className ? ` ${className}` : ''}`} data-size="sm">
      <div
        style={{ ...inputVars, '--input-right-section-pointer-events': 'none' } as CSSProperties}
        className="m_6c018570 mantine-Input-wrapper mantine-NativeSelect-wrapper"
        data-variant="default"
        data-size="sm"
        data-pointer="true"
        data-with-right-section="true"
      >
        <select className="m_8fb7ebe7 mantine-Input-input mantine-NativeSelect-input" data-variant="default" {...props}>
          {data.map((item) => (
            <option key={item.value} value={item.value}>
              {item.label}
            </option>
          ))}
        </select>
        <div data-position="right" className="m_82577fc2 mantine-Input-section mantine-NativeSelect-section">
          <svg className={classes.chevron} viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
            <path
              d="M4.93179 5.43179C4.75605 5.60753 4.75605 5.89245 4.93179 6.06819C5.10753 6.24392 5.39245 6.24392 5.56819 6.06819L7.49999 4.13638L9.43179 6.06819C9.60753 6.24392 9.89245 6.24392 10.0682 6.06819C10.2439 5.89245 10.2439 5.60753 10.0682 5.43179L7.81819 3.18179C7.73379 3.0974 7.61933 3.04999 7.49999 3.04999C7.38064 3.04999 7.26618 3.0974 7.18179 3.18179L4.93179 5.43179ZM10.0682 9.56819C10.2439 9.39245 10.2439 9.10753 10.0682 8.93179C9.89245 8.75606 9.60753 8.75606 9.43179 8.93179L7.49999 10.8636L5.56819 8.93179C5.39245 8.75606 5.10753 8.75606 4.93179 8.93179C4.75605 9.10753 4.75605 9.39245 4.93179 9.56819L7.18179 11.8182C7.35753 11.9939 7.64245 11.9939 7.81819 11.8182L10.0682 9.56819Z"
              fill="currentColor"
              fillRule="evenodd"
              clipRule="evenodd"
            />
          </svg>
        </div>
      </div>
    </div>
  );
}
