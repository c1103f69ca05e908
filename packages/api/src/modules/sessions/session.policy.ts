/**
 * The session room's rules of time, pure: when the room opens, when a stay counts as over, when an absent expert is
 * a no-show, and how many seconds both participants were connected at once (what a per-minute session bills).
 */
import type { AttendanceRow } from './session.table';

/** Both participants may enter this long before the booked start (to check their camera and microphone). */
export const roomOpensBeforeMs = 10 * 60_000;
/** An expert not in the room this long after the start is a no-show: the user is refunded in full. */
export const expertNoShowAfterMs = 10 * 60_000;
/** Each open room page says it is still there this often… */
export const heartbeatIntervalMs = 10_000;
/** …and a stay with no sign of life for this long is over (at its last heartbeat). */
export const attendanceStaleAfterMs = 30_000;

export interface RoomTimes {
  startsAt: Date;
  endsAt: Date;
}

export const roomOpensAt = (booking: RoomTimes) => new Date(booking.startsAt.getTime() - roomOpensBeforeMs);
export const expertNoShowAt = (booking: RoomTimes) => new Date(booking.startsAt.getTime() + expertNoShowAfterMs);

/** When a stay ended, or null while it is still live at `now`. */
export function stayEnd(stay: Pick<AttendanceRow, 'leftAt' | 'lastSeenAt'>, now: Date): Date | null {
  if (stay.leftAt) return stay.leftAt;
  return now.getTime() - stay.lastSeenAt.getTime() > attendanceStaleAfterMs ? stay.lastSeenAt : null;
}

export const isLive = (stay: Pick<AttendanceRow, 'leftAt' | 'lastSeenAt'>, now: Date) => stayEnd(stay, now) === null;

type Interval = [start: number, end: number];

/** The stays of one side as sorted, disjoint intervals, cut at `until` (the end of the session). */
function merged(stays: Pick<AttendanceRow, 'joinedAt' | 'leftAt' | 'lastSeenAt'>[], until: Date): Interval[] {
  const intervals = stays
    .map((stay): Interval => [stay.joinedAt.getTime(), Math.min((stayEnd(stay, until) ?? until).getTime(), until.getTime())])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [start, end] of intervals) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Whole seconds during which both sides were in the room at once, up to `until` (rounded down). */
export function bothConnectedSeconds(stays: Pick<AttendanceRow, 'party' | 'joinedAt' | 'leftAt' | 'lastSeenAt'>[], until: Date): number {
  const user = merged(
    stays.filter((s) => s.party === 'USER'),
    until,
  );
  const expert = merged(
    stays.filter((s) => s.party === 'EXPERT'),
    until,
  );
  let overlapMs = 0;
  let i = 0;
  let j = 0;
  while (i < user.length && j < expert.length) {
    const start = Math.max(user[i]![0], expert[j]![0]);
    const end = Math.min(user[i]![1], expert[j]![1]);
    if (end > start) overlapMs += end - start;
    if (user[i]![1] < expert[j]![1]) i += 1;
    else j += 1;
  }
  return Math.floor(overlapMs / 1000);
}
