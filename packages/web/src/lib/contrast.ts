/**
 * WCAG 2 contrast between two colours, on Mantine's own `luminance` (the WCAG relative luminance), and the first of
 * some candidate colours that reads on every given background. The ratio is the standard's one-line formula
 * ((L1 + 0.05) / (L2 + 0.05)); a colour library would add a dependency for that line.
 */
import { darken, luminance } from '@mantine/core';

/** AA for normal text (WCAG 1.4.3); large text and controls need 3:1. */
export const textContrast = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The first candidate with at least `textContrast` against every background; past the last, that one darkened step
 * by step (10% each) until it does. A text colour for `color` that keeps its hue.
 */
export function readableOn(candidates: readonly string[], backgrounds: readonly string[]): string {
  const reads = (color: string) => backgrounds.every((background) => contrastRatio(color, background) >= textContrast);
  const found = candidates.find(reads);
  if (found) return found;
  const last = candidates[candidates.length - 1]!;
  for (let step = 1; step <= 10; step += 1) {
    const darker = darken(last, step / 10);
    if (reads(darker)) return darker;
  }
  return '#000000';
}
