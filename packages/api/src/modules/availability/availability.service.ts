/** The expert's schedule: weekly windows, date exceptions, buffers, notice and daily cap, in their time zone. */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { inTransaction, type Context } from '../../platform/context';
import { FieldErrorCode, fieldCode, validateInput } from '../../platform/graphql/domain-error';
import { requireOwnExpert, setExpertTimeZone } from '../experts/expert.service';
import type { ExpertRow } from '../experts/expert.table';
import { findAvailability, lockExpertCalendar, replaceAvailability } from './availability.queries';
import { AvailabilitySuccess, type ExpertAvailability, type UpdateAvailabilityInput } from './availability.types';
import { clockOfMinutes, clockPattern, minutesOfClock } from './local-time';
import { timeZoneSchema } from '../identity/identity.policy';
import type { SlotRules } from './slots';
import { publishSlotsChanged } from './slots-events';

const defaults = { bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minNoticeMinutes: 120, maxSessionsPerDay: null };

const clock = z.string().regex(clockPattern, 'Use the 24-hour form HH:mm.');
const windowSchema = z
  .object({ weekday: z.number().int().min(1).max(7), start: clock, end: clock })
  .refine((w) => minutesOfClock(w.start) < minutesOfClock(w.end), {
    message: 'The end must come after the start.',
    path: ['end'],
    ...fieldCode(FieldErrorCode.ENDS_BEFORE_START),
  });
const exceptionSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
      .refine((d) => DateTime.fromISO(d).isValid, 'This date does not exist.'),
    kind: z.enum(['DAY_OFF', 'EXTRA_HOURS']),
    start: clock.optional(),
    end: clock.optional(),
  })
  .refine((e) => (e.start === undefined) === (e.end === undefined), { message: 'Give both a start and an end, or neither.', path: ['end'] })
  .refine((e) => e.kind === 'DAY_OFF' || e.start !== undefined, { message: 'Extra hours need a start and an end.', path: ['start'] })
  .refine((e) => e.start === undefined || minutesOfClock(e.start) < minutesOfClock(e.end!), {
    message: 'The end must come after the start.',
    path: ['end'],
    ...fieldCode(FieldErrorCode.ENDS_BEFORE_START),
  });
const availabilitySchema = z
  .object({
    timeZone: timeZoneSchema,
    weekly: z.array(windowSchema).max(70),
    exceptions: z.array(exceptionSchema).max(366),
    bufferBeforeMinutes: z.number().int().min(0).max(240),
    bufferAfterMinutes: z.number().int().min(0).max(240),
    minNoticeMinutes: z.number().int().min(0).max(43_200),
    maxSessionsPerDay: z.number().int().min(1).max(48).optional(),
  })
  .superRefine((value, issues) => {
    value.weekly.forEach((w, i) => {
      const overlapping = value.weekly.some(
        (other, j) =>
          j < i &&
          other.weekday === w.weekday &&
          minutesOfClock(other.start) < minutesOfClock(w.end) &&
          minutesOfClock(w.start) < minutesOfClock(other.end),
      );
      if (overlapping)
        issues.addIssue({
          code: 'custom',
          path: ['weekly', i, 'start'],
          message: 'This window overlaps another one on the same day.',
          ...fieldCode(FieldErrorCode.OVERLAPS),
        });
    });
  });

function toAvailability(timeZone: string, stored: Awaited<ReturnType<typeof findAvailability>>): ExpertAvailability {
  const settings = stored.settings ?? defaults;
  return {
    timeZone,
    weekly: stored.windows.map((w) => ({ weekday: w.weekday, start: clockOfMinutes(w.startMinute), end: clockOfMinutes(w.endMinute) })),
    exceptions: stored.exceptions.map((e) => ({
      date: e.date,
      kind: e.kind as ExpertAvailability['exceptions'][number]['kind'],
      start: e.startMinute === null ? null : clockOfMinutes(e.startMinute),
      end: e.endMinute === null ? null : clockOfMinutes(e.endMinute),
    })),
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    maxSessionsPerDay: settings.maxSessionsPerDay,
  };
}

function todayIn(ctx: Context, timeZone: string): string {
  return DateTime.fromJSDate(ctx.clock.now(), { zone: timeZone }).toISODate()!;
}

export async function myAvailability(ctx: Context): Promise<ExpertAvailability> {
  const expert = await requireOwnExpert(ctx);
  return toAvailability(expert.timeZone, await findAvailability(ctx.db, expert.id, todayIn(ctx, expert.timeZone)));
}

export async function updateAvailability(ctx: Context, input: UpdateAvailabilityInput) {
  const expert = await requireOwnExpert(ctx);
  const valid = validateInput(availabilitySchema, input);
  if (!valid.ok) return valid.error;
  const value = valid.data;
  await inTransaction(ctx, async (tx) => {
    if (value.timeZone !== expert.timeZone) await setExpertTimeZone(tx, expert.id, value.timeZone);
    await replaceAvailability(
      tx.db,
      expert.id,
      {
        bufferBeforeMinutes: value.bufferBeforeMinutes,
        bufferAfterMinutes: value.bufferAfterMinutes,
        minNoticeMinutes: value.minNoticeMinutes,
        maxSessionsPerDay: value.maxSessionsPerDay ?? null,
      },
      value.weekly.map((w) => ({ weekday: w.weekday, startMinute: minutesOfClock(w.start), endMinute: minutesOfClock(w.end) })),
      value.exceptions.map((e) => ({
        date: e.date,
        kind: e.kind,
        startMinute: e.start === undefined ? null : minutesOfClock(e.start),
        endMinute: e.end === undefined ? null : minutesOfClock(e.end),
      })),
      ctx.clock.now(),
    );
    await publishSlotsChanged(tx, expert.id, 'SCHEDULE');
  });
  const availability = toAvailability(value.timeZone, await findAvailability(ctx.db, expert.id, todayIn(ctx, value.timeZone)));
  return Object.assign(new AvailabilitySuccess(), { availability });
}

/** The expert's slot rules for an offering of `durationMinutes`, with the exceptions from the day before `from` on. */
export async function slotRulesOf(ctx: Context, expert: ExpertRow, durationMinutes: number, from: Date): Promise<SlotRules> {
  const exceptionsFrom = DateTime.fromJSDate(from, { zone: expert.timeZone }).minus({ days: 1 }).toISODate()!;
  const stored = await findAvailability(ctx.db, expert.id, exceptionsFrom);
  const settings = stored.settings ?? defaults;
  return {
    expertTimeZone: expert.timeZone,
    weekly: stored.windows.map((w) => ({ weekday: w.weekday, startMinute: w.startMinute, endMinute: w.endMinute })),
    exceptions: stored.exceptions.map((e) => ({ date: e.date, kind: e.kind, startMinute: e.startMinute, endMinute: e.endMinute })),
    durationMinutes,
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
    minNoticeMinutes: settings.minNoticeMinutes,
    maxSessionsPerDay: settings.maxSessionsPerDay,
    stepMinutes: durationMinutes <= 30 ? 15 : 30,
  };
}

/** Serialises bookings of one expert inside the caller's transaction (so daily caps hold under races). */
export async function lockExpertCalendarFor(ctx: Context, expertId: string): Promise<void> {
  await lockExpertCalendar(ctx.db, expertId);
}
