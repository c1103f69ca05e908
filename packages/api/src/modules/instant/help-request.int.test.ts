/**
 * One "help me now" request, as its expert's page shows it (`/help-requests/:id`, where a push notification leads):
 * the expert reads who asks, about what, and the minute left while it rings; the person who asked reads it too; any
 * other account, expert or not, reads nothing, and a visitor must sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskForHelpDocument, ExpertConsoleDocument, HelpRequestPageDocument, SetAvailableNowDocument } from '@skillcall/schema';
import { expectType, subscribe } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';

const clock = new ManualClock(new Date());
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());

describe('reading one help-now request', () => {
  it('shows the request to its expert and to the person who asked, and to nobody else', async () => {
    const { client: expert, offerings } = await bookableExpert(t);
    await expert.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(expert, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);

    const asker = await createUser(t.app.database.db, { displayName: 'Sam Asker' });
    const askerClient = await signInAs(t, asker);
    const asked = expectType(
      (
        await askerClient.data(AskForHelpDocument, {
          input: { offeringId: offerings[0]!.id, message: 'My F chord buzzes', timeZone: 'Europe/Paris' },
        })
      ).askForHelp,
      'HelpRequestSuccess',
    ).request;

    const { helpRequest } = await expert.data(HelpRequestPageDocument, { id: asked.id });
    expect(helpRequest).toMatchObject({
      id: asked.id,
      status: 'WAITING',
      position: 1,
      message: 'My F chord buzzes',
      user: { id: asker.id, displayName: 'Sam Asker' },
      offering: { id: offerings[0]!.id, title: offerings[0]!.title },
      booking: null,
    });
    expect(new Date(helpRequest!.answerBy!).getTime()).toBe(clock.now().getTime() + 60_000);
    expect((await askerClient.data(HelpRequestPageDocument, { id: asked.id })).helpRequest?.id).toBe(asked.id);

    const { client: otherExpert } = await bookableExpert(t);
    expect((await otherExpert.data(HelpRequestPageDocument, { id: asked.id })).helpRequest).toBeNull();
    const stranger = await signInAs(t, await createUser(t.app.database.db, {}));
    expect((await stranger.data(HelpRequestPageDocument, { id: asked.id })).helpRequest).toBeNull();
    const visitor = await t.client().execute(HelpRequestPageDocument, { id: asked.id });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await console.close();
  });
});
