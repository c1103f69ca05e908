/**
 * A job held by a process killed with SIGKILL (`kill -9`): graphile-worker alone leaves it locked for four hours, so
 * the confirmation of a committed booking is never sent. The restarted instance frees its own old locks at once;
 * another instance of the fleet frees them once the dead worker's heartbeat is older than JOB_LOCK_TIMEOUT_SECONDS.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import postgres from 'postgres';
import {
  BookSlotDocument,
  BookableSlotsDocument,
  ExpertProfileDocument,
  RequestPasswordResetDocument,
  SignInDocument,
} from '@skillcall/schema';
import { demoAccounts, demoPassword } from '../src/seed/demo';
import { launchBuiltServer, type BuiltServer } from './built-server';
import { TestClient, expectType } from './graphql-client';
import { createTestDatabase, freePort } from './postgres-for-tests';
import { startTestSmtpServer } from './smtp-server';

let databaseUrl: string;
let observer: postgres.Sql;
const running: BuiltServer[] = [];

async function launch(port: number, env: Record<string, string> = {}) {
  const server = launchBuiltServer({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    ...env,
  });
  running.push(server);
  await server.started();
  return { server, url: `http://127.0.0.1:${port}` };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
  observer = postgres(databaseUrl, { max: 1, onnotice: () => {} });
}, 60_000);
async function stopAll(): Promise<void> {
  for (const server of running) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
}

afterAll(async () => {
  await stopAll();
  await observer?.end();
});

const [, expertAccount, userAccount] = demoAccounts;
let dayOffset = 1;

const confirmationsOf = async (bookingId: string) =>
  (
    await observer<{ to_address: string }[]>`select to_address from outgoing_mail
      where template = 'bookingConfirmed' and metadata->>'bookingId' = ${bookingId} order by to_address`
  ).map((row) => row.to_address);

const lockedConfirmation = async (bookingId: string) =>
  (
    await observer`select 1 from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
      where t.identifier = 'bookings:notify' and j.payload->>'bookingId' = ${bookingId} and j.locked_by is not null`
  ).length > 0;

/**
 * Books the demo user a free session through `url` while the mail table is locked, waits until the instance's worker
 * holds the confirmation job (waiting to record its mail), then kills the instance with SIGKILL. Its database
 * sessions end as PostgreSQL ends those of a vanished client, and the mail table is unlocked.
 */
async function bookThenKill(instance: { server: BuiltServer; url: string }): Promise<string> {
  const locker = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const lock = await locker.reserve();
  try {
    await lock`begin`;
    await lock`lock table outgoing_mail in exclusive mode`;
    const lockPid = (await lock<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid;
    const user = new TestClient(instance.url);
    expectType((await user.data(SignInDocument, { input: { email: userAccount!.email, password: demoPassword } })).signIn, 'SignInSuccess');
    const expert = (await user.data(ExpertProfileDocument, { slug: 'elodie-lefevre' })).expert!;
    const free = expert.offerings.find((o) => o.price.model === 'FREE')!;
    const from = new Date(Date.now() + dayOffset++ * 86_400_000).toISOString().slice(0, 10);
    const slots = await user.data(BookableSlotsDocument, { offeringId: free.id, from, days: 14, timeZone: userAccount!.timeZone });
    const startsAt = slots.bookableSlots.days.flatMap((d) => d.slots)[0]!.startsAt;
    const { booking } = expectType(
      (await user.data(BookSlotDocument, { input: { offeringId: free.id, startsAt, timeZone: userAccount!.timeZone } })).bookSlot,
      'BookingSuccess',
    );
    await eventually(() => lockedConfirmation(booking.id), 'the worker to hold the confirmation job');

    instance.server.child.kill('SIGKILL');
    await instance.server.exited;
    await observer`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and pid <> ${lockPid}`;
    await lock`commit`;
    expect(await lockedConfirmation(booking.id)).toBe(true);
    expect(await confirmationsOf(booking.id)).toEqual([]);
    return booking.id;
  } finally {
    await lock`rollback`.catch(() => {});
    lock.release();
    await locker.end();
  }
}

const bothParticipants = [expertAccount!.email, userAccount!.email].map((e) => e.toLowerCase()).sort();

describe('jobs held by a killed API process', () => {
  it('run when the same instance starts again, and send each confirmation once', async () => {
    const port = await freePort();
    const bookingId = await bookThenKill(await launch(port));

    const again = await launch(port);
    await eventually(async () => (await confirmationsOf(bookingId)).length >= 2, 'the confirmations');
    expect(await confirmationsOf(bookingId)).toEqual(bothParticipants);
    again.server.child.kill('SIGTERM');
    await again.server.exited;
  }, 120_000);

  it('run on another instance of the fleet once the dead worker’s heartbeat is older than the lock timeout', async () => {
    const dying = await launch(await freePort());
    const bookingId = await bookThenKill(dying);

    await launch(await freePort(), { JOB_LOCK_TIMEOUT_SECONDS: '5' });
    await eventually(async () => (await confirmationsOf(bookingId)).length >= 2, 'the confirmations');
    expect(await confirmationsOf(bookingId)).toEqual(bothParticipants);
  }, 120_000);

  it('deliver a mail whose process was killed between the commit and the send, once, over SMTP', async () => {
    // Only instances that send to this SMTP server may take the delivery job.
    await stopAll();
    const smtp = await startTestSmtpServer();
    try {
      const port = await freePort();
      const dying = await launch(port, { SMTP_URL: smtp.url });
      const email = userAccount!.email;
      const hold = smtp.holdNext(email);
      const { requestPasswordReset } = await new TestClient(dying.url).data(RequestPasswordResetDocument, { input: { email } });
      expectType(requestPasswordReset, 'RequestPasswordResetSuccess');
      // Committed, and the worker is talking to the mail server: the process dies before the message is sent.
      await hold.held;
      dying.server.child.kill('SIGKILL');
      await dying.server.exited;
      hold.release();

      const resetMail = async () =>
        (
          await observer<{ status: string; attempts: number }[]>`select status, attempts from outgoing_mail
          where template = 'passwordReset' and lower(to_address) = ${email.toLowerCase()}`
        )[0];
      expect(await resetMail()).toMatchObject({ status: 'QUEUED', attempts: 1 });
      const resets = () => smtp.to(email).filter((mail) => /\/reset-password\?token=/.test(mail.parsed.text ?? ''));
      expect(resets()).toHaveLength(0);

      const again = await launch(port, { SMTP_URL: smtp.url });
      await eventually(async () => (await resetMail())?.status === 'SENT', 'the reset mail to be sent');
      expect(resets()).toHaveLength(1);
      expect(await resetMail()).toMatchObject({ status: 'SENT', attempts: 2 });
      again.server.child.kill('SIGTERM');
      await again.server.exited;
    } finally {
      await smtp.close();
    }
  }, 120_000);
});
