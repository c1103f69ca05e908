import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './connection';

describe('relay connections', () => {
  it('round-trips a keyset cursor and rejects a forged one with a typed error naming `after`', () => {
    const key = ['2026-11-21T09:00:00.123Z', '6e1f0c3a-0000-4000-8000-000000000001'];
    expect(decodeCursor(encodeCursor(key), 2)).toEqual(key);
    for (const forged of ['not-base64!', encodeCursor(['only one']), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(forged, 2)).toThrowError(AppError);
      try {
        decodeCursor(forged, 2);
      } catch (error) {
        expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    }
  });

  it('refuses page sizes outside 1 to 100', () => {
    expect(() => pageRequest({ first: 0 }, 1)).toThrowError(/between 1 and 100/);
    expect(() => pageRequest({ first: 101 }, 1)).toThrowError(/between 1 and 100/);
    expect(pageRequest({}, 1)).toEqual({ limit: 21, after: null });
  });

  it('reports a next page only when the extra row came back', () => {
    const request = pageRequest({ first: 2 }, 1);
    const full = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], request, (r) => [r.id]);
    expect(full.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(full.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: encodeCursor(['b']) });
    const last = toConnection([{ id: 'd' }], pageRequest({ first: 2, after: encodeCursor(['c']) }, 1), (r) => [r.id]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
