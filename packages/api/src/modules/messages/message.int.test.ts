import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BookSlotDocument,
  BookableSlotsDocument,
  ConversationThreadDocument,
  ConversationsDocument,
  MarkConversationReadDocument,
  MeDocument,
  ExpertReplyTimeDocument,
  DeleteAccountDocument,
  MessagingEventsDocument,
  ReportMessageDocument,
  SendMessageDocument,
  SendProposalDocument,
  SetConversationBlockedDocument,
  UnreadMessageCountDocument,
} from '@skillcall/schema';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';
import { inboxTopic } from './message.events';
import { insertImage } from './message.queries';
import { collectExport } from '../privacy/data-export.collect';
import { systemContext } from '../../platform/system-context';
import { createLogger } from '../../platform/logger';
import { createLoaders } from '../../loaders';
import { defaultTestPassword } from '../../seed/factories';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ MESSAGE_NEW_CONVERSATIONS_PER_DAY: '3', MESSAGE_RATE_LIMIT_PER_MINUTE: '6' }, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

/** Sends a message a minute after the previous one (the clock is the test's). */
const send = (client: TestClient, input: Parameters<typeof sendInput>[0]) => {
  clock.advance(60_000);
  return client.data(SendMessageDocument, { input: sendInput(input) }).then((r) => r.sendMessage);
};
const sendInput = (input: { conversationId?: string; expertId?: string; userId?: string; body: string; imageIds?: string[] }) => input;

describe('who may write', () => {
  it('lets a verified user write first and the expert answer in that conversation, both seeing it with unread counts', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const asked = expectType(
      await send(user, { expertId: expert.expert.id, body: 'Hello! Can you help me with a Fender Rhodes?' }),
      'SendMessageSuccess',
    );
    expect(asked.sent).toMatchObject({ mine: true, senderSide: 'USER', readByOther: false });
    expect(asked.conversation).toMatchObject({ viewerSide: 'USER', otherName: expert.expert.displayName, unreadCount: 0 });

    expect((await expert.client.data(UnreadMessageCountDocument, {})).unreadMessageCount).toBe(1);
    const list = (await expert.client.data(ConversationsDocument, {})).conversations.edges.map((e) => e.node);
    expect(list).toMatchObject([{ id: asked.conversation.id, viewerSide: 'EXPERT', unreadCount: 1, lastMessage: { mine: false } }]);

    const answer = expectType(
      await send(expert.client, { conversationId: asked.conversation.id, body: 'Yes, I restore them: 30 minutes is enough to start.' }),
      'SendMessageSuccess',
    );
    expect(answer.sent.senderSide).toBe('EXPERT');
    // Answering reads what came before; the user's message now shows as read.
    const thread = (await user.data(ConversationThreadDocument, { id: asked.conversation.id })).conversation!;
    expect(thread.unreadCount).toBe(1);
    expect(thread.messages.edges.map((e) => [e.node.body, e.node.mine, e.node.readByOther])).toEqual([
      ['Yes, I restore them: 30 minutes is enough to start.', false, false],
      ['Hello! Can you help me with a Fender Rhodes?', true, true],
    ]);
    expectType(
      (await user.data(MarkConversationReadDocument, { input: { conversationId: asked.conversation.id } })).markConversationRead,
      'ConversationSuccess',
    );
    expect((await user.data(UnreadMessageCountDocument, {})).unreadMessageCount).toBe(0);

    // A second question continues the same conversation.
    const again = expectType(await send(user, { expertId: expert.expert.id, body: 'Great, thank you.' }), 'SendMessageSuccess');
    expect(again.conversation.id).toBe(asked.conversation.id);
  });

  it('refuses an expert writing first to someone who never booked with them, and lets them follow up a client', async () => {
    const user = await signedInUser(t);
    const userId = await meId(user);
    const expert = await bookableExpert(t);
    expect(await send(expert.client, { userId, body: 'Hi! I give guitar lessons, interested?' })).toMatchObject({
      __typename: 'MessagingNotAllowedError',
      reason: 'EXPERT_FIRST_CONTACT',
    });
    expect((await user.data(ConversationsDocument, {})).conversations.edges).toEqual([]);

    const slot = (await firstSlots(expert.offerings[0]!.id))[0]!;
    expectType(
      (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt: slot, timeZone: 'Europe/Paris' } }))
        .bookSlot,
      'BookingSuccess',
    );
    const followUp = expectType(
      await send(expert.client, { userId, body: 'Thanks for booking! Bring your guitar.' }),
      'SendMessageSuccess',
    );
    expect(followUp.conversation.viewerSide).toBe('EXPERT');
    expect((await user.data(UnreadMessageCountDocument, {})).unreadMessageCount).toBe(1);
  });

  it('stops both sides writing once either blocks, until unblocked', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const { conversation } = expectType(
      await send(user, { expertId: expert.expert.id, body: 'Do you speak Québécois French?' }),
      'SendMessageSuccess',
    );
    const blocked = await expert.client.data(SetConversationBlockedDocument, { input: { conversationId: conversation.id, blocked: true } });
    expect(blocked.setConversationBlocked).toMatchObject({ conversation: { blockedByViewer: true, blockedByOther: false } });
    expect(await send(user, { conversationId: conversation.id, body: 'Hello?' })).toMatchObject({ reason: 'BLOCKED' });
    expect(await send(user, { expertId: expert.expert.id, body: 'Hello?' })).toMatchObject({ reason: 'BLOCKED' });
    expect(await send(expert.client, { conversationId: conversation.id, body: 'Sorry.' })).toMatchObject({ reason: 'BLOCKED' });
    await expert.client.data(SetConversationBlockedDocument, { input: { conversationId: conversation.id, blocked: false } });
    expectType(await send(user, { conversationId: conversation.id, body: 'Hello again.' }), 'SendMessageSuccess');
  });

  it('refuses an unverified user, a stranger to the conversation, oneself and anyone signed out', async () => {
    const expert = await bookableExpert(t);
    const unverified = await signInAs(t, await createUser(t.app.database.db, { emailVerifiedAt: null }));
    expect(await send(unverified, { expertId: expert.expert.id, body: 'Hello, a question please.' })).toMatchObject({
      __typename: 'EmailNotVerifiedError',
    });
    expect(await send(expert.client, { expertId: expert.expert.id, body: 'Talking to myself.' })).toMatchObject({ reason: 'OWN_PROFILE' });

    const user = await signedInUser(t);
    const { conversation } = expectType(
      await send(user, { expertId: expert.expert.id, body: 'Is 30 minutes enough?' }),
      'SendMessageSuccess',
    );
    const stranger = await signedInUser(t);
    expect(await send(stranger, { conversationId: conversation.id, body: 'Let me in.' })).toMatchObject({ reason: 'NOT_FOUND' });
    expect((await stranger.data(ConversationThreadDocument, { id: conversation.id })).conversation).toBeNull();

    const anonymous = await t.client().execute(SendMessageDocument, { input: { expertId: expert.expert.id, body: 'Hi' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the contact filter', () => {
  it.each([
    ['Écrivez-moi plutôt : camille arobase orange point fr, ce sera plus simple.'],
    ['Appelez-moi au 06 12 34 56 78 ce soir, on en parle.'],
    ['Mon portable : zéro six, quatre-vingt-douze, trente et un, cinquante-six, dix-sept'],
    ['Just text me on WhatsApp, +44 7700 900123, easier than here.'],
    ['Email me: walker dot guitar at gmail dot com and we skip the fees.'],
    ['Book me directly at calendly.com/walker-guitar instead.'],
  ])('refuses %s with a field error, sending nothing', async (body) => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    expect(await send(user, { expertId: expert.expert.id, body })).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [{ field: 'body', code: 'CONTACT_DETAILS' }],
    });
    expect((await expert.client.data(ConversationsDocument, {})).conversations.edges).toEqual([]);
  });

  it('lets ordinary French and English through, and turns a link to a Skillcall offering into a card', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const link = `${t.config.publicUrl}/experts/${expert.expert.slug}/${expert.offerings[0]!.slug}`;
    for (const body of [
      'Bonjour, je joue du Rhodes depuis 2019 et la touche du do 3 colle : 45 minutes suffiront ?',
      `Is this the right one for me? ${link} I am free at 10:30 on 12/03.`,
    ]) {
      expectType(await send(user, { expertId: expert.expert.id, body }), 'SendMessageSuccess');
    }
    const thread = (await user.data(ConversationsDocument, {})).conversations.edges[0]!.node;
    const messages = (await user.data(ConversationThreadDocument, { id: thread.id })).conversation!.messages.edges;
    expect(messages[0]!.node.cards).toMatchObject([
      { url: link, offeringId: expert.offerings[0]!.id, offering: { title: expert.offerings[0]!.title } },
    ]);
  });
});

describe('limits', () => {
  it('refuses a new conversation over the daily limit, and a flood of messages, with RateLimitedError', async () => {
    const user = await signedInUser(t);
    const experts = await Promise.all([1, 2, 3, 4].map(() => bookableExpert(t)));
    for (const expert of experts.slice(0, 3)) {
      expectType(await send(user, { expertId: expert.expert.id, body: 'Hello, one question.' }), 'SendMessageSuccess');
    }
    const refused = await send(user, { expertId: experts[3]!.expert.id, body: 'Hello, one question.' });
    expect(refused).toMatchObject({ __typename: 'RateLimitedError' });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect((await experts[3]!.client.data(ConversationsDocument, {})).conversations.edges).toEqual([]);

    // Three messages are counted already; the limit is six a minute.
    for (let i = 0; i < 3; i++)
      expectType(await send(user, { expertId: experts[0]!.expert.id, body: `More details, part ${i + 1}.` }), 'SendMessageSuccess');
    expect(await send(user, { expertId: experts[0]!.expert.id, body: 'And one more.' })).toMatchObject({ __typename: 'RateLimitedError' });
  });
});

describe('proposals, live delivery and reports', () => {
  it('delivers live, lets the expert propose an open slot and the user book it through the normal path', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const live = subscribe(expert.client, MessagingEventsDocument);
    try {
      await waitForListener(expert.expert.userId);
      const { conversation } = expectType(
        await send(user, { expertId: expert.expert.id, body: 'Can we do a session this week?' }),
        'SendMessageSuccess',
      );
      const event = await live.until((e) => e.messagingEvents.kind === 'MESSAGE');
      expect(event.messagingEvents).toMatchObject({ unreadTotal: 1, message: { body: 'Can we do a session this week?', mine: false } });

      const offeringId = expert.offerings[0]!.id;
      expect(
        (
          await expert.client.data(SendProposalDocument, {
            input: { conversationId: conversation.id, offeringId, kind: 'SLOT', startsAt: '2048-03-02T03:00:00Z' },
          })
        ).sendProposal,
      ).toMatchObject({ __typename: 'ProposalNotPossibleError' });
      const slot = (await firstSlots(offeringId))[1]!;
      clock.advance(60_000);
      const proposed = expectType(
        (
          await expert.client.data(SendProposalDocument, {
            input: { conversationId: conversation.id, offeringId, kind: 'SLOT', startsAt: slot, body: 'How about this one?' },
          })
        ).sendProposal,
        'SendMessageSuccess',
      );
      expect(proposed.sent.proposal).toMatchObject({ kind: 'SLOT', startsAt: slot, status: 'OPEN', offering: { id: offeringId } });
      // Users do not propose.
      const byUser = await user.execute(SendProposalDocument, {
        input: { conversationId: conversation.id, offeringId, kind: 'SLOT', startsAt: slot },
      });
      expect(byUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const seen = (await user.data(ConversationThreadDocument, { id: conversation.id })).conversation!.messages.edges[0]!.node.proposal!;
      const booked = expectType(
        (await user.data(BookSlotDocument, { input: { offeringId: seen.offeringId, startsAt: seen.startsAt!, timeZone: 'Europe/Paris' } }))
          .bookSlot,
        'BookingSuccess',
      );
      const after = (await user.data(ConversationThreadDocument, { id: conversation.id })).conversation!.messages.edges[0]!.node.proposal!;
      expect(after).toMatchObject({ status: 'BOOKED', booking: { id: booked.booking.id } });
    } finally {
      await live.close();
    }
  });

  it('files a report of the other side’s message, once, with the messages around it', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t);
    const { sent } = expectType(await send(user, { expertId: expert.expert.id, body: 'You are a fraud.' }), 'SendMessageSuccess');
    const report = (reason: string, client = expert.client, messageId = sent.id) =>
      client.data(ReportMessageDocument, { input: { messageId, reason } }).then((r) => r.reportMessage);
    expect(await report('Insults', user)).toMatchObject({ reason: 'NOT_FOUND' }); // one's own message
    expectType(await report('Insults from a user who never booked.'), 'ReportMessageSuccess');
    expect(await report('Again')).toMatchObject({ __typename: 'ReportNotPossibleError' });
  });
});

describe('typical reply time', () => {
  it('shows the median of the expert’s first replies over 90 days, only from 5 conversations', async () => {
    const expert = await bookableExpert(t);
    const replyTime = async () =>
      (await t.client().data(ExpertReplyTimeDocument, { slug: expert.expert.slug })).expert!.typicalReplyMinutes;
    for (const minutes of [2, 4, 30, 60, 120]) {
      const user = await signedInUser(t);
      const { conversation } = expectType(
        await send(user, { expertId: expert.expert.id, body: 'A quick question, please.' }),
        'SendMessageSuccess',
      );
      clock.advance(minutes * 60_000 - 60_000); // `send` moves one minute itself
      expect(await replyTime()).toBeNull();
      expectType(await send(expert.client, { conversationId: conversation.id, body: 'Here is my answer.' }), 'SendMessageSuccess');
    }
    expect(await replyTime()).toBe(30);
    clock.advance(91 * 86_400_000);
    expect(await replyTime()).toBeNull();
  });
});

describe('privacy', () => {
  it('puts conversations in both parties’ exports, and leaves the other side the thread without the erased name and images', async () => {
    const account = await createUser(t.app.database.db, { displayName: 'Jeanne Moreau' });
    const user = await signInAs(t, account);
    const expert = await bookableExpert(t);
    const image = await insertImage(t.app.database.db, {
      uploaderId: account.id,
      contentType: 'image/webp',
      width: 640,
      height: 480,
      at: start,
    });
    const { conversation } = expectType(
      await send(user, { expertId: expert.expert.id, body: 'Voici la photo du clavier : la touche colle.', imageIds: [image.id] }),
      'SendMessageSuccess',
    );
    expectType(await send(expert.client, { conversationId: conversation.id, body: 'Je vois, c’est le feutre.' }), 'SendMessageSuccess');

    const ctx = systemContext(
      { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
      'test',
    );
    expect((await collectExport(ctx, account.id)).documents['conversations.json']).toMatchObject([
      {
        yourSide: 'USER',
        with: expert.expert.displayName,
        messages: [
          { from: 'you', body: 'Voici la photo du clavier : la touche colle.', images: 1 },
          { from: 'them', body: 'Je vois, c’est le feutre.', images: 0 },
        ],
      },
    ]);
    expect((await collectExport(ctx, expert.user.id)).documents['conversations.json']).toMatchObject([
      { yourSide: 'EXPERT', with: 'Jeanne Moreau', messages: [{ from: 'them' }, { from: 'you' }] },
    ]);

    expectType(
      (await user.data(DeleteAccountDocument, { input: { password: defaultTestPassword, confirmation: account.email } })).deleteAccount,
      'DeleteAccountSuccess',
    );
    const kept = (await expert.client.data(ConversationThreadDocument, { id: conversation.id })).conversation!;
    expect(kept.otherName).toBe('Deleted user');
    expect(kept.messages.edges.map((e) => [e.node.body, e.node.images.length])).toEqual([
      ['Je vois, c’est le feutre.', 0],
      ['Voici la photo du clavier : la touche colle.', 0],
    ]);
  });
});

async function meId(client: TestClient): Promise<string> {
  return (await client.data(MeDocument, {})).me!.id;
}

async function firstSlots(offeringId: string): Promise<string[]> {
  const anyone = t.client();
  const slots = await anyone.data(BookableSlotsDocument, { offeringId, from: '2048-03-03', days: 3, timeZone: 'Europe/Paris' });
  return slots.bookableSlots.days.flatMap((d) => d.slots.map((s) => s.startsAt));
}

async function waitForListener(userId: string): Promise<void> {
  await expect.poll(() => t.app.adapters.events.listenerCount(inboxTopic(userId))).toBeGreaterThan(0);
}
