/**
 * The mail's colours and type. Inline styles are what every client reads; the `<style>` block adds what only some
 * read: a narrower layout on a phone, and dark colours for clients that honour `prefers-color-scheme` (Apple Mail,
 * iOS, Outlook for Mac). Clients that darken a mail themselves (Gmail's apps) invert these light colours, which stay
 * readable because every pair is far above 4.5:1. Colours are Mantine's (the SPA's theme): blue-8 is 5:1 with white.
 */
import type { CSSProperties } from 'react';

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const colors = {
  page: '#f1f3f5', // gray-1
  card: '#ffffff',
  text: '#212529', // gray-9: 15:1 on white
  dimmed: '#495057', // gray-7: 8:1 on white, 7:1 on the page
  brand: '#1971c2', // blue-8: 5:1 with white
  panel: '#e7f5ff', // blue-0: the details and quotations
  rule: '#dee2e6', // gray-3
};

export const styles = {
  body: { backgroundColor: colors.page, margin: 0, padding: '24px 8px', fontFamily: font },
  card: { backgroundColor: colors.card, borderRadius: 8, padding: '24px 28px', maxWidth: 560 },
  brand: { color: colors.brand, fontSize: 20, fontWeight: 700, lineHeight: '28px', margin: '0 0 8px' },
  heading: { color: colors.text, fontSize: 22, fontWeight: 700, lineHeight: '30px', margin: '0 0 16px' },
  text: { color: colors.text, fontSize: 16, lineHeight: '24px', margin: '0 0 16px' },
  quote: {
    backgroundColor: colors.panel,
    borderLeft: `4px solid ${colors.brand}`,
    padding: '12px 16px',
    margin: '0 0 16px',
    color: colors.text,
    fontSize: 16,
    lineHeight: '24px',
  },
  details: { backgroundColor: colors.panel, borderRadius: 6, padding: '12px 16px', margin: '0 0 24px' },
  detailLabel: { color: colors.dimmed, fontSize: 13, lineHeight: '18px', margin: 0 },
  detailValue: { color: colors.text, fontSize: 16, fontWeight: 600, lineHeight: '24px', margin: '0 0 8px' },
  button: {
    backgroundColor: colors.brand,
    color: '#ffffff',
    borderRadius: 6,
    fontSize: 16,
    fontWeight: 600,
    lineHeight: '24px',
    padding: '12px 24px',
    textDecoration: 'none',
    display: 'inline-block',
  },
  small: { color: colors.dimmed, fontSize: 13, lineHeight: '20px', margin: '0 0 16px' },
  link: { color: colors.brand, textDecoration: 'underline', wordBreak: 'break-all' },
  rule: { borderColor: colors.rule, margin: '24px 0 16px' },
} satisfies Record<string, CSSProperties>;

/** Dark colours (Mantine's dark palette) and the phone layout, by class, `!important` to win over inline styles. */
export const css = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (max-width: 600px) {
  .mail-card { padding: 20px 16px !important; border-radius: 0 !important; }
  .mail-button { display: block !important; text-align: center !important; }
}
@media (prefers-color-scheme: dark) {
  .mail-body, .mail-body > table > tbody > tr > td { background-color: #1a1b1e !important; }
  .mail-card { background-color: #25262b !important; }
  .mail-text { color: #e9ecef !important; }
  .mail-dimmed { color: #c1c2c5 !important; }
  .mail-brand, .mail-link { color: #74c0fc !important; }
  .mail-panel { background-color: #2c2e33 !important; color: #e9ecef !important; }
  .mail-rule { border-color: #373a40 !important; }
}
`;
