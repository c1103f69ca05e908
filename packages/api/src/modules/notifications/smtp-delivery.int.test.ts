/**
 * Mail over SMTP, end to end: the API queues each message in its cause's transaction, its worker delivers it to a
 * real SMTP server in this process (test/smtp-server.ts), and the test reads the MIME that arrived. Retries run at
 * once by moving the job's time (test/jobs.ts) instead of waiting for graphile-worker's back-off.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MailDeliveryDocument, RequestPasswordResetDocument, UndeliveredEmailsDocument } from '@skillcall/schema';
import { expectType } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { runScheduledJob } from '../../../test/jobs';
import { signInAs } from '../../../test/booking-fixtures';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { jobHandlers } from '../../jobs';
import { createLoaders } from '../../loaders';
import { inTransaction } from '../../platform/context';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { createUser } from '../../seed/factories';
import { deliveryJobKey, maxDeliveryAttempts } from './mail.policy';
import { deliverMailJob } from './notifications.jobs';
import { sendEmail } from './notifications.service';
import { renderMail } from './templates';

const clock = new ManualClock(new Date());
let smtp: TestSmtpServer;
let t: TestApp;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await startTestApp(
    { SMTP_URL: smtp.url, MAIL_FROM: 'Skillcall <no-reply@mail.skillcall.test>', MAIL_REPLY_TO: 'help@skillcall.test' },
    clock,
  );
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const deps = () => ({
  config: t.config,
  logger: createLogger(t.config),
  clock,
  db: t.app.database.db,
  adapters: t.app.adapters,
  createLoaders,
});

const mailRow = async (to: string) => {
  const [row] = await t.app.database.db.execute<{
    id: string;
    status: string;
    attempts: number;
    last_reply: string | null;
    sent_at: string | null;
    failed_at: string | null;
    message_id: string;
  }>(sql`select id, status, attempts, last_reply, sent_at, failed_at, message_id from outgoing_mail where to_address = ${to}`);
  return row;
};

const deliveryJob = async (mailId: string) => {
  const [job] = await t.app.database.db.execute<{ attempts: number; locked_at: string | null; max_attempts: number }>(
    sql`select attempts, locked_at, max_attempts from graphile_worker.jobs where key = ${deliveryJobKey(mailId)}`,
  );
  return job ?? null;
};

const requestReset = async (email: string) =>
  expectType(
    (await t.client().data(RequestPasswordResetDocument, { input: { email } })).requestPasswordReset,
    'RequestPasswordResetSuccess',
  );

describe('mail over SMTP', () => {
  it('tells the SPA that mail is sent (no dev mailbox link), and closes the dev mailbox', async () => {
    expect((await t.client().data(MailDeliveryDocument)).mailDelivery).toEqual({ devMailbox: false });
  });

  it('delivers a French account’s password reset in French, with the headers a mailbox provider expects', async () => {
    const user = await createUser(t.app.database.db, { locale: 'fr', email: 'amelie@example.test', displayName: 'Amélie' });
    await requestReset(user.email);

    await vi.waitFor(() => expect(smtp.to(user.email)).toHaveLength(1), { timeout: 15_000 });
    const mail = smtp.to(user.email)[0]!.parsed;
    const french = await renderMail('passwordReset', 'fr', { name: 'Amélie', url: 'x', minutes: 60 });
    expect(mail.subject).toBe(french.subject);
    expect(mail.subject).not.toBe((await renderMail('passwordReset', 'en', { name: 'Amélie', url: 'x', minutes: 60 })).subject);
    expect(mail.from?.value).toEqual([{ name: 'Skillcall', address: 'no-reply@mail.skillcall.test' }]);
    expect(mail.replyTo?.value).toEqual([{ name: '', address: 'help@skillcall.test' }]);
    expect(mail.text).toMatch(/\/reset-password\?token=/);
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@mail\.skillcall\.test>$/);
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.has('list-unsubscribe')).toBe(false);

    await vi.waitFor(async () => expect((await mailRow(user.email))?.status).toBe('SENT'));
    const row = (await mailRow(user.email))!;
    expect(row).toMatchObject({ attempts: 1, message_id: mail.messageId });
    expect(row.last_reply).toMatch(/^250 /);
  });

  it('sends the HTML and text parts as multipart/alternative, the attachments, and one-click unsubscribe headers', async () => {
    // A reminder, which its recipient may turn off: it carries their one-click unsubscribe link.
    const { email: to } = await createUser(t.app.database.db, { email: 'attachments@example.test', displayName: 'Ada' });
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n', 'binary');
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Skillcall//EN\r\nEND:VCALENDAR\r\n';
    await inTransaction(systemContext(deps(), 'test'), async (tx) => {
      await sendEmail(tx, {
        to,
        locale: 'en',
        template: 'bookingReminder',
        params: {
          name: 'Ada',
          other: 'Zoé',
          title: 'Sourdough',
          when: '9 March 2048 at 09:00',
          zone: 'Europe/Paris',
          soon: 'tomorrow',
          url: 'http://localhost/bookings/1',
        },
        attachments: [
          { filename: 'skillcall.ics', contentType: 'text/calendar; charset=utf-8', content: ics },
          { filename: 'receipt.pdf', contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' },
        ],
      });
    });

    await vi.waitFor(() => expect(smtp.to(to)).toHaveLength(1), { timeout: 15_000 });
    const { parsed, raw } = smtp.to(to)[0]!;
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(parsed.html).toMatch(/<html[^>]* lang="en"/);
    expect(parsed.html).toContain('Sourdough');
    expect(parsed.text).toContain('Hello Ada');
    const unfolded = raw.replace(/\r\n(?=[ \t])/g, '');
    const unsubscribe = /^List-Unsubscribe:\s*<(http:\/\/[^>]+\/unsubscribe\/[^>]+)>\r$/m.exec(unfolded)?.[1];
    expect(unsubscribe).toBeDefined();
    expect(parsed.html).toContain(unsubscribe);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
    const files = Object.fromEntries(parsed.attachments.map((a) => [a.filename, a]));
    expect(files['skillcall.ics']?.contentType).toBe('text/calendar');
    expect(files['skillcall.ics']?.content.toString('utf8')).toBe(ics);
    expect(files['receipt.pdf']?.contentType).toBe('application/pdf');
    expect(files['receipt.pdf']?.content.equals(pdf)).toBe(true);
  });

  it('tries again after a 421 and delivers the message once', async () => {
    const user = await createUser(t.app.database.db, { email: 'greylisted@example.test' });
    const greylisting = smtp.refuse(user.email, 421, 'Greylisted, please try again later');
    await requestReset(user.email);

    await vi.waitFor(
      async () => {
        const row = await mailRow(user.email);
        expect(row?.last_reply).toMatch(/^421 .*Greylisted/);
        expect(await deliveryJob(row!.id)).toMatchObject({ attempts: 1, locked_at: null, max_attempts: maxDeliveryAttempts });
      },
      { timeout: 15_000 },
    );
    expect(smtp.to(user.email)).toHaveLength(0);
    expect((await mailRow(user.email))?.status).toBe('QUEUED');

    greylisting.stop();
    const row = (await mailRow(user.email))!;
    await runScheduledJob(t, clock, deliveryJobKey(row.id));
    await vi.waitFor(async () => expect((await mailRow(user.email))?.status).toBe('SENT'), { timeout: 15_000 });
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(await mailRow(user.email)).toMatchObject({ attempts: 2 });
    expect(await deliveryJob(row.id)).toBeNull();
  });

  it('records a 550 as FAILED with the server’s reply, does not retry it, and shows it to admins only', async () => {
    const user = await createUser(t.app.database.db, { email: 'nobody-here@example.test' });
    smtp.refuseNext(user.email, 550, 'No such user here');
    await requestReset(user.email);

    await vi.waitFor(async () => expect((await mailRow(user.email))?.status).toBe('FAILED'), { timeout: 15_000 });
    const row = (await mailRow(user.email))!;
    expect(row.last_reply).toMatch(/^550 .*No such user here/);
    expect(row.attempts).toBe(1);
    expect(row.failed_at).not.toBeNull();
    expect(await deliveryJob(row.id)).toBeNull();
    expect(smtp.to(user.email)).toHaveLength(0);

    const admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
    const { undeliveredEmails } = await admin.data(UndeliveredEmailsDocument, {});
    expect(undeliveredEmails.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        to: user.email,
        template: 'passwordReset',
        status: 'FAILED',
        attempts: 1,
        lastReply: expect.stringMatching(/^550 /),
      }),
    );
    const someone = await signInAs(t, await createUser(t.app.database.db));
    for (const [client, code] of [
      [someone, 'FORBIDDEN'],
      [t.client(), 'UNAUTHENTICATED'],
    ] as const) {
      const refused = await client.execute(UndeliveredEmailsDocument, {});
      expect(refused.errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it('marks a message FAILED on its last allowed attempt instead of retrying it', async () => {
    const to = 'always-later@example.test';
    const busy = smtp.refuse(to, 421, 'Mailbox busy');
    const ctx = systemContext(deps(), 'test');
    // Held by no worker (its run time is in an hour), the job is run here as the worker would on each attempt.
    await inTransaction(ctx, async (tx) => {
      await sendEmail(tx, { to, locale: 'en', template: 'welcome', params: { name: 'Ada', url: 'http://localhost' } });
      await tx.db.execute(sql`update graphile_worker._private_jobs set run_at = now() + interval '1 hour'
        where key = (select 'mail:' || id from outgoing_mail where to_address = ${to})`);
    });
    const row = (await mailRow(to))!;
    const deliver = jobHandlers(deps())[deliverMailJob.id]!;
    await expect(deliver({ mailId: row.id }, { id: '9001', attempts: maxDeliveryAttempts - 1 })).rejects.toThrow(/Mailbox busy/);
    expect(await mailRow(to)).toMatchObject({ status: 'QUEUED', attempts: 1 });

    // Still being retried: admins see it once it has waited for more than an hour.
    const admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
    const listed = async () =>
      (await admin.data(UndeliveredEmailsDocument, { first: 50 })).undeliveredEmails.edges.map((e) => e.node).filter((n) => n.to === to);
    expect(await listed()).toEqual([]);
    clock.advance(61 * 60_000);
    expect(await listed()).toEqual([
      expect.objectContaining({ status: 'QUEUED', attempts: 1, lastReply: expect.stringMatching(/^421 .*Mailbox busy/), failedAt: null }),
    ]);

    await deliver({ mailId: row.id }, { id: '9001', attempts: maxDeliveryAttempts });
    expect(await mailRow(to)).toMatchObject({ status: 'FAILED', attempts: 2, last_reply: expect.stringMatching(/^421 .*Mailbox busy/) });
    // Run again (a crash after the FAILED mark), it sends nothing, even to a server that now accepts it.
    busy.stop();
    await deliver({ mailId: row.id }, { id: '9001', attempts: maxDeliveryAttempts });
    expect(smtp.to(to)).toHaveLength(0);
    expect(await mailRow(to)).toMatchObject({ status: 'FAILED', attempts: 2 });
  });

  it('sends nothing for a change that rolled back', async () => {
    const ctx = systemContext(deps(), 'test');
    await expect(
      inTransaction(ctx, async (tx) => {
        await sendEmail(tx, { to: 'rolled-back@example.test', locale: 'en', template: 'welcome', params: { name: 'Ada', url: 'x' } });
        throw new Error('the change failed after its mail was queued');
      }),
    ).rejects.toThrow(/the change failed/);
    await sendEmail(ctx, { to: 'committed@example.test', locale: 'en', template: 'welcome', params: { name: 'Ada', url: 'x' } });

    await vi.waitFor(() => expect(smtp.to('committed@example.test')).toHaveLength(1), { timeout: 15_000 });
    expect(await mailRow('rolled-back@example.test')).toBeUndefined();
    const [jobs] = await t.app.database.db.execute<{ count: number }>(
      sql`select count(*)::int as count from graphile_worker.jobs j where j.task_identifier = ${deliverMailJob.id}
        and not exists (select 1 from outgoing_mail m where 'mail:' || m.id = j.key)`,
    );
    expect(jobs?.count).toBe(0);
    expect(smtp.to('rolled-back@example.test')).toHaveLength(0);
  });
});
