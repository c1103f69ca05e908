/**
 * Jobs of a dead process: the mail a job sends is keyed by the job, so a job run again after a crash sends nothing
 * twice; and the sweep frees only locks whose worker stopped beating. (test/job-crash.int.test.ts kills real processes.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BookSlotDocument } from '@skillcall/schema';
import { expectType } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { jobHandlers } from '../../jobs';
import { createLoaders } from '../../loaders';
import { bookingNoticeJob } from '../../modules/bookings/booking.jobs';
import { createLogger } from '../logger';
import { beat, sweepStaleLocks } from './lock-recovery';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;

// No worker here: the test runs the handlers itself, as a worker would.
beforeAll(async () => {
  t = await startTestApp({ JOB_CONCURRENCY: '0' }, clock);
});
afterAll(() => t.close());

const mailsAbout = async (bookingId: string) =>
  (
    await t.app.database.db.execute<{ to_address: string }>(
      sql`select to_address from outgoing_mail where metadata->>'bookingId' = ${bookingId} order by to_address`,
    )
  ).map((row) => row.to_address);

describe('jobs run again after a crash', () => {
  it('a confirmation job run a second time (its first run died after sending) sends each participant one mail', async () => {
    const { offerings, user: expertUser } = await bookableExpert(t);
    const user = await signedInUser(t);
    const booking = expectType(
      (
        await user.data(BookSlotDocument, {
          input: { offeringId: offerings[0]!.id, startsAt: '2048-03-02T08:00:00.000Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    ).booking;
    const deps = {
      config: t.config,
      logger: createLogger(t.config),
      clock,
      db: t.app.database.db,
      adapters: t.app.adapters,
      createLoaders,
    };
    const notify = jobHandlers(deps)[bookingNoticeJob.id]!;
    const payload = { bookingId: booking.id, notice: 'CONFIRMED' };

    await notify(payload, { id: '7001', attempts: 1 });
    await notify(payload, { id: '7001', attempts: 2 });
    const once = await mailsAbout(booking.id);
    expect(once).toHaveLength(2);
    expect(once).toContain(expertUser.email.toLowerCase());

    // Another job (another cause: the booking confirmed again after a move, say) is another mail.
    await notify(payload, { id: '7002', attempts: 1 });
    expect(await mailsAbout(booking.id)).toHaveLength(4);
  });

  it('frees the jobs of a worker that stopped beating, and leaves those of a live worker locked', async () => {
    const db = t.app.database.db;
    const lockTo = async (worker: string) => {
      const [job] = await db.execute<{ id: string }>(sql`select id from graphile_worker.add_job('test:noop', '{}'::json)`);
      await db.execute(
        sql`update graphile_worker._private_jobs set locked_by = ${worker}, locked_at = now() - interval '2 minutes' where id = ${job!.id}`,
      );
      return job!.id;
    };
    const dead = await lockTo('worker-dead');
    const alive = await lockTo('worker-alive');
    await db.execute(sql`insert into job_worker_heartbeats (worker_id, instance_id, beat_at) values
      ('worker-dead', 'gone:4000', now() - interval '90 seconds')`);
    await beat(db, 'here:4000', ['worker-alive']);

    expect((await sweepStaleLocks(db, 60)).sort()).toEqual(['worker-dead']);
    const locks = await db.execute<{ id: string; locked_by: string | null }>(
      sql`select id::text, locked_by from graphile_worker._private_jobs where id in (${dead}, ${alive}) order by id`,
    );
    expect(locks).toEqual([
      { id: String(dead), locked_by: null },
      { id: String(alive), locked_by: 'worker-alive' },
    ]);
  });
});
