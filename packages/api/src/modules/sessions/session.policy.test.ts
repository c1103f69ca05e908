import { describe, expect, it } from 'vitest';
import { bothConnectedSeconds, stayEnd } from './session.policy';

const at = (time: string) => new Date(`2048-03-03T${time}Z`);
const stay = (party: 'USER' | 'EXPERT', joined: string, left: string | null, lastSeen = left ?? joined) => ({
  party,
  joinedAt: at(joined),
  leftAt: left ? at(left) : null,
  lastSeenAt: at(lastSeen),
});

describe('the seconds both participants were connected', () => {
  it('is zero when one side never came', () => {
    expect(bothConnectedSeconds([stay('USER', '09:00:00', '09:30:00')], at('09:30:00'))).toBe(0);
  });

  it('counts only the overlap of both sides, across several stays each', () => {
    const stays = [
      stay('USER', '09:00:00', '09:05:00'),
      stay('USER', '09:07:00', '09:20:00'),
      stay('EXPERT', '09:02:00', '09:10:00'),
      stay('EXPERT', '09:12:30', '09:30:00'),
    ];
    // 09:02–09:05 (180 s) + 09:07–09:10 (180 s) + 09:12:30–09:20 (450 s)
    expect(bothConnectedSeconds(stays, at('09:30:00'))).toBe(810);
  });

  it('does not count twice two stays of one side that overlap (a second tab)', () => {
    const stays = [stay('USER', '09:00:00', '09:10:00'), stay('USER', '09:05:00', '09:12:00'), stay('EXPERT', '09:00:00', '09:20:00')];
    expect(bothConnectedSeconds(stays, at('09:20:00'))).toBe(720);
  });

  it('ends a silent stay at its last heartbeat, and a live one at the cut-off', () => {
    const stays = [stay('USER', '09:00:00', null, '09:04:00'), stay('EXPERT', '09:00:00', null, '09:09:55')];
    expect(stayEnd(stays[0]!, at('09:10:00'))).toEqual(at('09:04:00'));
    expect(stayEnd(stays[1]!, at('09:10:00'))).toBeNull();
    expect(bothConnectedSeconds(stays, at('09:10:00'))).toBe(240);
  });

  it('stops at the booked end, and rounds down to whole seconds', () => {
    const stays = [
      stay('USER', '09:00:00', null, '09:35:00'),
      { ...stay('EXPERT', '09:00:00', '09:20:00'), joinedAt: new Date(at('09:00:00').getTime() + 400) },
    ];
    expect(bothConnectedSeconds(stays, at('09:10:00'))).toBe(599);
  });
});
