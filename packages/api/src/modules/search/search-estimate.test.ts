import { describe, expect, it } from 'vitest';
import { totalsFromSample, type MatchSample } from './search-estimate';

const sample = (over: Partial<MatchSample>): MatchSample => ({
  count: 1001,
  spanBlocks: 5000,
  tableBlocks: 25_000,
  tableRows: 100_000,
  categories: { music: 500, guitar: 2 },
  languages: { en: 1001 },
  ...over,
});

describe('search totals from the first matches', () => {
  it('are exact when the sample holds every match', () => {
    expect(totalsFromSample(sample({ count: 1000, spanBlocks: 25_000 }), 1000)).toEqual({
      total: 1000,
      totalIsEstimate: false,
      facets: { categories: { music: 500, guitar: 2 }, languages: { en: 1001 } },
    });
  });

  it('extrapolate from the share of the table scanned, scaling facet counts to the estimate', () => {
    const totals = totalsFromSample(sample({}), 1000);
    expect(totals).toEqual({
      total: 5005,
      totalIsEstimate: true,
      facets: { categories: { music: 2500, guitar: 10 }, languages: { en: 5005 } },
    });
  });

  it('never say fewer than were seen, nor more than the table holds', () => {
    expect(totalsFromSample(sample({ spanBlocks: 25_000 }), 1000).total).toBe(1001);
    expect(totalsFromSample(sample({ spanBlocks: 1 }), 1000).total).toBe(100_000);
  });
});
