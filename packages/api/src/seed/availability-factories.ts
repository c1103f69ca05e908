/** Availability for tests and the demo: weekly windows in each expert's own time zone, and the settings. */
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../platform/db/client';
import { replaceAvailability } from '../modules/availability/availability.queries';
import { minutesOfClock } from '../modules/availability/local-time';

export interface AvailabilitySpec {
  weekly: { weekday: number; start: string; end: string }[];
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  minNoticeMinutes?: number;
  maxSessionsPerDay?: number | null;
}

/** Office hours: Monday to Friday 09:00–12:00 and 13:00–18:00, Saturday 10:00–13:00. */
export const officeHours: AvailabilitySpec['weekly'] = [
  ...[1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '12:00' },
    { weekday, start: '13:00', end: '18:00' },
  ]),
  { weekday: 6, start: '10:00', end: '13:00' },
];

export async function setAvailability(db: DbExecutor, expertId: string, spec: AvailabilitySpec, now = new Date()): Promise<void> {
  await replaceAvailability(
    db,
    expertId,
    {
      bufferBeforeMinutes: spec.bufferBeforeMinutes ?? 0,
      bufferAfterMinutes: spec.bufferAfterMinutes ?? 0,
      minNoticeMinutes: spec.minNoticeMinutes ?? 60,
      maxSessionsPerDay: spec.maxSessionsPerDay ?? null,
    },
    spec.weekly.map((w) => ({ weekday: w.weekday, startMinute: minutesOfClock(w.start), endMinute: minutesOfClock(w.end) })),
    [],
    now,
  );
}

/** Office hours for every expert who has no schedule yet (the demo's catalogue, in one statement). */
export async function giveEveryExpertOfficeHours(db: DbExecutor): Promise<void> {
  const windows = sql.join(
    officeHours.map((w) => sql`(${w.weekday}::smallint, ${minutesOfClock(w.start)}::smallint, ${minutesOfClock(w.end)}::smallint)`),
    sql`, `,
  );
  await db.execute(sql`
    insert into availability_windows (expert_id, weekday, start_minute, end_minute)
    select e.id, w.weekday, w.start_minute, w.end_minute from experts e cross join (values ${windows}) as w(weekday, start_minute, end_minute)
    where not exists (select 1 from availability_windows a where a.expert_id = e.id)`);
  await db.execute(
    sql`insert into availability_settings (expert_id, min_notice_minutes) select id, 60 from experts on conflict do nothing`,
  );
}
