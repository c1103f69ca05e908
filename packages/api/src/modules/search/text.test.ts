import { describe, expect, it } from 'vitest';
import { highlightSegments, queryTerms } from './text';

describe('search text', () => {
  it('splits queries into accent-free lower-case words, keeping C++ and C#', () => {
    expect(queryTerms('Pâtisserie  à LYON, C++ & C#!')).toEqual(['patisserie', 'a', 'lyon', 'c++', 'c#']);
  });

  it('turns highlight markers into matched and unmatched runs', () => {
    expect(highlightSegments('Professeure de \u0002guitare\u0003 et de \u0002solfège\u0003')).toEqual([
      { text: 'Professeure de ', match: false },
      { text: 'guitare', match: true },
      { text: ' et de ', match: false },
      { text: 'solfège', match: true },
    ]);
    expect(highlightSegments('no match')).toEqual([{ text: 'no match', match: false }]);
  });
});
