/** Splits plain text into text and http(s) URL parts, so links can be rendered as <a> without HTML injection. */
export type TextPart = { kind: 'text'; value: string } | { kind: 'link'; value: string };

const urlPattern = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that usually ends a sentence rather than the URL. */
const trailingPunctuation = /[.,;:!?)\]}'’»]+$/;

export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index;
    let url = match[0];
    const trailing = trailingPunctuation.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    if (start > last) parts.push({ kind: 'text', value: text.slice(last, start) });
    parts.push({ kind: 'link', value: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}
