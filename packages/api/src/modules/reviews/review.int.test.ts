import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BookSlotDocument,
  BookingReviewDocument,
  ExpertReviewsDocument,
  ReplyToReviewDocument,
  SearchExpertsDocument,
  SubmitReviewDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { holdSession } from '../../../test/session-fixtures';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

/** A free 30-minute session held through the room on `startsAt`. */
async function heldSession(startsAt: string, expert?: Awaited<ReturnType<typeof bookableExpert>>) {
  const user = await signedInUser(t);
  const owner = expert ?? (await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] }));
  const result = (await user.data(BookSlotDocument, { input: { offeringId: owner.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } }))
    .bookSlot;
  const booking = expectType(result, 'BookingSuccess').booking;
  return {
    user,
    expert: owner,
    bookingId: booking.id,
    hold: () => holdSession(clock, { user, expert: owner.client, bookingId: booking.id, from: startsAt, seconds: 60 }),
  };
}

const review = (client: TestClient, bookingId: string, rating = 5, body = 'Clear, patient and precise: my guitar sounds right again.') =>
  client.data(SubmitReviewDocument, { input: { bookingId, rating, body } }).then((r) => r.submitReview);

describe('reviews', () => {
  it('lets the user of a session that took place review it once, within 14 days, and the expert reply once', async () => {
    const { user, expert, bookingId, hold } = await heldSession('2048-03-03T09:00:00Z');
    expect((await user.data(BookingReviewDocument, { id: bookingId })).booking?.reviewTerms?.canReview).toBe(false);
    expect(await review(user, bookingId)).toMatchObject({ code: 'REVIEW_NOT_ALLOWED' }); // not held yet
    await hold();

    expect((await user.data(BookingReviewDocument, { id: bookingId })).booking?.reviewTerms).toEqual({
      canReview: true,
      until: '2048-03-17T09:30:00.000Z',
    });
    expect((await expert.client.data(BookingReviewDocument, { id: bookingId })).booking?.reviewTerms).toBeNull();
    expect(await review(expert.client, bookingId)).toMatchObject({ code: 'REVIEW_NOT_ALLOWED' }); // the expert cannot review themselves
    expect(await review(user, bookingId, 6, 'short')).toMatchObject({
      fieldErrors: [{ field: 'rating' }, { field: 'body', code: 'TOO_SHORT' }],
    });

    const published = expectType(await review(user, bookingId), 'ReviewSuccess').review;
    expect(published).toMatchObject({ rating: 5, reply: null });
    expect(await review(user, bookingId, 1, 'Changed my mind about it, sorry.')).toMatchObject({ code: 'REVIEW_NOT_ALLOWED' });

    const reply = (client: TestClient, body: string) =>
      client.data(ReplyToReviewDocument, { input: { reviewId: published.id, body } }).then((r) => r.replyToReview);
    expect(await reply(user, 'I reply to myself')).toMatchObject({ code: 'REPLY_NOT_ALLOWED' });
    expect(await reply(expert.client, 'Thank you, keep practising the barre chords!')).toMatchObject({
      review: { reply: 'Thank you, keep practising the barre chords!' },
    });
    expect(await reply(expert.client, 'And another thing')).toMatchObject({ code: 'REPLY_NOT_ALLOWED' });
    expect((await expert.client.data(BookingReviewDocument, { id: bookingId })).booking?.review).toMatchObject({
      rating: 5,
      reply: 'Thank you, keep practising the barre chords!',
    });
  });

  it('refuses contact details in a review and in a reply, publishing neither', async () => {
    const { user, expert, bookingId, hold } = await heldSession('2048-03-05T09:00:00Z');
    await hold();
    for (const body of [
      'Great help, write me at walker@example.com',
      'Super séance, appelez-moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit',
    ]) {
      expect(expectType(await review(user, bookingId, 5, body), 'InvalidInputError').fieldErrors).toEqual([
        expect.objectContaining({ field: 'body', code: 'CONTACT_DETAILS' }),
      ]);
    }
    const profile = async () => (await t.client().data(ExpertReviewsDocument, { slug: expert.expert.slug, first: 5 })).expert!;
    expect((await profile()).reviews.edges).toEqual([]);

    const published = expectType(
      await review(user, bookingId, 5, 'We met at the point where I was stuck: 45 minutes, 12/03, perfect.'),
      'ReviewSuccess',
    ).review;
    const reply = (body: string) =>
      expert.client.data(ReplyToReviewDocument, { input: { reviewId: published.id, body } }).then((r) => r.replyToReview);
    expect(expectType(await reply('Thanks! Next time book me on w a l k e r . d e v'), 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'body', code: 'CONTACT_DETAILS' }),
    ]);
    expect((await profile()).reviews.edges.map((e) => e.node.reply)).toEqual([null]);
    expect(await reply('Thank you, see you at 14:30 next week!')).toMatchObject({
      review: { reply: 'Thank you, see you at 14:30 next week!' },
    });
  });

  it('closes 14 days after the booked end', async () => {
    const { user, bookingId, hold } = await heldSession('2048-03-03T10:00:00Z');
    await hold();
    clock.set(new Date('2048-03-17T10:30:01Z'));
    expect((await user.data(BookingReviewDocument, { id: bookingId })).booking?.reviewTerms?.canReview).toBe(false);
    expect(await review(user, bookingId)).toMatchObject({ code: 'REVIEW_NOT_ALLOWED' });
  });

  it('shows the average and the reviews on the public profile, newest first, and search ranks and filters by rating', async () => {
    const first = await heldSession('2048-03-04T09:00:00Z');
    const second = await heldSession('2048-03-04T10:00:00Z', first.expert);
    await first.hold();
    await second.hold();
    expectType(await review(first.user, first.bookingId, 5), 'ReviewSuccess');
    clock.set(new Date('2048-03-04T12:00:00Z'));
    expectType(await review(second.user, second.bookingId, 4, 'Good advice, a bit rushed at the end.'), 'ReviewSuccess');

    const profile = (await t.client().data(ExpertReviewsDocument, { slug: first.expert.expert.slug, first: 1 })).expert!;
    expect(profile.rating).toEqual({ average: 4.5, count: 2 });
    expect(profile.reviews.edges.map((e) => e.node.rating)).toEqual([4]);
    const rest = (
      await t.client().data(ExpertReviewsDocument, { slug: first.expert.expert.slug, first: 5, after: profile.reviews.pageInfo.endCursor })
    ).expert!;
    expect(rest.reviews.edges.map((e) => e.node.rating)).toEqual([5]);

    // Search catches up through its indexing job.
    const search = async (minRating: number) => {
      const result = (await t.client().data(SearchExpertsDocument, { input: { query: first.expert.expert.displayName, minRating } }))
        .searchExperts;
      return expectType(result, 'ExpertSearchConnection').edges.map((e) => e.node.expert.id);
    };
    await expect.poll(() => search(4), { timeout: 10_000 }).toContain(first.expert.expert.id);
    expect(await search(5)).not.toContain(first.expert.expert.id);
  });
});
