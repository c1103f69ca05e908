/**
 * Mantine's `<ActionIcon variant="subtle" color="gray" size="xl">` as a plain button, for the header every page shows
 * first: the same markup and classes and Mantine's own style sheets, without ActionIcon's code (its loading state
 * brings Mantine's Loader and Transition). Hand-written for the reason PlainInputs.tsx is; `plain-inputs.test.ts`
 * renders it beside Mantine's and fails when an upgrade changes Mantine's markup.
 */
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/ActionIcon.layer.css';
import type { ComponentPropsWithRef, CSSProperties } from 'react';

const vars = {
  '--ai-size': 'var(--ai-size-xl)',
  '--ai-bg': 'transparent',
  '--ai-hover': 'var(--mantine-color-gray-light-hover)',
  '--ai-color': 'var(--mantine-color-gray-light-color)',
  '--ai-bd': 'calc(0.0625rem * var(--mantine-scale)) solid transparent',
} as CSSProperties;

export function PlainIconButton({ className, children, ...props }: Omit<ComponentPropsWithRef<'button'>, 'style' | 'type'>) {
  return (
    <button
      style={vars}
      className={`mantine-focus-auto mantine-active${className ? ` ${className}` : ''} m_8d3f4000 mantine-ActionIcon-root m_87cf2631 mantine-UnstyledButton-root`}
      data-variant="subtle"
      data-size="xl"
      type="button"
      {...props}
    >
      <span className="m_8d3afb97 mantine-ActionIcon-icon">{children}</span>
    </button>
  );
}
