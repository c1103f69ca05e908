/**
 * The bookable-slot engine: turns an expert's weekly hours, date exceptions and existing bookings into the
 * session starts a client may book. Pure: no database, no clock (the caller passes `now`), no process time zone.
 *
 * Rules
 * - Every local computation uses Luxon with an explicit zone: the expert's (`expertTimeZone`) for windows and
 *   for "which day is this session on", the viewer's for display. The process's TZ never matters.
 * - Windows are computed per expert-local calendar day, in minutes since local midnight, then converted to
 *   instants. For one day: weekly windows of that ISO weekday ∪ EXTRA_HOURS intervals, minus DAY_OFF intervals
 *   (time off wins over extra hours); a whole-day DAY_OFF empties the day, extra hours included.
 *   Minute 1440 is the next day's local midnight.
 * - DST. A wall-clock time in a spring-forward gap moves forward by the gap, as Luxon does (02:30 Paris on
 *   2026-03-29 is 03:30 CEST); a window that collapses to nothing (02:00–03:00 that day) is dropped. An ambiguous
 *   fall-back time takes its EARLIER instant (the first occurrence, i.e. the summer offset: 02:30 Paris on
 *   2026-10-25 is 02:30+02:00). Luxon's own choice there depends on the current date (it guesses the zone's
 *   offset "now"), so we pick explicitly with `getPossibleOffsets()`. Hence 00:00–24:00 lasts 23 h / 25 h on
 *   transition days, and a daily 09:00 window stays at 09:00 local while its UTC instant shifts by an hour.
 * - Windows overlapping or touching (also across midnight) are merged: a session may straddle midnight when the
 *   expert is available on both sides.
 * - Candidate starts: every `stepMinutes` absolute minutes from the start of each of the day's (merged) windows,
 *   while the start is before that day-window's end. Anchoring on the day's own windows keeps a day's slots
 *   independent of the queried range.
 * - A candidate is bookable when: start ∈ [from, to); [start, start + duration) lies inside one merged window;
 *   start ≥ now + minNotice; [start − bufferBefore, end + bufferAfter) overlaps no blocked range (ranges are
 *   half-open, so touching is allowed; buffers may fall outside windows); the expert-local date of start has
 *   fewer than maxSessionsPerDay existing session starts (null = no cap).
 * - Invalid input (unknown zone, minutes out of 0..1440, start ≥ end, bad date, non-positive step/duration,
 *   negative buffer/notice, a range over 400 days) throws a RangeError: the caller validates user input
 *   earlier, so reaching here with bad data is a bug.
 */
import { DateTime } from 'luxon';
import { isValidTimeZone } from '../../platform/time-zone';

/** ISO weekday, 1 = Monday … 7 = Sunday. Minutes since local midnight in the expert's zone; end exclusive; 0 ≤ start < end ≤ 1440. */
export interface WeeklyWindow {
  weekday: number;
  startMinute: number;
  endMinute: number;
}
/** A date in the expert's zone (YYYY-MM-DD). DAY_OFF without minutes = the whole day is off; DAY_OFF with minutes removes that interval; EXTRA_HOURS adds the interval (even on a day with no weekly window). */
export interface DateException {
  date: string;
  kind: 'DAY_OFF' | 'EXTRA_HOURS';
  startMinute: number | null;
  endMinute: number | null;
}
export interface TimeRange {
  start: Date;
  end: Date;
}
export interface SlotRules {
  expertTimeZone: string; // IANA
  weekly: WeeklyWindow[];
  exceptions: DateException[];
  durationMinutes: number; // session length
  bufferBeforeMinutes: number; // kept free before the session
  bufferAfterMinutes: number; // kept free after the session
  minNoticeMinutes: number; // earliest start = now + notice
  maxSessionsPerDay: number | null; // per local day of the expert; null = no cap
  stepMinutes: number; // candidate starts every step from each window's start (e.g. 15 or 30)
}
export interface SlotContext {
  now: Date;
  /** Ranges already taken by the expert's live bookings, buffers included (the booking's own frozen buffers). */
  blocked: TimeRange[];
  /** Start instants of the expert's live bookings, to count sessions per local day. */
  sessionStarts: Date[];
}

/** Longest [from, to) the engine accepts, so a bad request cannot make it walk years of minutes. */
const MAX_RANGE_DAYS = 400;
const MINUTES_PER_DAY = 1440;

type WindowRules = Pick<SlotRules, 'expertTimeZone' | 'weekly' | 'exceptions'>;
type Interval = [number, number]; // minutes since local midnight, end exclusive
type ViewerSlot = { start: Date; end: Date; localTime: string; localIso: string };

/** Availability windows (as absolute instants) of every expert-local day that overlaps [from, to). Overlapping/adjacent windows merged; exceptions applied. */
export function availabilityWindows(rules: WindowRules, from: Date, to: Date): TimeRange[] {
  return mergeRanges(windowsByDay(rules, from, to).flat());
}

/** Bookable slots whose start is in [from, to), sorted by start. A slot: [start, start+duration) lies entirely inside one window; start ≥ now + minNotice; its blocked range [start − bufferBefore, end + bufferAfter) overlaps no `blocked` range (buffers themselves need not lie in a window); the expert-local day of `start` has fewer than maxSessionsPerDay sessionStarts. */
export function bookableSlots(rules: SlotRules, context: SlotContext, from: Date, to: Date): TimeRange[] {
  const counts = [
    'durationMinutes',
    'stepMinutes',
    'bufferBeforeMinutes',
    'bufferAfterMinutes',
    'minNoticeMinutes',
    'maxSessionsPerDay',
  ] as const;
  for (const name of counts) requireWhole(rules[name] ?? 0, name === 'durationMinutes' || name === 'stepMinutes' ? 1 : 0, name);
  const zone = rules.expertTimeZone;

  // Days reaching a little past `to`, so a slot starting just before `to` can run into the next day's window.
  const days = windowsByDay(rules, from, DateTime.fromJSDate(to).plus({ minutes: rules.durationMinutes }).toJSDate());
  const merged = mergeRanges(days.flat());
  const earliest = DateTime.fromJSDate(context.now).plus({ minutes: rules.minNoticeMinutes });
  const sessionsPerDay = new Map<string, number>();
  for (const start of context.sessionStarts) {
    const key = localDate(start, zone);
    sessionsPerDay.set(key, (sessionsPerDay.get(key) ?? 0) + 1);
  }

  const slots: TimeRange[] = [];
  for (const dayWindow of days.flat()) {
    const window = merged.find((w) => w.start <= dayWindow.start && dayWindow.start < w.end);
    if (!window) continue; // unreachable: every day-window lies in a merged window
    for (
      let start = DateTime.fromJSDate(dayWindow.start);
      start.toMillis() < dayWindow.end.getTime();
      start = start.plus({ minutes: rules.stepMinutes })
    ) {
      const end = start.plus({ minutes: rules.durationMinutes });
      if (end.toMillis() > window.end.getTime()) break; // later starts end later still
      const slot = { start: start.toJSDate(), end: end.toJSDate() };
      if (slot.start < from || slot.start >= to || start.toMillis() < earliest.toMillis()) continue;
      const cap = rules.maxSessionsPerDay;
      if (cap !== null && (sessionsPerDay.get(localDate(slot.start, zone)) ?? 0) >= cap) continue;
      const taken = blockedRange(slot, rules.bufferBeforeMinutes, rules.bufferAfterMinutes);
      if (context.blocked.some((b) => b.start < taken.end && taken.start < b.end)) continue;
      slots.push(slot);
    }
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The blocked range of a session with these buffers (used by bookings, must be the same rule as above). */
export function blockedRange(session: TimeRange, bufferBeforeMinutes: number, bufferAfterMinutes: number): TimeRange {
  return {
    start: DateTime.fromJSDate(session.start).minus({ minutes: bufferBeforeMinutes }).toJSDate(),
    end: DateTime.fromJSDate(session.end).plus({ minutes: bufferAfterMinutes }).toJSDate(),
  };
}

/** Groups slots by the viewer's local date (YYYY-MM-DD in viewerTimeZone), each with the local wall-clock time "HH:mm" and the ISO start with offset in that zone. Days in chronological order. */
export function slotsByViewerDay(slots: TimeRange[], viewerTimeZone: string): { date: string; slots: ViewerSlot[] }[] {
  requireZone(viewerTimeZone);
  const days = new Map<string, ViewerSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const local = DateTime.fromJSDate(slot.start, { zone: viewerTimeZone });
    const date = local.toISODate() as string;
    const entry = {
      start: slot.start,
      end: slot.end,
      localTime: local.toFormat('HH:mm'),
      localIso: local.toISO({ suppressMilliseconds: true }) as string,
    };
    days.set(date, [...(days.get(date) ?? []), entry]);
  }
  // Sorted by date, not insertion: where a zone falls back across midnight, a later instant can be on an earlier date.
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** Per expert-local day overlapping [from, to), in order: that day's merged windows as instants. */
function windowsByDay(rules: WindowRules, from: Date, to: Date): TimeRange[][] {
  const zone = rules.expertTimeZone;
  requireZone(zone);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError('Invalid from/to date');
  if (DateTime.fromJSDate(to).diff(DateTime.fromJSDate(from), 'days').days > MAX_RANGE_DAYS) {
    throw new RangeError(`The range is longer than ${MAX_RANGE_DAYS} days`);
  }
  for (const w of rules.weekly) {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) throw new RangeError(`Invalid weekday ${w.weekday}`);
    requireInterval(w.startMinute, w.endMinute);
  }
  const exceptionsByDate = new Map<string, DateException[]>();
  for (const e of rules.exceptions) {
    const validDate = /^\d{4}-\d{2}-\d{2}$/.test(e.date) && DateTime.fromISO(e.date, { zone: 'utc' }).isValid;
    if (!validDate) throw new RangeError(`Invalid date ${e.date}`);
    const wholeDayOff = e.kind === 'DAY_OFF' && e.startMinute === null && e.endMinute === null;
    if (!wholeDayOff) requireInterval(e.startMinute, e.endMinute);
    exceptionsByDate.set(e.date, [...(exceptionsByDate.get(e.date) ?? []), e]);
  }

  const result: TimeRange[][] = [];
  // A calendar cursor (dates only, no time zone involved), starting on the expert-local date of `from`.
  const first = DateTime.fromJSDate(from, { zone });
  for (let date = DateTime.utc(first.year, first.month, first.day); ; date = date.plus({ days: 1 })) {
    if (wallClock(date, 0, zone) >= to) break;
    const exceptions = exceptionsByDate.get(date.toISODate() as string) ?? [];
    let minutes: Interval[] = [];
    if (!exceptions.some((e) => e.kind === 'DAY_OFF' && e.startMinute === null)) {
      minutes = unionIntervals([
        ...rules.weekly.filter((w) => w.weekday === date.weekday).map((w): Interval => [w.startMinute, w.endMinute]),
        ...exceptions.filter((e) => e.kind === 'EXTRA_HOURS').map((e): Interval => [e.startMinute ?? 0, e.endMinute ?? 0]),
      ]);
      const offs = exceptions.filter((e) => e.kind === 'DAY_OFF').map((e): Interval => [e.startMinute ?? 0, e.endMinute ?? 0]);
      for (const off of offs) minutes = subtractInterval(minutes, off);
    }
    const ranges = minutes
      .map(([s, e]) => ({ start: wallClock(date, s, zone), end: wallClock(date, e, zone) }))
      .filter((r) => r.start < r.end); // e.g. 02:00–03:00 on a spring-forward day
    result.push(mergeRanges(ranges));
  }
  return result;
}

/** The instant of `minute` (0..1440) on calendar `date` in `zone`: gap → moved forward (Luxon), ambiguous → earlier instant. */
function wallClock(date: DateTime, minute: number, zone: string): Date {
  const day = minute === MINUTES_PER_DAY ? date.plus({ days: 1 }) : date;
  const m = minute % MINUTES_PER_DAY;
  const local = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: Math.floor(m / 60), minute: m % 60 }, { zone });
  const instants = local.getPossibleOffsets().map((d) => d.toMillis());
  return DateTime.fromMillis(Math.min(...instants)).toJSDate();
}

function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}

/** Sorted, with overlapping or touching ranges merged. */
function mergeRanges(ranges: TimeRange[]): TimeRange[] {
  const sorted = [...ranges].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: TimeRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = r.end > last.end ? r.end : last.end;
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

function unionIntervals(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function subtractInterval(intervals: Interval[], [offStart, offEnd]: Interval): Interval[] {
  return intervals.flatMap(([s, e]): Interval[] => {
    const kept: Interval[] = [];
    if (s < Math.min(e, offStart)) kept.push([s, Math.min(e, offStart)]);
    if (Math.max(s, offEnd) < e) kept.push([Math.max(s, offEnd), e]);
    return kept;
  });
}

function requireZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`Unknown time zone ${zone}`);
}

function requireInterval(start: number | null, end: number | null): void {
  const [s, e] = [start ?? NaN, end ?? NaN];
  if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s < e && e <= MINUTES_PER_DAY)) {
    throw new RangeError(`Invalid interval ${start}–${end} (minutes, 0 ≤ start < end ≤ 1440)`);
  }
}

function requireWhole(value: number, min: number, name: string): void {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}`);
}
