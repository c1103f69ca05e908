/**
 * Typed jobs on the running worker: a well-formed job runs; a job whose payload its schema refuses (written around
 * `enqueue`, as an older release or a hand-made row could) fails loudly and stays in the queue with the reason,
 * instead of reaching its handler with the wrong shape.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { bookingNoticeJob } from '../../modules/bookings/booking.jobs';
import { enqueue } from './queue';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const jobRow = async (key: string) => {
  const [row] = await t.app.database.db.execute<{ attempts: number; last_error: string | null }>(
    sql`select attempts, last_error from graphile_worker.jobs where key = ${key}`,
  );
  return row;
};

describe('typed jobs', () => {
  it('refuses to enqueue a payload its schema refuses, and adds nothing', async () => {
    const db = t.app.database.db;
    await expect(
      enqueue(db, bookingNoticeJob, { bookingId: 'not-a-uuid', notice: 'CONFIRMED' }, { jobKey: 'typed-refused' }),
    ).rejects.toThrow();
    expect(await jobRow('typed-refused')).toBeUndefined();
  });

  it('keeps a job with a malformed payload in the queue, failed with the reason, without running its handler', async () => {
    const db = t.app.database.db;
    await db.execute(
      sql`select graphile_worker.add_job(${bookingNoticeJob.id}, ${JSON.stringify({ bookingId: 42 })}::json, job_key => 'typed-malformed')`,
    );
    await expect
      .poll(async () => (await jobRow('typed-malformed'))?.last_error ?? null, { timeout: 15_000, interval: 200 })
      .toMatch(/The bookings:notify job's payload is malformed \(bookingId: .+\)/);
    expect((await jobRow('typed-malformed'))?.attempts).toBeGreaterThanOrEqual(1);
  });
});
