import { describe, expect, it } from 'vitest';
import { mergeThread, readByOther, unreadLabel } from './thread-messages';

const message = (id: string, createdAt: string, body = id) => ({ id, createdAt, body });

describe('mergeThread', () => {
  it('shows each message once, oldest first, when the history and the live ones overlap', () => {
    const history = [message('a', '2026-12-07T10:00:00.000Z'), message('b', '2026-12-07T10:01:00.000Z')];
    const live = [message('c', '2026-12-07T10:02:00.000Z'), message('b', '2026-12-07T10:01:00.000Z')];
    expect(mergeThread(history, live).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the latest copy of a message that came again (read by the other side, erased)', () => {
    const history = [message('a', '2026-12-07T10:00:00.000Z', 'before')];
    const live = [message('a', '2026-12-07T10:00:00.000Z', 'after')];
    expect(mergeThread(history, live)).toEqual([message('a', '2026-12-07T10:00:00.000Z', 'after')]);
  });
});

describe('unreadLabel', () => {
  it('counts up to 99, then says 99+', () => {
    expect(unreadLabel(3)).toBe('3');
    expect(unreadLabel(99)).toBe('99');
    expect(unreadLabel(100)).toBe('99+');
  });
});

describe('readByOther', () => {
  const sent = { readByOther: false, createdAt: '2026-12-07T10:00:00.000Z' };
  it('is read once the other side read up to it, live', () => {
    expect(readByOther(sent, null)).toBe(false);
    expect(readByOther(sent, '2026-12-07T09:59:59.999Z')).toBe(false);
    expect(readByOther(sent, '2026-12-07T10:00:00.000Z')).toBe(true);
    expect(readByOther({ ...sent, readByOther: true }, null)).toBe(true);
  });
});
