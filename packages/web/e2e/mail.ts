/**
 * Reading the mail the product sent, for end-to-end tests: from the dev mailbox page of the shared server (the
 * recording mailer keeps every message there), or, for a journey that must see mail leave the machine, from a real
 * SMTP server that a server of its own delivers to (`startServerWithSmtp`).
 */
import { expect, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBuiltServer } from '../../api/test/built-server';
import { createTestDatabase, freePort } from '../../api/test/postgres-for-tests';
import { startTestSmtpServer, type TestSmtpServer } from '../../api/test/smtp-server';
import { newVisitor } from './browser';

export interface ReceivedMail {
  subject: string;
  text: string;
}

/** The latest mail to `address` whose subject matches, once it arrived. */
export async function mailTo(browser: Browser, baseUrl: string, address: string, subject: string | RegExp): Promise<ReceivedMail> {
  const context = await newVisitor(browser, 'en-US');
  try {
    const page = await context.newPage();
    const mail = page.getByTestId('mailbox-email').filter({ hasText: subject }).first();
    await expect
      .poll(
        async () => {
          await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(address)}`);
          // The page loads its list after it shows: give it a moment before reloading for mail still on its way.
          return mail.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const heading = await mail.getByRole('heading').first().textContent();
    return { subject: heading ?? '', text: (await mail.getByTestId('mailbox-email-text').textContent()) ?? '' };
  } finally {
    await context.close();
  }
}

/** The first address in a mail's text that leads to `path` on this server (e.g. `/verify-email`). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const found = mail.text.match(/https?:\/\/[^\s)]+/g)?.find((url) => new URL(url).pathname === path);
  if (!found) throw new Error(`No ${path} link in “${mail.subject}”: ${mail.text}`);
  return found;
}

/**
 * The built product on a database of its own (demo data seeded), sending its mail over SMTP to a test SMTP server on
 * loopback, as a deployment with `SMTP_URL` does.
 */
export async function startServerWithSmtp(adminDatabaseUrl: string) {
  const smtp = await startTestSmtpServer();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = launchBuiltServer({
    ...process.env,
    DATABASE_URL: await createTestDatabase(adminDatabaseUrl),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    TRUSTED_DOCUMENTS: 'enforce',
    PUBLIC_URL: baseUrl,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Skillcall <no-reply@skillcall.test>',
  });
  await server.started();
  return {
    baseUrl,
    smtp,
    async stop() {
      server.child.kill('SIGTERM');
      await server.exited;
      await smtp.close();
    },
  };
}

/** The latest mail the SMTP server received for `address` whose subject matches, once it arrived (its text part). */
export async function receivedBy(smtp: TestSmtpServer, address: string, subject: string | RegExp): Promise<ReceivedMail> {
  const matches = (text: string) => (typeof subject === 'string' ? text === subject : subject.test(text));
  return vi.waitFor(
    () => {
      const found = smtp.received.filter((m) => m.to.includes(address) && matches(m.parsed.subject ?? '')).at(-1);
      if (!found) throw new Error(`No mail to ${address} about ${String(subject)} yet`);
      expect(found.parsed.html, 'an HTML part beside the text').toBeTruthy();
      return { subject: found.parsed.subject ?? '', text: found.parsed.text ?? '' };
    },
    { timeout: 15_000, interval: 100 },
  );
}
