import { describe, expect, it } from 'vitest';
import { highlightEnd as e, highlightStart as s } from './search.port';
import { correctedQuery, highlightedWords } from './typo-correction';

describe('what a typo was read as, from the words matched', () => {
  it('reads whole words around highlighted runs, even highlighted in part', () => {
    expect(highlightedWords([`Teaching ${s}Pyth${e}on and ${s}JavaScript${e}.`, `${s}Pâtisserie${e}`])).toEqual(
      new Set(['python', 'javascript', 'patisserie']),
    );
  });

  it('replaces a word that matched nowhere by the closest matched word', () => {
    expect(correctedQuery('pyhton', new Set(['python']))).toBe('python');
    expect(correctedQuery('Javascrpt for beginners', new Set(['javascript', 'beginners']))).toBe('javascript for beginners');
  });

  it('corrects nothing when every word matched as typed, as a prefix, a synonym or a stop word', () => {
    expect(correctedQuery('python', new Set(['python']))).toBeNull();
    expect(correctedQuery('Pâtisserie', new Set(['patisserie']))).toBeNull();
    expect(correctedQuery('pyth', new Set(['python']))).toBeNull();
    expect(correctedQuery('guitare', new Set(['guitar']))).toBeNull();
    expect(correctedQuery('the guitar', new Set(['guitar']))).toBeNull();
  });

  it('does not guess from words too far away or too short to be typos', () => {
    expect(correctedQuery('cello', new Set(['violin']))).toBeNull();
    expect(correctedQuery('cat', new Set(['car']))).toBeNull();
  });
});
