import { describe, expect, it } from 'vitest';
import { readSearchState, readShown, withShown, writeSearchState } from './search-state';

describe('how many results the address says "Load more" showed', () => {
  const shown = (query: string) => readShown(new URLSearchParams(query), 20);

  it('reads whole pages, from one page up to the largest the API serves', () => {
    expect(shown('')).toBe(20);
    expect(shown('shown=40')).toBe(40);
    expect(shown('shown=50')).toBe(60);
    expect(shown('shown=5000')).toBe(100);
    expect(shown('shown=-3')).toBe(20);
    expect(shown('shown=lots')).toBe(20);
  });

  it('is written beside the search, and dropped when the search changes', () => {
    const params = withShown(new URLSearchParams('q=guitar&sort=rating'), 40);
    expect(params.toString()).toBe('q=guitar&sort=rating&shown=40');
    expect(writeSearchState({ ...readSearchState(params), sort: 'PRICE' }).has('shown')).toBe(false);
  });
});
