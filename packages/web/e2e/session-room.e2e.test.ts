/**
 * The live session room, with two people in two browser profiles and the offline payment provider. First with fake
 * cameras, microphones and screens: a user asks an available expert for help now on a per-minute offering and
 * authorises the hold; both pass the device check and join; each decodes the other's video; chat goes both ways;
 * the user shares their screen, which the expert sees as its own tile; the user reloads and the call resumes; both
 * agree to record, the user records a few seconds, and the recording plays on the booking page and is deleted; the
 * expert ends the session, both see the end, and the minutes billed are the connected time rounded up, as captured.
 * Then without devices: an unpaid booking's room is unavailable and opens live once paid; a refused and a missing
 * camera and microphone are explained; and two people without any still meet in the room.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { launchBrowser, newVisitor, signIn, textNow } from './browser';
import { joinCall } from './room';

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

/** An expert with one per-minute offering (NOK 5.00 a minute, 5 to 30 minutes), available now on their dashboard. */
async function availableExpert(displayName: string) {
  const { user, expert, offerings } = await createBookableExpert(database.db, {
    displayName,
    prices: [{ model: 'PER_MINUTE', amountMinor: 500, currency: 'NOK', minMinutes: 5, maxMinutes: 30 }],
  });
  const context = await newVisitor(browser, 'en-US');
  const page = await context.newPage();
  await signIn(page, user.email);
  await page.goto(`${baseUrl}/dashboard`);
  await page.getByRole('switch', { name: 'Available now' }).check();
  await expect.poll(() => textNow(page, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');
  return { account: user, context, page, offeringPath: `/experts/${expert.slug}/${offerings[0]!.slug}` };
}

/** Help now: the user asks, the expert accepts, and the session starts at once (awaiting payment). Its page's path. */
async function askForHelpNow(user: Page, offeringPath: string, expertPage: Page): Promise<string> {
  await user.goto(`${baseUrl}${offeringPath}`);
  await user.getByRole('button', { name: 'Ask for help now' }).click();
  await user.getByRole('button', { name: 'Send the request' }).click();
  await expertPage.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
  await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
  return new URL(user.url()).pathname;
}

/** The user authorises the per-minute hold (30 minutes at most) with the offline provider: the booking is confirmed. */
async function authoriseHold(user: Page, bookingPath: string) {
  await user
    .getByTestId('payment-step')
    .getByRole('button', { name: /^Authorise up to NOK\s150\.00$/ })
    .click({ timeout: 10_000 });
  await user.getByRole('button', { name: /^Authorise NOK\s150\.00$/ }).click({ timeout: 10_000 });
  await user.waitForURL(`**${bookingPath}?payment=done`);
  await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');
}

/** A figure of the Connection panel, raw (its `data-value`); null while it is not shown. */
async function figure(page: Page, testId: string): Promise<string | null> {
  const element = page.getByTestId(testId);
  return (await element.count()) ? element.first().getAttribute('data-value') : null;
}

const framesNow = async (page: Page, testId = 'frames-decoded') => Number((await figure(page, testId)) ?? 0);

/** The video of `testId` is being decoded now: some frames, then more a moment later. */
async function expectDecoding(page: Page, testId = 'frames-decoded') {
  await expect.poll(() => framesNow(page, testId), { timeout: 20_000 }).toBeGreaterThan(0);
  const seen = await framesNow(page, testId);
  await expect.poll(() => framesNow(page, testId), { timeout: 10_000 }).toBeGreaterThan(seen);
}

async function say(page: Page, message: string) {
  const chat = page.getByTestId('chat-panel');
  await chat.getByLabel('Message').fill(message);
  await chat.getByRole('button', { name: 'Send' }).click();
}

const chatText = (page: Page) => textNow(page, 'chat-messages');

describe('the session room', () => {
  it('connects a user and an expert by video, with chat, screen sharing, a reload, a recording, and billing by the minute', async () => {
    const { page: expertPage, context: expertContext, offeringPath } = await availableExpert('Nadia Okafor');
    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, (await createUser(database.db, { displayName: 'Theo Caller' })).email);
    const bookingPath = await askForHelpNow(user, offeringPath, expertPage);
    await authoriseHold(user, bookingPath);

    // Both enter from the booking page, through the device check.
    await user.getByRole('link', { name: 'Join the session' }).click({ timeout: 10_000 });
    await user.waitForURL(`**${bookingPath}/room`);
    await expertPage.goto(`${baseUrl}${bookingPath}/room`);
    await joinCall(expertPage);
    await joinCall(user);

    // Each decodes the other's camera, over a direct (host) route.
    await expect.poll(() => figure(user, 'connection-state'), { timeout: 20_000 }).toBe('connected');
    await expect.poll(() => figure(expertPage, 'connection-state'), { timeout: 20_000 }).toBe('connected');
    await expectDecoding(user);
    await expectDecoding(expertPage);
    expect(await figure(user, 'candidate-type')).toBe('host');
    expect(await figure(user, 'inbound-resolution')).toMatch(/^\d+×\d+$/);
    await expect.poll(async () => Number(await figure(user, 'outbound-bitrate')), { timeout: 10_000 }).toBeGreaterThan(0);

    // Chat, both ways.
    await say(user, 'Hello Nadia, can you hear me?');
    await expect.poll(() => chatText(expertPage), { timeout: 10_000 }).toContain('Hello Nadia, can you hear me?');
    await say(expertPage, 'Loud and clear, Theo.');
    await expect.poll(() => chatText(user), { timeout: 10_000 }).toContain('Loud and clear, Theo.');

    // The user shares their screen: a tile of its own on the expert's side, beside the camera; then stops.
    await user.getByRole('button', { name: 'Share screen' }).click();
    await expect
      .poll(() => user.getByRole('button', { name: 'Share screen' }).getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    await expertPage.getByTestId('remote-screen-tile').waitFor({ timeout: 15_000 });
    await expectDecoding(expertPage, 'screen-frames-decoded');
    await expectDecoding(expertPage);
    await user.getByRole('button', { name: 'Share screen' }).click();
    await expertPage.getByTestId('remote-screen-tile').waitFor({ state: 'detached', timeout: 15_000 });

    // The user reloads: back through the device check, and the call resumes on both sides.
    await user.reload();
    await joinCall(user);
    await expect.poll(() => figure(user, 'connection-state'), { timeout: 20_000 }).toBe('connected');
    await expectDecoding(user);
    await expect.poll(() => figure(expertPage, 'connection-state'), { timeout: 20_000 }).toBe('connected');
    await expectDecoding(expertPage);
    // The chat's history came back with the room.
    expect(await chatText(user)).toContain('Loud and clear, Theo.');

    // Recording: both agree, the user records a few seconds; both see it is under way, then it is ready.
    await expertPage.getByRole('switch', { name: 'I agree to record this session' }).check();
    await expect.poll(() => textNow(user, 'other-consent'), { timeout: 10_000 }).toBe('Nadia Okafor agrees to record.');
    await user.getByRole('switch', { name: 'I agree to record this session' }).check();
    await user.getByRole('button', { name: 'Start recording' }).click({ timeout: 10_000 });
    await user.getByTestId('rec-indicator').waitFor({ timeout: 10_000 });
    await expertPage.getByTestId('rec-indicator').waitFor({ timeout: 10_000 });
    // The length of the recording is the point here.
    await user.waitForTimeout(3_000);
    await user.getByRole('button', { name: 'Stop recording' }).click();
    await user.getByTestId('rec-indicator').waitFor({ state: 'detached', timeout: 15_000 });
    await expertPage.getByTestId('rec-indicator').waitFor({ state: 'detached', timeout: 15_000 });

    // It plays on the booking page (in another tab of the user's), and is deleted for both.
    const bookingTab = await userContext.newPage();
    await bookingTab.goto(`${baseUrl}${bookingPath}`);
    const recording = bookingTab.getByTestId('session-recording');
    const video = recording.locator('video');
    await video.waitFor({ timeout: 10_000 });
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(1);
    await recording.getByRole('button', { name: /^Delete the recording of / }).click();
    await bookingTab.getByRole('dialog', { name: 'Delete this recording?' }).getByRole('button', { name: 'Delete the recording' }).click();
    await recording.waitFor({ state: 'detached', timeout: 10_000 });

    // The expert ends the session; both see the end, and the minutes billed are the connected time rounded up.
    await expertPage.getByRole('button', { name: 'End session' }).click();
    await expertPage.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End the session' }).click();
    await expertPage.getByTestId('session-ended').waitFor({ timeout: 10_000 });
    await user.getByTestId('session-ended').waitFor({ timeout: 10_000 });
    expect(await textNow(user, 'end-reason')).toBe('Nadia Okafor ended the session.');
    expect(await textNow(expertPage, 'end-reason')).toBe('You ended the session.');
    const connectedSeconds = Number(await user.getByTestId('ended-connected-time').getAttribute('data-seconds'));
    const billedMinutes = Number(await user.getByTestId('ended-billed-minutes').getAttribute('data-value'));
    expect(connectedSeconds).toBeGreaterThan(0);
    expect(billedMinutes).toBe(Math.ceil(connectedSeconds / 60));
    expect(await expertPage.getByTestId('ended-billed-minutes').getAttribute('data-value')).toBe(String(billedMinutes));

    // Billing captured exactly those minutes at NOK 5.00 (it settles in the background; the page follows live).
    await user.getByRole('link', { name: 'Back to the booking' }).last().click();
    await user.waitForURL(`**${bookingPath}`);
    const captured = `NOK ${(billedMinutes * 5).toFixed(2)}`;
    await expect.poll(() => textNow(user, 'payment-captured'), { timeout: 15_000 }).toBe(captured);
    expect(await textNow(user, 'payment-status')).toBe('Paid');
    // The session is over: its chat stays readable on the booking page.
    const transcript = await textNow(user, 'session-transcript');
    expect(transcript).toContain('Chat from the session');
    expect(transcript).toContain('Hello Nadia, can you hear me?');
    expect(transcript).toContain('Loud and clear, Theo.');

    await userContext.close();
    await expertContext.close();
  });

  it('keeps an unpaid booking’s room closed, explains refused and missing devices, and lets two people without any meet', async () => {
    const expert = await availableExpert('Omar Haddad');
    const client = await createUser(database.db, { displayName: 'Lena Quiet' });
    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, client.email);
    const bookingPath = await askForHelpNow(user, expert.offeringPath, expert.page);

    // The expert, in a browser that refuses the camera and microphone, finds no session before the payment…
    const refusing = await launchBrowser({ grantMedia: false });
    const expertRoom = await (await newVisitor(refusing, 'en-US')).newPage();
    await signIn(expertRoom, expert.account.email);
    await expertRoom.goto(`${baseUrl}${bookingPath}/room`);
    await expect.poll(() => textNow(expertRoom, 'room-closed'), { timeout: 10_000 }).toContain('No session for this booking');

    // …and the room opens by itself once the user has paid: the device check says what was refused.
    await authoriseHold(user, bookingPath);
    await expertRoom.getByTestId('device-check').waitFor({ timeout: 10_000 });
    await expect
      .poll(() => textNow(expertRoom, 'device-check'), { timeout: 10_000 })
      .toContain('Access to the camera was refused. Allow it in the site settings');
    expect(await textNow(expertRoom, 'device-check')).toContain('Access to the microphone was refused.');

    // The user, on a machine without camera or microphone, is told so.
    const deviceless = await launchBrowser({ fakeDevices: false });
    const userRoom = await (await newVisitor(deviceless, 'en-US')).newPage();
    await signIn(userRoom, client.email);
    await userRoom.goto(`${baseUrl}${bookingPath}/room`);
    await expect
      .poll(() => textNow(userRoom, 'device-check'), { timeout: 10_000 })
      .toContain('No camera was found. Plug one in, or join without it.');
    expect(await textNow(userRoom, 'device-check')).toContain('No microphone was found.');

    // Both join anyway: connected, each sees that the other has no camera; the user ends the session.
    await userRoom.getByRole('button', { name: 'Join the session' }).click();
    await expertRoom.getByRole('button', { name: 'Join the session' }).click();
    await expect.poll(() => textNow(userRoom, 'remote-status'), { timeout: 20_000 }).toBe('Omar Haddad is in the room without a camera.');
    await expect.poll(() => textNow(expertRoom, 'remote-status'), { timeout: 20_000 }).toBe('Lena Quiet is in the room without a camera.');
    await userRoom.getByRole('button', { name: 'End session' }).click();
    await userRoom.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End the session' }).click();
    await expect.poll(() => textNow(expertRoom, 'end-reason'), { timeout: 10_000 }).toBe('Lena Quiet ended the session.');

    await refusing.close();
    await deviceless.close();
    await userContext.close();
    await expert.context.close();
  });
});
