import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type TableScrollContainerProps,
} from '@mantine/core';
import { readableOn } from './lib/contrast';

/**
 * Contrast (WCAG 2.1 AA) is decided here, once, not page by page:
 * - Filled colours use shade 8 (blue-8 is 5:1 with white), and `autoContrast` writes black or white on them by their
 *   luminance: white reaches 4.5:1 up to a luminance of 0.183, black from 0.175, so a threshold between the two makes
 *   every filled button, badge and alert readable, the amber offline banner included (black on amber).
 * - Each palette colour gets one text colour: its shade 8 or 9, darkened further where needed, that reads at 4.5:1 on
 *   white, on the page's grey and on the colour's own light background. It serves coloured text (`c="teal"`), the light,
 *   subtle and outline variants (the account page's yellow warning, status badges) and the error colour.
 * - Links use the primary colour's text colour; dimmed text is gray-7 (8:1 on white) instead of gray-6 (3.3:1).
 * Only the light scheme is used (App.tsx), so the dark scheme keeps Mantine's defaults.
 */
const primaryColor = 'blue';
const colors = DEFAULT_THEME.colors;
const white = DEFAULT_THEME.white;
const pageGrey = colors.gray[0];

/** The installed app's colours (web app manifest, `theme-color`): the primary filled colour and the page's grey. */
export const appThemeColor = colors[primaryColor][8];
export const appBackgroundColor = pageGrey;

/** The colour's text colour: readable on white, the page's grey and its own lightest backgrounds (shades 0 and 1). */
export function textColorOf(shades: MantineColorsTuple): string {
  return readableOn([shades[8], shades[9]], [white, pageGrey, shades[0], shades[1]]);
}

const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': textColorOf(colors[primaryColor]),
    '--mantine-color-error': textColorOf(colors.red),
  };
  for (const [name, shades] of Object.entries(colors)) {
    if (name === 'dark') continue;
    const text = textColorOf(shades);
    light[`--mantine-color-${name}-text`] = text;
    light[`--mantine-color-${name}-light-color`] = text;
    light[`--mantine-color-${name}-outline`] = text;
  }
  return { variables: {}, light, dark: {} };
};

/** System fonts only: the CSP allows no font CDN, and none is needed. */
export const theme = createTheme({
  primaryColor,
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  luminanceThreshold: 0.18,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    // A table wider than a phone scrolls sideways: its scrolling area takes the keyboard focus, so it can be scrolled
    // without a mouse even when no cell holds a link or a button (WCAG 2.1.1).
    // A plain object rather than `TableScrollContainer.extend(…)`, which would put the table and its scroll area in the
    // download of every page.
    TableScrollContainer: {
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } satisfies Partial<TableScrollContainerProps>,
    },
  },
});

export { cssVariablesResolver };
