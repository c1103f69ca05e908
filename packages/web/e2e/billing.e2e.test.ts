/**
 * Paying, holding and refunding a session, with three people at once and the offline payment provider: a user asks an
 * available expert for help now on a paid per-session offering, the expert accepts, the user pays on the offline
 * provider's page (after a simulated declined card), both meet in the session room (fake camera and microphone) and
 * the expert ends the session, the user asks for a refund under the satisfaction guarantee and sees it refunded, live;
 * the expert answers the request, live on the user's page; an admin's revenue page shows the money back where it came
 * from, and the ledger has no unsettled booking. A second request goes to the admins: the expert's open page shows it,
 * and the user's the decline, without reloading.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { unsettledBookings } from '../../api/src/modules/billing/ledger';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, signIn, textNow, textOf } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** A guitar teacher with one paid per-session offering (SEK 450 for 30 minutes), signed in on their dashboard. */
async function availableExpert(displayName: string) {
  const created = await createBookableExpert(database.db, {
    displayName,
    prices: [{ model: 'PER_SESSION', amountMinor: 45_000, currency: 'SEK', durationMinutes: 30 }],
  });
  const context = await newVisitor(browser, 'en-US');
  const page = await context.newPage();
  await signIn(page, created.user.email);
  await page.goto(`${baseUrl}/dashboard`);
  await page.getByRole('switch', { name: 'Available now' }).check();
  await expect.poll(() => textNow(page, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');
  return { ...created, context, page };
}

/**
 * A participant's booking page offers to join the open room: the room opens in a new tab of the same browser (the
 * booking page stays open, following the booking live), and the participant passes the device check (the browser's
 * fake camera and microphone) and joins.
 */
async function joinRoom(bookingPage: Page, bookingPath: string): Promise<Page> {
  const join = bookingPage.getByTestId('booking-session').getByRole('link', { name: 'Join the session' });
  await join.waitFor({ timeout: 10_000 });
  expect(await join.getAttribute('href')).toBe(`${bookingPath}/room`);
  const room = await bookingPage.context().newPage();
  await room.goto(`${baseUrl}${bookingPath}/room`);
  await room.getByRole('button', { name: 'Join the session' }).click({ timeout: 15_000 });
  return room;
}

/**
 * The session takes place in its room: the user joins first (the expert's booking page shows them waiting, live),
 * then the expert, who ends the session for both; both booking pages follow it to Completed.
 */
async function holdSession(user: Page, expert: Page, bookingPath: string): Promise<void> {
  const userRoom = await joinRoom(user, bookingPath);
  await expect.poll(() => textNow(expert, 'session-presence'), { timeout: 10_000 }).toMatch(/is waiting for you in the room\.$/);
  const expertRoom = await joinRoom(expert, bookingPath);
  await expertRoom.getByRole('main').getByRole('button', { name: 'End session' }).click({ timeout: 15_000 });
  await expertRoom.getByRole('dialog').getByRole('button', { name: 'End the session' }).click();
  await expect.poll(() => textNow(expert, 'booking-status'), { timeout: 10_000 }).toBe('Completed');
  await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Completed');
  await userRoom.close();
  await expertRoom.close();
}

/** The user asks the expert for help now, the expert accepts, the user pays, and the session takes place in its room. */
async function heldSession(user: Page, expert: Awaited<ReturnType<typeof availableExpert>>): Promise<string> {
  await user.goto(`${baseUrl}/experts/${expert.expert.slug}/${expert.offerings[0]!.slug}`);
  await user.getByRole('button', { name: 'Ask for help now' }).click();
  await user.getByRole('button', { name: 'Send the request' }).click();
  await expert.page.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
  await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
  const bookingPath = new URL(user.url()).pathname;
  await user
    .getByTestId('payment-step')
    .getByRole('button', { name: /^Pay SEK\s450\.00$/ })
    .click({ timeout: 10_000 });
  // The checkout's button has the same name as the booking page's: click it only once the checkout is shown.
  await user.waitForURL('**/pay/offline/*', { timeout: 10_000 });
  await user.getByRole('button', { name: /^Pay SEK\s450\.00$/ }).click({ timeout: 10_000 });
  await user.waitForURL(`**${bookingPath}?payment=done`);
  await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');
  await expert.page.goto(`${baseUrl}${bookingPath}`);
  await holdSession(user, expert.page, bookingPath);
  return bookingPath;
}

/** The user asks for a refund of the session shown, with a reason. */
async function askForRefund(user: Page, reason: string) {
  const guarantee = user.getByTestId('guarantee');
  await guarantee.getByRole('button', { name: 'Ask for a refund' }).click({ timeout: 10_000 });
  await field(user, 'What went wrong?').fill(reason);
  await guarantee.getByRole('button', { name: 'Ask for a full refund' }).click();
}

describe('paying and refunding a session', () => {
  it('pays with the offline provider, both meet in the room, the expert ends it, the user is refunded in full, and the ledger balances', async () => {
    // SEK: a currency no other suite pays in, so the platform's figures for it are this test's alone.
    const {
      user: expertAccount,
      expert,
      offerings,
    } = await createBookableExpert(database.db, {
      displayName: 'Ingrid Lindqvist',
      prices: [{ model: 'PER_SESSION', amountMinor: 45_000, currency: 'SEK', durationMinutes: 30 }],
    });
    // Times show in the account's zone, not the browser's (America/New_York).
    const client = await createUser(database.db, { displayName: 'Pat Payer', timeZone: 'Asia/Tokyo' });

    const expertContext = await newVisitor(browser, 'en-US');
    const expertPage = await expertContext.newPage();
    await signIn(expertPage, expertAccount.email);
    await expertPage.goto(`${baseUrl}/dashboard`);
    await expertPage.getByRole('switch', { name: 'Available now' }).check();
    await expect.poll(() => textNow(expertPage, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');

    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, client.email);
    await user.goto(`${baseUrl}/experts/${expert.slug}/${offerings[0]!.slug}`);
    expect(await textOf(user, 'offline-notice')).toContain('Paying is a simulation: no card is charged and no real money moves.');
    await user.getByRole('button', { name: 'Ask for help now' }).click();
    await user.getByRole('button', { name: 'Send the request' }).click();
    await expertPage.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
    await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
    const bookingPath = new URL(user.url()).pathname;
    const bookingId = bookingPath.split('/').pop()!;

    // The expert follows the booking on its page from now on; it changes under their eyes.
    await expertPage.getByRole('link', { name: 'Open the booking' }).click();
    await expertPage.waitForURL(`**${bookingPath}`);
    await expect.poll(() => textNow(expertPage, 'booking-status'), { timeout: 10_000 }).toBe('Awaiting payment');

    // The payment step: the amount, the hold and, with the offline provider, that no real money moves.
    await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Awaiting payment');
    const step = user.getByTestId('payment-step');
    expect(await textOf(user, 'payment-step')).toContain('Pay SEK 450.00 now to confirm your session.');
    expect(await textOf(user, 'hold-countdown')).toMatch(/^Held for you until .+ — \d+:\d\d left$/);
    expect(await step.getByTestId('offline-notice').textContent()).toContain('no real money moves');
    await step.getByRole('button', { name: /^Pay SEK\s450\.00$/ }).click();

    await user.waitForURL('**/pay/offline/*');
    expect(await textOf(user, 'offline-banner')).toContain('simulation, no real money moves');
    expect(await textOf(user, 'checkout-amount')).toBe('SEK 450.00');
    await user.getByRole('button', { name: 'Simulate a declined card' }).click();
    await expect
      .poll(() => user.getByRole('alert').filter({ hasText: 'Card declined (simulated)' }).textContent(), { timeout: 10_000 })
      .toContain('Nothing was charged.');
    await user.getByRole('button', { name: /^Pay SEK\s450\.00$/ }).click();

    await user.waitForURL(`**${bookingPath}?payment=done`);
    await expect.poll(() => textNow(user, 'payment-return'), { timeout: 10_000 }).toContain('Payment received: your session is confirmed');
    expect(await textOf(user, 'booking-status')).toBe('Confirmed');
    expect(await textOf(user, 'payment-status')).toBe('Paid');
    expect(await textOf(user, 'payment-captured')).toBe('SEK 450.00');
    // The user sees neither the commission nor the expert's share.
    expect(await user.getByTestId('payment-platform-fee').count()).toBe(0);
    const downloading = user.waitForEvent('download');
    // The payment's invoice, numbered in the operator's series (the demo's prefix is SC).
    await user.getByRole('link', { name: /^Download invoice SC-/ }).click();
    const receipt = await downloading;
    expect(receipt.suggestedFilename()).toMatch(/^SC-.+\.pdf$/);
    let pdf = '';
    for await (const chunk of await receipt.createReadStream()) pdf += String(chunk);
    expect(pdf.startsWith('%PDF')).toBe(true);

    // The expert's page followed the payment live: confirmed, with the 20% commission and their share.
    await expect.poll(() => textNow(expertPage, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');
    expect(await textOf(expertPage, 'payment-platform-fee')).toBe('SEK 90.00');
    expect(await textOf(expertPage, 'payment-expert-share')).toBe('SEK 360.00');
    // Accepted for now, so it has started: nobody can move it any more.
    const change = expertPage.getByRole('region', { name: 'Change this booking' });
    expect(await change.textContent()).toContain('It has started, so it can no longer be moved; you can still cancel it.');
    expect(await change.getByRole('button', { name: 'Move to another time' }).isDisabled()).toBe(true);

    // A session that starts now: its room is open at once. Both meet there, and the expert ends it.
    expect(await textOf(user, 'session-status')).toBe('The room is open.');
    expect(await textOf(expertPage, 'session-presence')).toBe('No one is in the room yet.');
    await holdSession(user, expertPage, bookingPath);
    // Each booking page tells how it ended, from its side, and for how long both were connected.
    await expect.poll(() => textNow(expertPage, 'session-status'), { timeout: 10_000 }).toBe('You ended the session.');
    await expect.poll(() => textNow(user, 'session-status'), { timeout: 10_000 }).toBe('Ingrid Lindqvist ended the session.');
    expect(await textOf(user, 'session-connected')).toMatch(/^\d\d:\d\d$/);
    // A per-session price: no minutes are billed.
    expect(await user.getByTestId('session-billed').count()).toBe(0);

    // Their earnings: all of it pending while the client's 72-hour guarantee runs.
    const earningsPage = await expertContext.newPage();
    await earningsPage.goto(`${baseUrl}/dashboard/earnings`);
    await expect.poll(() => textNow(earningsPage, 'earnings-pending'), { timeout: 10_000 }).toBe('SEK 360.00');
    expect(await textOf(earningsPage, 'earnings-earned')).toBe('SEK 360.00');
    expect(await textOf(earningsPage, 'earnings-paid')).toBe('SEK 0.00');
    expect(await textOf(earningsPage, 'offline-notice')).toContain('nothing is paid out to a bank');

    // The user's page follows too: the guarantee, with its deadline (72 hours after the session) in the account's zone.
    await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Completed');
    const [{ endsAt }] = await database.sql<{ endsAt: string }[]>`
      select to_char(ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "endsAt" from bookings where id = ${bookingId}`;
    const until = new Date(new Date(endsAt).getTime() + 72 * 3_600_000);
    const deadline = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(until);
    const guarantee = user.getByTestId('guarantee');
    await expect.poll(() => textNow(user, 'guarantee'), { timeout: 10_000 }).toContain('Not satisfied? Get 100% back');
    expect(await textOf(user, 'guarantee')).toContain(`ask for a full refund until ${deadline.replace(/\s+/g, ' ')}`);
    await guarantee.getByRole('button', { name: 'Ask for a refund' }).click();
    await field(user, 'What went wrong?').fill('no');
    await guarantee.getByRole('button', { name: 'Ask for a full refund' }).click();
    // The API's field error, on the field.
    await expect
      .poll(() => guarantee.getByText('Say what went wrong in at least 3 characters.').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await field(user, 'What went wrong?').fill('The expert could not fix my buzzing G chord.');
    await guarantee.getByRole('button', { name: 'Ask for a full refund' }).click();
    // Granted at once; the refund itself completes in the background and the page follows it.
    await expect.poll(() => textNow(user, 'refund-status'), { timeout: 15_000 }).toContain('Refunded SEK 450.00');
    expect(await textOf(user, 'payment-refunded')).toBe('SEK 450.00');
    expect(await textOf(user, 'payment-status')).toBe('Refunded');
    expect(await textOf(user, 'refund-reason')).toBe('The expert could not fix my buzzing G chord.');

    // The expert sees the request and its outcome live, and answers it once.
    const request = expertPage.getByTestId('refund-request');
    await expect.poll(() => textNow(expertPage, 'refund-status'), { timeout: 10_000 }).toContain('Refunded SEK 450.00');
    expect(await textOf(expertPage, 'refund-reason')).toBe('The expert could not fix my buzzing G chord.');
    expect(await textOf(expertPage, 'payment-expert-share')).toBe('SEK 0.00');
    await field(expertPage, 'Your answer').fill('Sorry about that: a new set of strings should help.');
    await request.getByRole('button', { name: 'Send my answer' }).click();
    await expect
      .poll(() => textNow(expertPage, 'refund-expert-answer'), { timeout: 10_000 })
      .toBe('Sorry about that: a new set of strings should help.');
    expect(await request.getByRole('button', { name: 'Send my answer' }).count()).toBe(0);
    // The user's page shows the answer live.
    await expect
      .poll(() => textNow(user, 'refund-expert-answer'), { timeout: 10_000 })
      .toBe('Sorry about that: a new set of strings should help.');

    await earningsPage.reload();
    await expect.poll(() => textNow(earningsPage, 'earnings-earned'), { timeout: 10_000 }).toBe('SEK 0.00');

    // The ledger balances: everything charged went back, the commission and the transfer were reversed.
    const adminContext = await newVisitor(browser, 'en-US');
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin/revenue`);
    const sek = admin.locator('[data-testid="revenue-row"][data-currency="SEK"]');
    await sek.waitFor({ timeout: 10_000 });
    const cell = async (testId: string) => ((await sek.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(await cell('revenue-charged')).toBe('SEK 450.00');
    expect(await cell('revenue-refunded')).toBe('SEK 450.00');
    expect(await cell('revenue-revenue')).toBe('SEK 0.00');
    expect(await cell('revenue-expert-share')).toBe('SEK 0.00');
    expect(await unsettledBookings(database.db)).not.toContain(bookingId);

    await adminContext.close();
    await userContext.close();
    await expertContext.close();
  });

  it('sends a second refund request to the admins, who decline it with a note the user reads', async () => {
    const client = await createUser(database.db, { displayName: 'Robin Often' });
    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, client.email);

    // The first request is granted at once.
    const first = await availableExpert('Astrid Berg');
    await heldSession(user, first);
    await askForRefund(user, 'The lesson was too fast for me.');
    await expect.poll(() => textNow(user, 'refund-status'), { timeout: 15_000 }).toContain('Refunded SEK 450.00');

    // The second goes to the admins (REFUND_REVIEW_AFTER=1): nothing is refunded meanwhile.
    const second = await availableExpert('Sven Ek');
    const bookingPath = await heldSession(user, second);
    await askForRefund(user, 'The call kept dropping.');
    await expect.poll(() => textNow(user, 'refund-status'), { timeout: 10_000 }).toContain('An admin reviews this request');
    expect(await textOf(user, 'refund-status')).toContain('An admin reviews your request before any refund.');
    expect(await user.getByTestId('payment-refunded').count()).toBe(0);
    // The expert's page, open since the session was held, shows the request live.
    await expect
      .poll(() => textNow(second.page, 'refund-status'), { timeout: 10_000 })
      .toContain('Nothing is refunded until an admin decides.');

    const adminContext = await newVisitor(browser, 'en-US');
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin`);
    await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Refund requests' }).click();
    const row = admin.getByTestId('refund-request-row').filter({ hasText: 'The call kept dropping.' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain('1 earlier refund request in the last 90 days');
    await row.getByRole('link', { name: 'Open the booking' }).waitFor();
    expect(await row.getByRole('link', { name: 'Open the booking' }).getAttribute('href')).toBe(bookingPath);
    await row.getByRole('button', { name: 'Decline' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Decline this refund?' });
    // A note is required to decline: the user reads it.
    await dialog.getByRole('button', { name: 'Decline the refund' }).click();
    await expect
      .poll(() => dialog.getByText('Give a reason: the person concerned will read it.').isVisible(), { timeout: 10_000 })
      .toBe(true);
    await field(admin, 'Note to the user').fill('Two refunds in a row: we checked the call logs and the session took place.');
    await dialog.getByRole('button', { name: 'Decline the refund' }).click();
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
    await admin.getByRole('main').getByRole('combobox', { name: 'Status' }).click();
    await admin.getByRole('option', { name: 'Declined', exact: true }).click();
    await admin.waitForURL('**/admin/refunds?status=DECLINED');
    const declined = admin.getByTestId('refund-request-row').filter({ hasText: 'The call kept dropping.' });
    await declined.waitFor({ timeout: 10_000 });
    expect(await declined.textContent()).toContain('Two refunds in a row');

    // The user's page, still open, follows the decision live.
    await expect.poll(() => textNow(user, 'refund-status'), { timeout: 10_000 }).toContain('Your request was declined');
    expect(await textOf(user, 'refund-status')).toContain(
      'Admin’s note: Two refunds in a row: we checked the call logs and the session took place.',
    );
    expect(await textOf(user, 'payment-status')).toBe('Paid');

    await adminContext.close();
    await first.context.close();
    await second.context.close();
    await userContext.close();
  });
});
