/**
 * Every colour pair the theme hands out reaches WCAG AA for text (4.5:1), read from the CSS variables Mantine emits
 * with this theme: filled buttons, badges and alerts with their automatic text colour, light and outline variants,
 * coloured text, links, dimmed text and errors, on white and on the page's grey.
 */
import { DEFAULT_THEME, defaultCssVariablesResolver, defaultVariantColorsResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './lib/contrast';
import { cssVariablesResolver, theme } from './theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);
const defaults = defaultCssVariablesResolver(merged);
const ours = cssVariablesResolver(merged);
const variables: Record<string, string> = { ...defaults.variables, ...defaults.light, ...ours.variables, ...ours.light };

/** A CSS value with its `var(--…)` references followed to a colour. */
function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!reference) return value;
  const next = variables[reference[1]!];
  if (next === undefined) throw new Error(`${reference[1]} is not defined`);
  return resolve(next);
}

const white = merged.white;
const pageGrey = merged.colors.gray[0];
const paletteColors = Object.keys(merged.colors).filter((name) => name !== 'dark');
const ratio = (foreground: string, background: string) => Number(contrastRatio(resolve(foreground), resolve(background)).toFixed(2));

describe('the theme’s contrast', () => {
  it.each(paletteColors)('%s: filled, with its automatic text colour', (color) => {
    const { background, color: text } = defaultVariantColorsResolver({ color, theme: merged, variant: 'filled' });
    expect(ratio(text!, background!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(paletteColors)('%s: light variant, outline and coloured text', (color) => {
    const light = defaultVariantColorsResolver({ color, theme: merged, variant: 'light' });
    expect(ratio(light.color!, light.background!)).toBeGreaterThanOrEqual(4.5);
    const outline = defaultVariantColorsResolver({ color, theme: merged, variant: 'outline' });
    for (const background of [white, pageGrey]) {
      expect(ratio(outline.color!, background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(`var(--mantine-color-${color}-text)`, background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('links and dimmed text on white, on the page’s grey and in a light blue alert; errors in a light red one', () => {
    for (const background of [white, pageGrey, 'var(--mantine-color-blue-light)']) {
      expect(ratio('var(--mantine-color-anchor)', background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio('var(--mantine-color-dimmed)', background)).toBeGreaterThanOrEqual(4.5);
    }
    for (const background of [white, pageGrey, 'var(--mantine-color-red-light)']) {
      expect(ratio('var(--mantine-color-error)', background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
