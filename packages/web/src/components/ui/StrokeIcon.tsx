/** An icon drawn inline as 24×24 strokes in the text's colour, hidden from assistive technology: its control carries the label. */
import type { ReactNode } from 'react';

export function StrokeIcon({ children, size = 20, strokeWidth = 2 }: { children: ReactNode; size?: number; strokeWidth?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
