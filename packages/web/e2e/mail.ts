/**
 * Reading the mail the product sent, for end-to-end tests. Today it comes from the dev mailbox page (the recording
 * mailer keeps every message there); a test SMTP server can take its place behind the same function.
 */
import { expect } from 'vitest';
import type { Browser } from 'playwright-core';
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
          return mail.isVisible();
        },
        { timeout: 10_000 },
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
