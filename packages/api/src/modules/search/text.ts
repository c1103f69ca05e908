import { highlightEnd, highlightStart } from './search.port';

/** Query text to search terms: lower-case, accents removed, split on anything that is not a letter or digit. */
function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function queryTerms(text: string, max = 8): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}+#]+/u)
    .map((w) => w.replace(/^[+#]+|[+#]+$/g, (m, offset) => (offset === 0 ? '' : m)))
    .filter((w) => w.length > 0)
    .slice(0, max);
}

/** Splits highlighted text into runs for clients: no HTML crosses the API. */
export function highlightSegments(text: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  let rest = text;
  while (rest) {
    const start = rest.indexOf(highlightStart);
    const end = start < 0 ? -1 : rest.indexOf(highlightEnd, start);
    if (start < 0 || end < 0) {
      segments.push({ text: rest.replaceAll(highlightStart, '').replaceAll(highlightEnd, ''), match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    if (end > start + 1) segments.push({ text: rest.slice(start + 1, end), match: true });
    rest = rest.slice(end + 1);
  }
  return segments;
}
