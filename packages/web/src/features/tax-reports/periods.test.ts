import { describe, expect, it } from 'vitest';
import { recentMonths, recentYears } from './periods';

describe('the periods offered for download', () => {
  it('counts back across a new year, newest first', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    expect(recentMonths(now, 4)).toEqual(['2027-02', '2027-01', '2026-12', '2026-11']);
    expect(recentYears(now)).toEqual(['2027', '2026', '2025']);
  });
});
