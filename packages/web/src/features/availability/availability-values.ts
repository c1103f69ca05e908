/**
 * The availability form's values and their conversion to and from the API, plus the checks made before saving.
 * Values mirror UpdateAvailabilityInput (`weekly.2.start`, `exceptions.0.end`), so the API's field errors land on the
 * fields that caused them. Times are "HH:mm"; an end of "00:00" means midnight at the end of the day ("24:00").
 */
import type { AvailabilityExceptionKind, AvailabilityForm_AvailabilityFragment, UpdateAvailabilityInput } from '@skillcall/schema';
import type { TFunction } from 'i18next';

export interface WindowValues {
  weekday: number;
  start: string;
  end: string;
}

export interface ExceptionValues {
  date: string;
  kind: AvailabilityExceptionKind;
  /** A day off without times: the whole day. */
  wholeDay: boolean;
  start: string;
  end: string;
}

export interface AvailabilityValues {
  timeZone: string;
  weekly: WindowValues[];
  exceptions: ExceptionValues[];
  bufferBeforeMinutes: number | string;
  bufferAfterMinutes: number | string;
  minNoticeMinutes: number | string;
  /** Empty: no daily cap. */
  maxSessionsPerDay: number | string;
}

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "24:00" (the API's end of day) is shown as "00:00", which a time field can hold. */
const endForField = (end: string): string => (end === '24:00' ? '00:00' : end);
const endForApi = (end: string): string => (end === '00:00' ? '24:00' : end);

/** Minutes since midnight; an end of "00:00" counts as 24:00. */
function minutesOf(clock: string, isEnd = false): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  const value = hours * 60 + minutes;
  return isEnd && value === 0 ? 24 * 60 : value;
}

export function toValues(availability: AvailabilityForm_AvailabilityFragment): AvailabilityValues {
  return {
    timeZone: availability.timeZone,
    weekly: availability.weekly.map((w) => ({ weekday: w.weekday, start: w.start, end: endForField(w.end) })),
    exceptions: availability.exceptions.map((e) => ({
      date: e.date,
      kind: e.kind,
      wholeDay: e.kind === 'DAY_OFF' && !e.start,
      start: e.start ?? '',
      end: e.end ? endForField(e.end) : '',
    })),
    bufferBeforeMinutes: availability.bufferBeforeMinutes,
    bufferAfterMinutes: availability.bufferAfterMinutes,
    minNoticeMinutes: availability.minNoticeMinutes,
    maxSessionsPerDay: availability.maxSessionsPerDay ?? '',
  };
}

const whole = (value: number | string): number => (typeof value === 'number' ? value : Number(value.trim()));

export function toInput(values: AvailabilityValues): UpdateAvailabilityInput {
  return {
    timeZone: values.timeZone,
    weekly: values.weekly.map((w) => ({ weekday: w.weekday, start: w.start, end: endForApi(w.end) })),
    exceptions: values.exceptions.map((e) => {
      const timed = !(e.kind === 'DAY_OFF' && e.wholeDay);
      return { date: e.date, kind: e.kind, start: timed ? e.start : null, end: timed ? endForApi(e.end) : null };
    }),
    bufferBeforeMinutes: whole(values.bufferBeforeMinutes),
    bufferAfterMinutes: whole(values.bufferAfterMinutes),
    minNoticeMinutes: whole(values.minNoticeMinutes),
    maxSessionsPerDay: values.maxSessionsPerDay === '' ? null : whole(values.maxSessionsPerDay),
  };
}

export const emptyException = (date: string): ExceptionValues => ({ date, kind: 'DAY_OFF', wholeDay: true, start: '', end: '' });

/** A new window on a day: after the day's last one when there is room, else 09:00–17:00. */
export function newWindow(weekday: number, existing: readonly WindowValues[]): WindowValues {
  const lastEnd = Math.max(0, ...existing.filter((w) => w.weekday === weekday).map((w) => minutesOf(w.end, true)));
  if (lastEnd === 0 || lastEnd > 22 * 60) return { weekday, start: '09:00', end: '17:00' };
  const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { weekday, start: clock(lastEnd + 60), end: clock(Math.min(lastEnd + 120, 23 * 60 + 59)) };
}

/** Checks a pair of times; returns the errors by field path. */
function checkRange(path: string, start: string, end: string, t: TFunction, errors: Record<string, string>): void {
  if (!clockPattern.test(start)) errors[`${path}.start`] = t('availabilityEditor.errors.time');
  if (!clockPattern.test(end)) errors[`${path}.end`] = t('availabilityEditor.errors.time');
  else if (clockPattern.test(start) && minutesOf(end, true) <= minutesOf(start))
    errors[`${path}.end`] = t('availabilityEditor.errors.endBeforeStart');
}

function checkWhole(
  values: AvailabilityValues,
  field: keyof AvailabilityValues,
  min: number,
  max: number,
  t: TFunction,
  errors: Record<string, string>,
) {
  const raw = values[field] as number | string;
  const value = whole(raw);
  if (raw === '' || !Number.isInteger(value) || value < min || value > max)
    errors[field] = t('availabilityEditor.errors.range', { min, max });
}

/** What can be checked before saving, with the same paths as the API's errors. */
export function validateAvailability(values: AvailabilityValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.timeZone) errors.timeZone = t('fieldErrors.byField.timeZone.REQUIRED');
  values.weekly.forEach((w, index) => {
    checkRange(`weekly.${index}`, w.start, w.end, t, errors);
    const overlaps = values.weekly.some(
      (other, j) =>
        j < index &&
        other.weekday === w.weekday &&
        minutesOf(other.start) < minutesOf(w.end, true) &&
        minutesOf(w.start) < minutesOf(other.end, true),
    );
    if (overlaps && !errors[`weekly.${index}.start`]) errors[`weekly.${index}.start`] = t('availabilityEditor.errors.overlap');
  });
  values.exceptions.forEach((e, index) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date)) errors[`exceptions.${index}.date`] = t('availabilityEditor.errors.date');
    if (!(e.kind === 'DAY_OFF' && e.wholeDay)) checkRange(`exceptions.${index}`, e.start, e.end, t, errors);
  });
  checkWhole(values, 'bufferBeforeMinutes', 0, 240, t, errors);
  checkWhole(values, 'bufferAfterMinutes', 0, 240, t, errors);
  checkWhole(values, 'minNoticeMinutes', 0, 43_200, t, errors);
  if (values.maxSessionsPerDay !== '') checkWhole(values, 'maxSessionsPerDay', 1, 48, t, errors);
  return errors;
}
