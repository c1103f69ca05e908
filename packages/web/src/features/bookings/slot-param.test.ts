import { describe, expect, it } from 'vitest';
import { parseSlotParam, slotParam } from './slot-param';

describe('the chosen slot in the URL', () => {
  const slot = { startsAt: '2048-03-02T15:00:00.000Z', endsAt: '2048-03-02T16:00:00.000Z' };

  it('reads back the slot it wrote, through the URL encoding of a sign-in return path', () => {
    const next = `/experts/elodie/guitare?${new URLSearchParams({ slot: slotParam(slot) }).toString()}`;
    const back = new URLSearchParams(new URL(next, 'http://x').search).get('slot');
    expect(parseSlotParam(back)).toEqual(slot);
  });

  it('accepts offsets and gives instants in UTC', () => {
    expect(parseSlotParam('2048-03-02T16:00+01:00/2048-03-02T17:00+01:00')).toEqual(slot);
  });

  it.each([
    null,
    '',
    'tomorrow',
    '2048-03-02T15:00:00Z',
    '2048-03-02T16:00:00Z/2048-03-02T15:00:00Z',
    '2048-13-40T99:00Z/2048-03-02T16:00Z',
    'a/b/c',
  ])('ignores %j', (value) => {
    expect(parseSlotParam(value)).toBeNull();
  });
});
