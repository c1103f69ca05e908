/**
 * Reviews: the user of a session that took place rates it (1 to 5) and writes a few lines, once, within 14 days of
 * the booked end; it is published at once. The expert replies once and can neither edit nor delete it. Ratings feed
 * the expert's and the offering's average, and search (re-indexed in the same transaction); partners' webhooks of
 * both participants hear of it (REVIEW_PUBLISHED).
 */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { validateInput } from '../../platform/graphql/domain-error';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { bookingWithExpert } from '../bookings/booking-sessions.service';
import type { BookingRow } from '../bookings/booking.table';
import { findUser } from '../identity/identity.service';
import { emitWebhookEvent } from '../partners/webhook.events';
import { requestIndexing } from '../search/search.requests';
import { averageRating, replySchema, reviewDeadline, reviewSchema } from './review.policy';
import { findReview, insertReview, publishedReviews, updateReview } from './review.queries';
import type { ReviewRow } from './review.table';
import {
  RatingSummary,
  ReplyNotAllowedError,
  Review,
  ReviewNotAllowedError,
  ReviewSuccess,
  ReviewTerms,
  type ReplyToReviewInput,
  type SubmitReviewInput,
} from './review.types';

export async function toReview(ctx: Context, row: ReviewRow): Promise<Review> {
  const author = row.authorId ? await findUser(ctx, row.authorId) : null;
  return Object.assign(new Review(), {
    id: row.id,
    rating: row.rating,
    body: row.body,
    authorName: author?.displayName ?? 'Former user',
    authorDeleted: !author || author.deleted,
    reply: row.reply,
    repliedAt: row.repliedAt,
    createdAt: row.createdAt,
    offeringId: row.offeringId,
    authorId: row.authorId,
    expertId: row.expertId,
  });
}

const notAllowed = () => new ReviewNotAllowedError('This session cannot be reviewed now.');

function mayReview(ctx: Context, booking: Pick<BookingRow, 'userId' | 'status' | 'endsAt'>, reviewed: boolean): boolean {
  return booking.userId === ctx.viewer?.userId && booking.status === 'COMPLETED' && !reviewed && ctx.clock.now() <= reviewDeadline(booking);
}

/** What the viewer may do about reviewing this booking (null for anyone but its user). */
export async function reviewTermsOf(
  ctx: Context,
  booking: Pick<BookingRow, 'id' | 'userId' | 'status' | 'endsAt'>,
): Promise<ReviewTerms | null> {
  if (booking.userId !== ctx.viewer?.userId) return null;
  const reviewed = !!(await ctx.loaders.reviewByBooking.load(booking.id));
  return Object.assign(new ReviewTerms(), { canReview: mayReview(ctx, booking, reviewed), until: reviewDeadline(booking) });
}

export async function submitReview(ctx: SignedInContext, input: SubmitReviewInput) {
  const valid = validateInput(reviewSchema, { rating: input.rating, body: input.body });
  if (!valid.ok) return valid.error;
  if (!z.uuid().safeParse(input.bookingId).success) return notAllowed();
  return inTransaction(ctx, async (tx) => {
    const found = await bookingWithExpert(tx, input.bookingId, true);
    if (!found || !mayReview(tx, found.booking, false)) return notAllowed();
    const row = await insertReview(tx.db, {
      bookingId: found.booking.id,
      expertId: found.booking.expertId,
      offeringId: found.booking.offeringId,
      authorId: tx.viewer.userId,
      rating: valid.data.rating,
      body: valid.data.body,
      createdAt: tx.clock.now(),
    });
    if (!row) return notAllowed(); // already reviewed
    await requestIndexing(tx.db, [found.booking.expertId]);
    const review = { id: row.id, rating: row.rating, text: row.body, bookingId: row.bookingId };
    await emitWebhookEvent(tx, 'REVIEW_PUBLISHED', [found.booking.userId, found.expert.userId], async () => ({ review }));
    return Object.assign(new ReviewSuccess(), { review: await toReview(tx, row) });
  });
}

export async function replyToReview(ctx: Context, input: ReplyToReviewInput) {
  const valid = validateInput(replySchema, { body: input.body });
  if (!valid.ok) return valid.error;
  const refused = () => new ReplyNotAllowedError('You cannot reply to this review.');
  if (!z.uuid().safeParse(input.reviewId).success) return refused();
  return inTransaction(ctx, async (tx) => {
    const review = await findReview(tx.db, input.reviewId, true);
    const found = review && (await bookingWithExpert(tx, review.bookingId));
    if (!review || !found || found.expert.userId !== tx.viewer?.userId || review.reply !== null || review.status !== 'PUBLISHED')
      return refused();
    const row = await updateReview(tx.db, review.id, { reply: valid.data.body, repliedAt: tx.clock.now() });
    return Object.assign(new ReviewSuccess(), { review: await toReview(tx, row) });
  });
}

/** The review of a booking, for its participants (published or not, it is theirs). */
export async function reviewOfBooking(ctx: Context, booking: Pick<BookingRow, 'id'>): Promise<Review | null> {
  const row = await ctx.loaders.reviewByBooking.load(booking.id);
  return row && row.status === 'PUBLISHED' ? toReview(ctx, row) : null;
}

export async function reviewsOf(ctx: Context, of: { expertId: string } | { offeringId: string }, args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await publishedReviews(ctx.db, of, page);
  const nodes = await Promise.all(rows.map((row) => toReview(ctx, row)));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return toConnection(
    rows,
    page,
    (row) => [row.createdAt.toISOString(), row.id],
    (row) => byId.get(row.id)!,
  );
}

export async function ratingOf(ctx: Context, of: { expertId: string } | { offeringId: string }): Promise<RatingSummary> {
  const figures =
    'expertId' in of ? await ctx.loaders.ratingByExpert.load(of.expertId) : await ctx.loaders.ratingByOffering.load(of.offeringId);
  return Object.assign(new RatingSummary(), { average: averageRating(figures?.sum ?? 0, figures?.count ?? 0), count: figures?.count ?? 0 });
}

/** Average and count of published ratings for each expert (for search documents). */
export async function ratingsOfExperts(ctx: Context, expertIds: string[]): Promise<Map<string, { average: number | null; count: number }>> {
  const figures = await ctx.loaders.ratingByExpert.loadMany(expertIds);
  return new Map(
    expertIds.map((id, i) => {
      const f = figures[i];
      const found = f && !(f instanceof Error) ? f : undefined;
      return [id, { average: averageRating(found?.sum ?? 0, found?.count ?? 0), count: found?.count ?? 0 }];
    }),
  );
}

/** A review as written, hidden or not, and the expert it is about: what admins deciding a report see. */
export async function reviewForModeration(ctx: Context, reviewId: string): Promise<{ review: Review; expertId: string } | null> {
  const row = await ctx.loaders.reviewById.load(reviewId);
  return row ? { review: await toReview(ctx, row), expertId: row.expertId } : null;
}

/** A published review with who it concerns, for reports (null when unknown or hidden). */
export async function reportableReview(ctx: Context, reviewId: string): Promise<{ review: ReviewRow; expertUserId: string } | null> {
  const row = await findReview(ctx.db, reviewId);
  const found = row && row.status === 'PUBLISHED' ? await bookingWithExpert(ctx, row.bookingId) : null;
  return row && found ? { review: row, expertUserId: found.expert.userId } : null;
}

/** An admin hides a review (inside the caller's transaction): it leaves lists, averages and search. */
export async function hideReview(tx: Context, reviewId: string): Promise<void> {
  const row = await updateReview(tx.db, reviewId, { status: 'HIDDEN' });
  await requestIndexing(tx.db, [row.expertId]);
}
