import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AnswerHelpRequestDocument,
  AskForHelpDocument,
  DeleteAccountDocument,
  ExpertAvailableNowDocument,
  ExpertConsoleDocument,
  ExpertPresenceChangedDocument,
  HelpRequestChangedDocument,
  MyBookingChangedDocument,
  SetAvailableNowDocument,
} from '@skillcall/schema';
import { expectType, subscribe } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';
import { systemContext } from '../../platform/system-context';
import { createLogger } from '../../platform/logger';
import { createLoaders } from '../../loaders';
import { sweepPresence } from './presence.service';
import { lapseHelpRequest } from '../instant/help-request.service';

const clock = new ManualClock(new Date());
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());

const systemCtx = () =>
  systemContext(
    { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
    'test',
  );
const availableNow = async (slug: string) => (await t.client().data(ExpertAvailableNowDocument, { slug })).expert?.availableNow;

describe('available now', () => {
  it('shows only while the switch is on and the expert console is connected, and a watching visitor sees each change live', async () => {
    const { expert, client } = await bookableExpert(t);
    const watcher = subscribe(t.client(), ExpertPresenceChangedDocument, { expertIds: [expert.id] });
    expect((await client.data(SetAvailableNowDocument, { available: true })).setAvailableNow).toEqual({
      switchedOn: true,
      availableNow: false,
    });
    expect(await availableNow(expert.slug)).toBe(false);

    const console = subscribe(client, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);
    expect((await watcher.next()).data?.expertPresenceChanged).toEqual({ expertId: expert.id, availableNow: true });
    expect(await availableNow(expert.slug)).toBe(true);

    await console.close();
    expect((await watcher.next()).data?.expertPresenceChanged).toEqual({ expertId: expert.id, availableNow: false });
    expect(await availableNow(expert.slug)).toBe(false);
    await watcher.close();
  });

  it('turns an expert offline 30 seconds after their instance stopped refreshing the connection', async () => {
    const { expert, client } = await bookableExpert(t);
    await client.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(client, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);
    await sweepPresence(systemCtx());
    expect(await availableNow(expert.slug)).toBe(true);
    clock.advance(31_000);
    await sweepPresence(systemCtx());
    expect(await availableNow(expert.slug)).toBe(false);
    await console.close();
  });
});

describe('help me now', () => {
  it('queues users with live positions, lapses an unanswered request, and starts an instant session on acceptance', async () => {
    const { expert, client: expertClient, offerings } = await bookableExpert(t);
    await expertClient.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(expertClient, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);

    const [first, second, third] = await Promise.all([signedInUser(t), signedInUser(t), signedInUser(t)]);
    const ask = async (c: typeof first) =>
      expectType(
        (
          await c.data(AskForHelpDocument, {
            input: { offeringId: offerings[0]!.id, message: 'My G chord buzzes', timeZone: 'Europe/Paris' },
          })
        ).askForHelp,
        'HelpRequestSuccess',
      ).request;
    const r1 = await ask(first);
    clock.advance(1_000);
    const r2 = await ask(second);
    clock.advance(1_000);
    const r3 = await ask(third);
    expect([r1.position, r2.position, r3.position]).toEqual([1, 2, 3]);
    expect(r1.answerBy).not.toBeNull();
    expect(r2.answerBy).toBeNull();

    const secondWatch = subscribe(second, HelpRequestChangedDocument, { id: r2.id });
    const thirdWatch = subscribe(third, HelpRequestChangedDocument, { id: r3.id });
    // Another user cannot watch someone else's request.
    const snoop = subscribe(third, HelpRequestChangedDocument, { id: r1.id });
    expect((await snoop.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await snoop.close();

    await lapseHelpRequest(systemCtx(), {
      requestId: r1.id,
      ringingSince: r1.answerBy ? new Date(new Date(r1.answerBy).getTime() - 60_000).toISOString() : '',
    });
    expect((await secondWatch.until((d) => d.helpRequestChanged.position === 1)).helpRequestChanged.answerBy).not.toBeNull();
    await thirdWatch.until((d) => d.helpRequestChanged.position === 2);

    const bookingWatch = subscribe(second, MyBookingChangedDocument);
    const accepted = expectType(
      (await expertClient.data(AnswerHelpRequestDocument, { input: { requestId: r2.id, accept: true } })).answerHelpRequest,
      'HelpRequestSuccess',
    ).request;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', position: null, booking: { status: 'CONFIRMED', source: 'INSTANT' } });
    expect((await bookingWatch.next()).data?.myBookingChanged.booking).toMatchObject({ id: accepted.booking!.id, status: 'CONFIRMED' });
    await thirdWatch.until((d) => d.helpRequestChanged.position === 1);
    // The expert is in session now: a second acceptance cannot overlap it.
    expect(
      (await expertClient.data(AnswerHelpRequestDocument, { input: { requestId: r3.id, accept: true } })).answerHelpRequest,
    ).toMatchObject({ __typename: 'SlotUnavailableError' });

    await Promise.all([secondWatch.close(), thirdWatch.close(), bookingWatch.close(), console.close()]);
    expect(expert.id).toBeDefined();
  });

  it('moves the queue on when the person at its head deletes their account: the next request rings at once', async () => {
    const { client: expertClient, offerings } = await bookableExpert(t);
    await expertClient.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(expertClient, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);
    const leaving = await createUser(t.app.database.db, { roles: ['USER'] });
    const [leaver, next] = [await signInAs(t, leaving), await signedInUser(t)];
    const ask = async (c: typeof next) =>
      expectType(
        (await c.data(AskForHelpDocument, { input: { offeringId: offerings[0]!.id, timeZone: 'Europe/Paris' } })).askForHelp,
        'HelpRequestSuccess',
      ).request;
    await ask(leaver);
    clock.advance(1_000);
    const waiting = await ask(next);
    expect(waiting).toMatchObject({ position: 2, answerBy: null });
    const nextWatch = subscribe(next, HelpRequestChangedDocument, { id: waiting.id });

    expectType(
      (await leaver.data(DeleteAccountDocument, { input: { password: leaving.password, confirmation: leaving.email } })).deleteAccount,
      'DeleteAccountSuccess',
    );
    const rung = (await nextWatch.until((d) => d.helpRequestChanged.position === 1)).helpRequestChanged;
    expect(rung.answerBy).not.toBeNull();
    await Promise.all([nextWatch.close(), console.close()]);
  });

  it('refuses private streams to whoever may not see them: bookings need a session, the console needs an expert', async () => {
    const anonymous = subscribe(t.client(), MyBookingChangedDocument);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const plainUser = subscribe(await signedInUser(t), ExpertConsoleDocument);
    expect((await plainUser.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await Promise.all([anonymous.close(), plainUser.close()]);
  });

  it('refuses a request when the expert is not available now, or whose message carries contact details', async () => {
    const { offerings, client: expertClient } = await bookableExpert(t);
    const user = await signedInUser(t);
    await expertClient.data(SetAvailableNowDocument, { available: true });
    const message = 'Faster outside: w h a t s a p p O6 l2 34 56 78';
    expect(
      expectType(
        (await user.data(AskForHelpDocument, { input: { offeringId: offerings[0]!.id, message, timeZone: 'Europe/Paris' } })).askForHelp,
        'InvalidInputError',
      ).fieldErrors,
    ).toEqual([expect.objectContaining({ field: 'message', code: 'CONTACT_DETAILS' })]);
    await expertClient.data(SetAvailableNowDocument, { available: false });
    expect(
      (await user.data(AskForHelpDocument, { input: { offeringId: offerings[0]!.id, timeZone: 'Europe/Paris' } })).askForHelp,
    ).toMatchObject({
      __typename: 'ExpertNotAvailableNowError',
      code: 'EXPERT_NOT_AVAILABLE_NOW',
    });
  });
});
