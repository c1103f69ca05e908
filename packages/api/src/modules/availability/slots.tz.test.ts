/**
 * The slot engine, run once per process time zone (see the root vitest.config.mts): every expected value is a
 * fixed UTC instant, so a result that leaked the process's zone would fail in at least one of the projects.
 */
import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../platform/time-zone';
import {
  availabilityWindows,
  blockedRange,
  bookableSlots,
  slotsByViewerDay,
  type DateException,
  type SlotContext,
  type SlotRules,
  type TimeRange,
  type WeeklyWindow,
} from './slots';

const at = (iso: string) => new Date(iso);
const h = (hour: number, minute = 0) => hour * 60 + minute;
const everyDay = (startMinute: number, endMinute: number): WeeklyWindow[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
const starts = (ranges: TimeRange[]) => ranges.map((r) => r.start.toISOString());
const spans = (ranges: TimeRange[]) => ranges.map((r) => `${r.start.toISOString()}/${r.end.toISOString()}`);
const hoursOf = (r: TimeRange) => (r.end.getTime() - r.start.getTime()) / 3_600_000;

function rules(overrides: Partial<SlotRules>): SlotRules {
  return {
    expertTimeZone: 'Europe/Paris',
    weekly: [],
    exceptions: [],
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 0,
    maxSessionsPerDay: null,
    stepMinutes: 30,
    ...overrides,
  };
}
const free: SlotContext = { now: at('2000-01-01T00:00:00Z'), blocked: [], sessionStarts: [] };

/** Runs `fn` as if today were `today` for Luxon (its guess for ambiguous local times depends on it). */
function asIfToday<T>(today: string, fn: () => T): T {
  const original = Settings.now;
  Settings.now = () => Date.parse(today);
  try {
    return fn();
  } finally {
    Settings.now = original;
  }
}

describe('the time-zone matrix', () => {
  it('runs each project in its own process time zone, which Date really uses', ({ task }) => {
    const tz = process.env.TZ;
    expect(tz).toBeDefined();
    expect(task.file.projectName).toBe(`slots TZ=${tz}`);
    for (const instant of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
      // getTimezoneOffset() is minutes behind UTC, Luxon's offset minutes ahead: they cancel out only in the same zone.
      expect(new Date(instant).getTimezoneOffset() + DateTime.fromISO(instant, { zone: tz }).offset).toBe(0);
    }
  });
});

describe('weekly windows', () => {
  const mondayMorning = rules({ weekly: [{ weekday: 1, startMinute: h(9), endMinute: h(12) }] });

  it('offers 60-minute sessions every 30 minutes on a winter Monday, 09:00–12:00 Paris (UTC+1)', () => {
    const week = bookableSlots(mondayMorning, free, at('2026-01-04T23:00:00Z'), at('2026-01-11T23:00:00Z'));
    expect(spans(week)).toEqual([
      '2026-01-05T08:00:00.000Z/2026-01-05T09:00:00.000Z',
      '2026-01-05T08:30:00.000Z/2026-01-05T09:30:00.000Z',
      '2026-01-05T09:00:00.000Z/2026-01-05T10:00:00.000Z',
      '2026-01-05T09:30:00.000Z/2026-01-05T10:30:00.000Z',
      '2026-01-05T10:00:00.000Z/2026-01-05T11:00:00.000Z',
    ]);
  });

  it('keeps 09:00 local on a summer Monday (UTC+2), so the UTC starts are an hour earlier', () => {
    const week = bookableSlots(mondayMorning, free, at('2026-07-05T22:00:00Z'), at('2026-07-12T22:00:00Z'));
    expect(starts(week)).toEqual([
      '2026-07-06T07:00:00.000Z',
      '2026-07-06T07:30:00.000Z',
      '2026-07-06T08:00:00.000Z',
      '2026-07-06T08:30:00.000Z',
      '2026-07-06T09:00:00.000Z',
    ]);
  });

  it('only returns slots starting inside [from, to)', () => {
    expect(starts(bookableSlots(mondayMorning, free, at('2026-01-05T09:15:00Z'), at('2026-01-05T10:00:00Z')))).toEqual([
      '2026-01-05T09:30:00.000Z',
    ]);
  });

  it('merges touching windows, also across midnight, so a session can straddle it', () => {
    const lateAndEarly = rules({
      weekly: [
        { weekday: 1, startMinute: h(22), endMinute: 1440 },
        { weekday: 2, startMinute: 0, endMinute: h(2) },
      ],
    });
    expect(spans(availabilityWindows(lateAndEarly, at('2026-01-05T12:00:00Z'), at('2026-01-06T12:00:00Z')))).toEqual([
      '2026-01-05T21:00:00.000Z/2026-01-06T01:00:00.000Z',
    ]);
    // Asked for Monday (Paris) only: the 23:30–00:30 session still needs Tuesday's hours, and gets them.
    expect(spans(bookableSlots(lateAndEarly, free, at('2026-01-04T23:00:00Z'), at('2026-01-05T23:00:00Z')))).toEqual([
      '2026-01-05T21:00:00.000Z/2026-01-05T22:00:00.000Z',
      '2026-01-05T21:30:00.000Z/2026-01-05T22:30:00.000Z',
      '2026-01-05T22:00:00.000Z/2026-01-05T23:00:00.000Z',
      '2026-01-05T22:30:00.000Z/2026-01-05T23:30:00.000Z',
    ]);
  });
});

describe('date exceptions', () => {
  const weekdays = rules({
    weekly: [
      { weekday: 1, startMinute: h(9), endMinute: h(12) },
      { weekday: 2, startMinute: h(9), endMinute: h(12) },
    ],
  });
  const week: [Date, Date] = [at('2026-01-04T23:00:00Z'), at('2026-01-11T23:00:00Z')];
  const exception = (e: Partial<DateException>): DateException => ({
    date: '2026-01-05',
    kind: 'DAY_OFF',
    startMinute: null,
    endMinute: null,
    ...e,
  });

  it('a whole DAY_OFF removes that Monday and leaves Tuesday', () => {
    const withDayOff = { ...weekdays, exceptions: [exception({})] };
    expect(spans(availabilityWindows(withDayOff, ...week))).toEqual(['2026-01-06T08:00:00.000Z/2026-01-06T11:00:00.000Z']);
  });

  it('a partial DAY_OFF 10:00–11:00 splits the morning, and no session crosses the hole', () => {
    const withHole = {
      ...weekdays,
      weekly: weekdays.weekly.slice(0, 1),
      exceptions: [exception({ startMinute: h(10), endMinute: h(11) })],
    };
    expect(spans(availabilityWindows(withHole, ...week))).toEqual([
      '2026-01-05T08:00:00.000Z/2026-01-05T09:00:00.000Z',
      '2026-01-05T10:00:00.000Z/2026-01-05T11:00:00.000Z',
    ]);
    expect(starts(bookableSlots(withHole, free, ...week))).toEqual(['2026-01-05T08:00:00.000Z', '2026-01-05T10:00:00.000Z']);
  });

  it('EXTRA_HOURS opens a Sunday that has no weekly window, only on that date', () => {
    const sundayExtra = {
      ...weekdays,
      weekly: [],
      exceptions: [exception({ date: '2026-01-11', kind: 'EXTRA_HOURS', startMinute: h(14), endMinute: h(16) })],
    };
    expect(starts(bookableSlots(sundayExtra, free, at('2026-01-04T23:00:00Z'), at('2026-01-18T23:00:00Z')))).toEqual([
      '2026-01-11T13:00:00.000Z',
      '2026-01-11T13:30:00.000Z',
      '2026-01-11T14:00:00.000Z',
    ]);
  });

  it('time off wins over extra hours on the same date', () => {
    const both = {
      ...weekdays,
      exceptions: [
        exception({ kind: 'EXTRA_HOURS', startMinute: h(14), endMinute: h(15) }),
        exception({ startMinute: h(11), endMinute: h(14, 30) }),
        exception({ date: '2026-01-06', kind: 'EXTRA_HOURS', startMinute: h(14), endMinute: h(15) }),
        exception({ date: '2026-01-06' }),
      ],
    };
    expect(spans(availabilityWindows(both, ...week))).toEqual([
      '2026-01-05T08:00:00.000Z/2026-01-05T10:00:00.000Z',
      '2026-01-05T13:30:00.000Z/2026-01-05T14:00:00.000Z',
    ]);
  });
});

describe('buffers, notice and daily cap', () => {
  // Monday 2026-01-05, 08:00–14:00 Paris = 07:00–13:00 UTC.
  const monday = rules({ weekly: [{ weekday: 1, startMinute: h(8), endMinute: h(14) }], stepMinutes: 15 });
  const day: [Date, Date] = [at('2026-01-04T23:00:00Z'), at('2026-01-05T23:00:00Z')];
  const booking = { start: at('2026-01-05T09:00:00Z'), end: at('2026-01-05T10:00:00Z') }; // 10:00–11:00 Paris

  it('blocks a booking with its buffers: 10:00–11:00 with 15/15 takes 09:45–11:15', () => {
    expect(spans([blockedRange(booking, 15, 15)])).toEqual(['2026-01-05T08:45:00.000Z/2026-01-05T10:15:00.000Z']);
  });

  it('keeps the new slot’s buffers clear of the blocked range (nearest starts 08:30 and 11:30 Paris)', () => {
    const context = { ...free, blocked: [blockedRange(booking, 15, 15)] };
    const slots = bookableSlots({ ...monday, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 }, context, ...day);
    expect(starts(slots)).toEqual([
      '2026-01-05T07:00:00.000Z', // its 15-minute buffer before falls outside the window: allowed
      '2026-01-05T07:15:00.000Z',
      '2026-01-05T07:30:00.000Z', // ends 08:30Z, its buffer ends 08:45Z, touching the blocked range
      '2026-01-05T10:30:00.000Z', // its buffer starts 10:15Z, where the blocked range ends
      '2026-01-05T10:45:00.000Z',
      '2026-01-05T11:00:00.000Z',
      '2026-01-05T11:15:00.000Z',
      '2026-01-05T11:30:00.000Z',
      '2026-01-05T11:45:00.000Z',
      '2026-01-05T12:00:00.000Z',
    ]);
    // Without buffers of its own, a new session may sit right against the blocked range.
    const unbuffered = starts(bookableSlots(monday, context, ...day));
    expect(unbuffered).toContain('2026-01-05T07:45:00.000Z');
    expect(unbuffered).toContain('2026-01-05T10:15:00.000Z');
    expect(unbuffered).not.toContain('2026-01-05T08:00:00.000Z');
    expect(unbuffered).not.toContain('2026-01-05T10:00:00.000Z');
  });

  it('starts no earlier than now + minimum notice (a start exactly at that instant is fine)', () => {
    const withNotice = { ...monday, stepMinutes: 30, minNoticeMinutes: 120 };
    expect(starts(bookableSlots(withNotice, { ...free, now: at('2026-01-05T09:40:00Z') }, ...day))).toEqual(['2026-01-05T12:00:00.000Z']);
    expect(starts(bookableSlots(withNotice, { ...free, now: at('2026-01-05T09:00:00Z') }, ...day))).toEqual([
      '2026-01-05T11:00:00.000Z',
      '2026-01-05T11:30:00.000Z',
      '2026-01-05T12:00:00.000Z',
    ]);
  });

  it('counts sessions per day of the EXPERT: 23:30 in New York on Tuesday fills Tuesday, not Wednesday (UTC)', () => {
    const newYork = rules({
      expertTimeZone: 'America/New_York',
      weekly: [
        { weekday: 2, startMinute: h(9), endMinute: h(11) },
        { weekday: 3, startMinute: h(9), endMinute: h(11) },
      ],
      maxSessionsPerDay: 1,
    });
    const lateTuesday = at('2026-01-07T04:30:00Z'); // Tuesday 2026-01-06 23:30 EST
    const week: [Date, Date] = [at('2026-01-05T05:00:00Z'), at('2026-01-12T05:00:00Z')];
    expect(starts(bookableSlots(newYork, { ...free, sessionStarts: [lateTuesday] }, ...week))).toEqual([
      '2026-01-07T14:00:00.000Z',
      '2026-01-07T14:30:00.000Z',
      '2026-01-07T15:00:00.000Z',
    ]);
    expect(bookableSlots({ ...newYork, maxSessionsPerDay: 2 }, { ...free, sessionStarts: [lateTuesday] }, ...week)).toHaveLength(6);
    expect(bookableSlots({ ...newYork, maxSessionsPerDay: 0 }, free, ...week)).toEqual([]);
  });
});

describe('daylight saving time', () => {
  const windowsOn = (zone: string, startMinute: number, endMinute: number, from: string, to: string) =>
    spans(availabilityWindows({ expertTimeZone: zone, weekly: everyDay(startMinute, endMinute), exceptions: [] }, at(from), at(to)));
  const nineToTen = (zone: string) => rules({ expertTimeZone: zone, weekly: everyDay(h(9), h(10)) });

  describe('Europe/Paris', () => {
    it('spring forward (2026-03-29): 09:00 stays 09:00 local all week, one hour earlier in UTC from Sunday', () => {
      const week = bookableSlots(nineToTen('Europe/Paris'), free, at('2026-03-25T23:00:00Z'), at('2026-03-31T22:00:00Z'));
      expect(starts(week)).toEqual([
        '2026-03-26T08:00:00.000Z',
        '2026-03-27T08:00:00.000Z',
        '2026-03-28T08:00:00.000Z',
        '2026-03-29T07:00:00.000Z',
        '2026-03-30T07:00:00.000Z',
        '2026-03-31T07:00:00.000Z',
      ]);
      expect(slotsByViewerDay(week, 'Europe/Paris').map((d) => d.slots.map((s) => s.localTime))).toEqual(Array(6).fill(['09:00']));
    });

    it('spring forward: 00:00–24:00 lasts 23 h, 01:00–05:00 lasts 3 h with no session in the missing hour', () => {
      const day = ['2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'] as const;
      expect(windowsOn('Europe/Paris', 0, 1440, ...day)).toEqual(['2026-03-28T23:00:00.000Z/2026-03-29T22:00:00.000Z']);
      expect(windowsOn('Europe/Paris', h(1), h(5), ...day)).toEqual(['2026-03-29T00:00:00.000Z/2026-03-29T03:00:00.000Z']);
      const night = bookableSlots(rules({ weekly: everyDay(h(1), h(5)) }), free, at(day[0]), at(day[1]));
      expect(slotsByViewerDay(night, 'Europe/Paris')[0]?.slots.map((s) => s.localIso)).toEqual([
        '2026-03-29T01:00:00+01:00',
        '2026-03-29T01:30:00+01:00',
        '2026-03-29T03:00:00+02:00',
        '2026-03-29T03:30:00+02:00',
        '2026-03-29T04:00:00+02:00',
      ]);
    });

    it('spring forward: a window starting in the gap (02:30) starts at 03:30 CEST; one inside it (02:00–03:00) vanishes', () => {
      const day = ['2026-03-28T23:00:00Z', '2026-03-29T22:00:00Z'] as const;
      expect(windowsOn('Europe/Paris', h(2, 30), h(4), ...day)).toEqual(['2026-03-29T01:30:00.000Z/2026-03-29T02:00:00.000Z']);
      expect(windowsOn('Europe/Paris', h(2), h(3), ...day)).toEqual([]);
    });

    it('fall back (2026-10-25): 09:00 local all week, one hour later in UTC from Sunday; 00:00–24:00 lasts 25 h', () => {
      const week = bookableSlots(nineToTen('Europe/Paris'), free, at('2026-10-21T22:00:00Z'), at('2026-10-27T23:00:00Z'));
      expect(starts(week)).toEqual([
        '2026-10-22T07:00:00.000Z',
        '2026-10-23T07:00:00.000Z',
        '2026-10-24T07:00:00.000Z',
        '2026-10-25T08:00:00.000Z',
        '2026-10-26T08:00:00.000Z',
        '2026-10-27T08:00:00.000Z',
      ]);
      const day = ['2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'] as const;
      const whole = availabilityWindows(
        { expertTimeZone: 'Europe/Paris', weekly: everyDay(0, 1440), exceptions: [] },
        at(day[0]),
        at(day[1]),
      );
      expect(spans(whole)).toEqual(['2026-10-24T22:00:00.000Z/2026-10-25T23:00:00.000Z']);
      expect(whole.map(hoursOf)).toEqual([25]);
      expect(windowsOn('Europe/Paris', h(1), h(5), ...day)).toEqual(['2026-10-24T23:00:00.000Z/2026-10-25T04:00:00.000Z']);
    });

    it('fall back: an ambiguous 02:30 is its first occurrence (CEST), whatever the date today', () => {
      const day = ['2026-10-24T22:00:00Z', '2026-10-25T23:00:00Z'] as const;
      // Luxon alone would answer +01:00 in winter and +02:00 in summer: it guesses with today's offset.
      for (const today of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
        expect(asIfToday(today, () => windowsOn('Europe/Paris', h(2, 30), h(3, 30), ...day))).toEqual([
          '2026-10-25T00:30:00.000Z/2026-10-25T02:30:00.000Z',
        ]);
      }
    });
  });

  describe('America/New_York', () => {
    it('spring forward (2026-03-08): 09:00 local all week; 00:00–24:00 is 23 h; 01:00–05:00 is 3 h', () => {
      const week = bookableSlots(nineToTen('America/New_York'), free, at('2026-03-05T05:00:00Z'), at('2026-03-11T04:00:00Z'));
      expect(starts(week)).toEqual([
        '2026-03-05T14:00:00.000Z',
        '2026-03-06T14:00:00.000Z',
        '2026-03-07T14:00:00.000Z',
        '2026-03-08T13:00:00.000Z',
        '2026-03-09T13:00:00.000Z',
        '2026-03-10T13:00:00.000Z',
      ]);
      const day = ['2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z'] as const;
      expect(windowsOn('America/New_York', 0, 1440, ...day)).toEqual(['2026-03-08T05:00:00.000Z/2026-03-09T04:00:00.000Z']);
      expect(windowsOn('America/New_York', h(1), h(5), ...day)).toEqual(['2026-03-08T06:00:00.000Z/2026-03-08T09:00:00.000Z']);
    });

    it('fall back (2026-11-01): 09:00 local all week; 00:00–24:00 is 25 h; 01:00–05:00 is 5 h from the first 01:00', () => {
      const week = bookableSlots(nineToTen('America/New_York'), free, at('2026-10-29T04:00:00Z'), at('2026-11-04T05:00:00Z'));
      expect(starts(week)).toEqual([
        '2026-10-29T13:00:00.000Z',
        '2026-10-30T13:00:00.000Z',
        '2026-10-31T13:00:00.000Z',
        '2026-11-01T14:00:00.000Z',
        '2026-11-02T14:00:00.000Z',
        '2026-11-03T14:00:00.000Z',
      ]);
      const day = ['2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'] as const;
      expect(windowsOn('America/New_York', 0, 1440, ...day)).toEqual(['2026-11-01T04:00:00.000Z/2026-11-02T05:00:00.000Z']);
      for (const today of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z']) {
        expect(asIfToday(today, () => windowsOn('America/New_York', h(1), h(5), ...day))).toEqual([
          '2026-11-01T05:00:00.000Z/2026-11-01T10:00:00.000Z',
        ]);
      }
    });

    it('fall back: hourly sessions show 01:00 twice to a New York viewer, told apart by the offset', () => {
      const night = rules({ expertTimeZone: 'America/New_York', weekly: everyDay(h(1), h(5)), stepMinutes: 60 });
      const slots = bookableSlots(night, free, at('2026-11-01T04:00:00Z'), at('2026-11-02T05:00:00Z'));
      expect(slotsByViewerDay(slots, 'America/New_York')).toEqual([
        {
          date: '2026-11-01',
          slots: [
            {
              start: at('2026-11-01T05:00:00Z'),
              end: at('2026-11-01T06:00:00Z'),
              localTime: '01:00',
              localIso: '2026-11-01T01:00:00-04:00',
            },
            {
              start: at('2026-11-01T06:00:00Z'),
              end: at('2026-11-01T07:00:00Z'),
              localTime: '01:00',
              localIso: '2026-11-01T01:00:00-05:00',
            },
            {
              start: at('2026-11-01T07:00:00Z'),
              end: at('2026-11-01T08:00:00Z'),
              localTime: '02:00',
              localIso: '2026-11-01T02:00:00-05:00',
            },
            {
              start: at('2026-11-01T08:00:00Z'),
              end: at('2026-11-01T09:00:00Z'),
              localTime: '03:00',
              localIso: '2026-11-01T03:00:00-05:00',
            },
            {
              start: at('2026-11-01T09:00:00Z'),
              end: at('2026-11-01T10:00:00Z'),
              localTime: '04:00',
              localIso: '2026-11-01T04:00:00-05:00',
            },
          ],
        },
      ]);
    });
  });
});

describe('what a viewer in another zone sees', () => {
  const parisMonday = rules({ weekly: [{ weekday: 1, startMinute: h(9), endMinute: h(11) }], stepMinutes: 60 });
  const newYorkTimes = (from: string, to: string) =>
    slotsByViewerDay(bookableSlots(parisMonday, free, at(from), at(to)), 'America/New_York').map((d) => [
      d.date,
      d.slots.map((s) => s.localIso),
    ]);

  it('Paris 09:00 is 03:00 in New York, but 04:00 in the weeks the US has changed and Europe not yet', () => {
    expect(newYorkTimes('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z')).toEqual([
      ['2026-03-02', ['2026-03-02T03:00:00-05:00', '2026-03-02T04:00:00-05:00']],
    ]);
    expect(newYorkTimes('2026-03-09T00:00:00Z', '2026-03-28T00:00:00Z')).toEqual([
      ['2026-03-09', ['2026-03-09T04:00:00-04:00', '2026-03-09T05:00:00-04:00']],
      ['2026-03-16', ['2026-03-16T04:00:00-04:00', '2026-03-16T05:00:00-04:00']],
      ['2026-03-23', ['2026-03-23T04:00:00-04:00', '2026-03-23T05:00:00-04:00']],
    ]);
    expect(newYorkTimes('2026-03-30T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
      ['2026-03-30', ['2026-03-30T03:00:00-04:00', '2026-03-30T04:00:00-04:00']],
    ]);
  });

  it('a late-evening Paris slot is the next day in Auckland; a just-after-midnight one the previous day in New York', () => {
    // Monday 2026-03-16 in Paris (UTC+1): 00:00–01:00 and 23:00–24:00.
    const edges = rules({
      weekly: [
        { weekday: 1, startMinute: 0, endMinute: h(1) },
        { weekday: 1, startMinute: h(23), endMinute: 1440 },
      ],
    });
    const slots = bookableSlots(edges, free, at('2026-03-15T23:00:00Z'), at('2026-03-16T23:00:00Z'));
    expect(starts(slots)).toEqual(['2026-03-15T23:00:00.000Z', '2026-03-16T22:00:00.000Z']);
    const view = (zone: string) => slotsByViewerDay(slots, zone).map((d) => ({ date: d.date, times: d.slots.map((s) => s.localTime) }));
    expect(view('Pacific/Auckland')).toEqual([
      { date: '2026-03-16', times: ['12:00'] },
      { date: '2026-03-17', times: ['11:00'] },
    ]);
    expect(view('America/New_York')).toEqual([
      { date: '2026-03-15', times: ['19:00'] },
      { date: '2026-03-16', times: ['18:00'] },
    ]);
  });
});

describe('validation', () => {
  it('knows IANA zones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('refuses an unknown zone or a malformed window rather than guessing', () => {
    const window = [{ weekday: 1, startMinute: h(9), endMinute: h(12) }];
    const range = [at('2026-01-05T00:00:00Z'), at('2026-01-06T00:00:00Z')] as const;
    expect(() => bookableSlots(rules({ expertTimeZone: 'Mars/Olympus', weekly: window }), free, ...range)).toThrow(RangeError);
    expect(() => availabilityWindows(rules({ weekly: [{ weekday: 1, startMinute: h(12), endMinute: h(9) }] }), ...range)).toThrow(
      RangeError,
    );
    expect(() => slotsByViewerDay([], 'Mars/Olympus')).toThrow(RangeError);
  });
});
