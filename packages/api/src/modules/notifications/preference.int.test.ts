import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  BookSlotDocument,
  DeleteAccountDocument,
  MyNotificationPreferencesDocument,
  RequestPasswordResetDocument,
  SetNotificationPreferenceDocument,
  SetNotificationPreferenceWithTokenDocument,
} from '@skillcall/schema';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { collectExport } from '../privacy/data-export.collect';
import { createUser } from '../../seed/factories';
import { mailToAddress } from './mail.queries';
import { signUnsubscribeToken } from './unsubscribe-token';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

/** The mail queued for an address (with its unsubscribe link), oldest first. */
const mailTo = async (address: string, template?: string) =>
  (await mailToAddress(t.app.database.db, address)).filter((m) => !template || m.template === template);
const preferences = async (client: TestClient) => (await client.data(MyNotificationPreferencesDocument)).myNotificationPreferences;
const emailOn = async (client: TestClient, kind: string) =>
  (await preferences(client)).find((p) => p.kind === kind)?.channels.find((c) => c.channel === 'EMAIL')?.enabled;
const set = (client: TestClient, kind: string, enabled: boolean) =>
  client.data(SetNotificationPreferenceDocument, { input: { kind, channel: 'EMAIL', enabled } }).then((r) => r.setNotificationPreference);

async function book(user: TestClient, offeringId: string, startsAt: string) {
  return expectType(
    (await user.data(BookSlotDocument, { input: { offeringId, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
}

/** The one-click POST a mailbox provider sends (RFC 8058): no cookie, the form body the RFC prescribes. */
const oneClick = (url: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });

/** The unsubscribe URL on this test server of a token (links in mail carry PUBLIC_URL, which is another port). */
const onServer = (url: string) => `${t.url}${new URL(url).pathname}`;

describe('notification preferences', () => {
  it('lists every kind for the viewer, the experts’ own to experts only, always-on kinds on and locked, product news off', async () => {
    expect((await t.client().execute(MyNotificationPreferencesDocument, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const user = await signedInUser(t);
    const listed = await preferences(user);
    expect(listed.map((p) => p.kind)).toEqual([
      'BOOKING_CHANGES',
      'REMINDERS',
      'MESSAGES',
      'REVIEWS',
      'PRODUCT_NEWS',
      'SECURITY',
      'BILLING',
      'ACCOUNT',
    ]);
    expect(listed.find((p) => p.kind === 'SECURITY')).toMatchObject({ canTurnOff: false, channels: [{ channel: 'EMAIL', enabled: true }] });
    // Push is offered for reminders, and off until the person registers a device.
    expect(listed.find((p) => p.kind === 'REMINDERS')).toMatchObject({
      canTurnOff: true,
      channels: [
        { channel: 'EMAIL', enabled: true },
        { channel: 'PUSH', enabled: false },
      ],
    });
    expect(await emailOn(user, 'PRODUCT_NEWS')).toBe(false);
    const expert = await bookableExpert(t);
    expect((await preferences(expert.client)).map((p) => p.kind)).toEqual(expect.arrayContaining(['HELP_NOW_REQUESTS', 'PAYOUTS']));
  });

  it('turns a kind off and on for the viewer only, and refuses always-on and unknown kinds with typed errors', async () => {
    const [user, other] = [await signedInUser(t), await signedInUser(t)];
    expect(await set(user, 'REMINDERS', false)).toMatchObject({
      __typename: 'SetNotificationPreferenceSuccess',
      preference: {
        kind: 'REMINDERS',
        channels: [
          { channel: 'EMAIL', enabled: false },
          { channel: 'PUSH', enabled: false },
        ],
      },
    });
    expect(await emailOn(user, 'REMINDERS')).toBe(false);
    expect(await emailOn(other, 'REMINDERS')).toBe(true);
    expectType(await set(user, 'PRODUCT_NEWS', true), 'SetNotificationPreferenceSuccess');
    expect(await emailOn(user, 'PRODUCT_NEWS')).toBe(true);
    expectType(await set(user, 'REMINDERS', true), 'SetNotificationPreferenceSuccess');
    expect(await emailOn(user, 'REMINDERS')).toBe(true);

    for (const kind of ['SECURITY', 'BILLING', 'ACCOUNT']) {
      expect(await set(user, kind, false)).toMatchObject({ __typename: 'NotificationAlwaysOnError', code: 'NOTIFICATION_ALWAYS_ON' });
      expect(await emailOn(user, kind)).toBe(true);
    }
    expect(await set(user, 'NEWSLETTER', false)).toMatchObject({
      __typename: 'UnknownNotificationKindError',
      code: 'UNKNOWN_NOTIFICATION_KIND',
    });
    const anonymous = await t
      .client()
      .execute(SetNotificationPreferenceDocument, { input: { kind: 'REMINDERS', channel: 'EMAIL', enabled: false } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('unsubscribes in one click from a mail’s link: the next mail of that kind stays home, security mail still goes', async () => {
    const account = await createUser(t.app.database.db, { locale: 'fr' });
    const user = await signInAs(t, account);
    const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
    const offeringId = expert.offerings[0]!.id;

    await book(user, offeringId, '2048-03-03T09:00:00Z');
    await expect.poll(async () => (await mailTo(account.email, 'bookingConfirmed')).length, { timeout: 10_000 }).toBe(1);
    const link = (await mailTo(account.email, 'bookingConfirmed'))[0]!.unsubscribeUrl!;
    expect(link).toMatch(new RegExp(`^${t.config.publicUrl}/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));

    const response = await oneClick(onServer(link));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: true, kind: 'BOOKING_CHANGES' });
    expect(await emailOn(user, 'BOOKING_CHANGES')).toBe(false);

    // The next booking: the expert is told, the client who unsubscribed is not.
    await book(user, offeringId, '2048-03-03T10:00:00Z');
    await expect.poll(async () => (await mailTo(expert.user.email, 'bookingConfirmed')).length, { timeout: 10_000 }).toBe(2);
    expect(await mailTo(account.email, 'bookingConfirmed')).toHaveLength(1);

    // Security mail cannot be turned off, and carries no unsubscribe link.
    await t.client().data(RequestPasswordResetDocument, { input: { email: account.email } });
    await expect.poll(async () => (await mailTo(account.email, 'passwordReset')).length, { timeout: 10_000 }).toBe(1);
    expect((await mailTo(account.email, 'passwordReset'))[0]!.unsubscribeUrl).toBeNull();

    // The link's page undoes it, and confirms in the account's language.
    const token = new URL(link).pathname.split('/').pop()!;
    expect(
      (await t.client().data(SetNotificationPreferenceWithTokenDocument, { input: { token, enabled: true } }))
        .setNotificationPreferenceWithToken,
    ).toMatchObject({
      locale: 'fr',
      preference: { kind: 'BOOKING_CHANGES', channels: [{ channel: 'EMAIL', enabled: true }, { channel: 'PUSH' }] },
    });
    expect(await emailOn(user, 'BOOKING_CHANGES')).toBe(true);
  });

  it('refuses a forged or altered link (400, typed error) and changes nothing', async () => {
    const account = await createUser(t.app.database.db);
    const user = await signInAs(t, account);
    const good = signUnsubscribeToken(t.config.mailLinkSecret, account.id, 'REMINDERS');
    const [payload, mac] = good.split('.') as [string, string];
    const forged = [
      `${payload}.${mac.slice(0, 10)}${mac[10] === 'A' ? 'B' : 'A'}${mac.slice(11)}`,
      `${Buffer.from(`${account.id}:BOOKING_CHANGES`).toString('base64url')}.${mac}`,
      signUnsubscribeToken('someone-else-s-secret-of-32-characters', account.id, 'REMINDERS'),
      // Correctly signed, but for a kind that cannot be turned off: the server never makes such a link.
      signUnsubscribeToken(t.config.mailLinkSecret, account.id, 'SECURITY'),
      'not-a-token',
    ];
    for (const token of forged) {
      const response = await oneClick(`${t.url}/unsubscribe/${token}`);
      expect(response.status, token).toBe(400);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'INVALID_UNSUBSCRIBE_LINK' } }],
      });
      expect(
        (await t.client().data(SetNotificationPreferenceWithTokenDocument, { input: { token, enabled: false } }))
          .setNotificationPreferenceWithToken,
      ).toMatchObject({ __typename: 'InvalidUnsubscribeLinkError', code: 'INVALID_UNSUBSCRIBE_LINK' });
    }
    expect(await emailOn(user, 'REMINDERS')).toBe(true);
    expect(await emailOn(user, 'BOOKING_CHANGES')).toBe(true);
    expect((await oneClick(`${t.url}/unsubscribe/${good}`)).status).toBe(200);
    expect(await emailOn(user, 'REMINDERS')).toBe(false);
  });

  it('goes into the data export and is erased with the account, after which its links no longer work', async () => {
    const account = await createUser(t.app.database.db);
    const user = await signInAs(t, account);
    expectType(await set(user, 'PRODUCT_NEWS', true), 'SetNotificationPreferenceSuccess');
    const ctx = systemContext(
      { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
      'test',
    );
    expect((await collectExport(ctx, account.id))['notification-preferences.json']).toEqual([
      { kind: 'PRODUCT_NEWS', email: true, push: null, updatedAt: expect.any(Date) },
    ]);

    await user.data(DeleteAccountDocument, { input: { password: account.password, confirmation: account.email } });
    const rows = await t.app.database.db.execute(
      sql`select count(*)::int as n from notification_preferences where user_id = ${account.id}`,
    );
    expect(rows[0]).toEqual({ n: 0 });
    const link = signUnsubscribeToken(t.config.mailLinkSecret, account.id, 'REMINDERS');
    expect((await oneClick(`${t.url}/unsubscribe/${link}`)).status).toBe(400);
  });
});
