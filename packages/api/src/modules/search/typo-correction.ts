/**
 * What a typo was corrected to, read from what an engine matched. Meilisearch forgives typos but does not say which
 * word it read instead of which, so its adapter passes the highlighted text of the hits here: a word typed that
 * matched nowhere as written (nor as a prefix, a synonym or a stop word) was read as the closest matched word.
 * The distance is fastest-levenshtein's; the PostgreSQL engine knows its corrections and does not need this.
 */
import { distance } from 'fastest-levenshtein';
import { highlightEnd, highlightStart } from './search.port';
import { stopWords } from './stop-words';
import { synonymGroupOf } from './synonyms';
import { queryTerms } from './text';

const stop = new Set([...stopWords.en, ...stopWords.fr]);
/**
 * The most Levenshtein edits between a word typed and the word it was read as. Meilisearch forgives typos from 4
 * letters (meilisearch-engine.ts's settings), and counts two swapped letters ("pyhton") as one typo, which is 2 edits here.
 */
const maxEdits = (word: string) => (word.length >= 4 ? 2 : 0);

/** The whole words around each highlighted run (a typo or a prefix may be highlighted only in part), as query terms. */
export function highlightedWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  const run = new RegExp(`[\\p{L}\\p{N}]*${highlightStart}([^${highlightEnd}]*)${highlightEnd}[\\p{L}\\p{N}]*`, 'gu');
  for (const text of texts) {
    for (const match of text.matchAll(run)) {
      for (const word of queryTerms(match[0].replaceAll(highlightStart, '').replaceAll(highlightEnd, ''), 100)) words.add(word);
    }
  }
  return words;
}

/** The query's words with the corrected ones replaced, or null when every word matched as typed. */
export function correctedQuery(text: string, matched: Set<string>): string | null {
  let corrected = false;
  const words = queryTerms(text).map((word) => {
    if (stop.has(word) || matched.has(word)) return word;
    const synonyms = synonymGroupOf[word] ?? [];
    const kept = [...matched].some((m) => m.startsWith(word) || synonyms.includes(m));
    if (kept) return word;
    const [closest] = [...matched]
      .map((m) => ({ m, edits: distance(m, word) }))
      .filter(({ edits }) => edits <= maxEdits(word))
      .sort((a, b) => a.edits - b.edits || a.m.localeCompare(b.m));
    if (!closest) return word;
    corrected = true;
    return closest.m;
  });
  return corrected ? words.join(' ') : null;
}
