/** Reads and writes of reviews. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { reviews, type ReviewRow } from './review.table';

export async function insertReview(db: DbExecutor, values: typeof reviews.$inferInsert): Promise<ReviewRow | null> {
  const [row] = await db.insert(reviews).values(values).onConflictDoNothing({ target: reviews.bookingId }).returning();
  return row ?? null;
}

export async function findReview(db: DbExecutor, id: string, lock = false): Promise<ReviewRow | undefined> {
  const query = db.select().from(reviews).where(eq(reviews.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export function findReviewsByIds(db: DbExecutor, ids: readonly string[]): Promise<ReviewRow[]> {
  return db
    .select()
    .from(reviews)
    .where(inArray(reviews.id, [...ids]));
}

export function reviewsOfBookings(db: DbExecutor, bookingIds: readonly string[]): Promise<ReviewRow[]> {
  return db
    .select()
    .from(reviews)
    .where(inArray(reviews.bookingId, [...bookingIds]));
}

export async function updateReview(db: DbExecutor, id: string, changes: Partial<ReviewRow>): Promise<ReviewRow> {
  const [row] = await db.update(reviews).set(changes).where(eq(reviews.id, id)).returning();
  return row!;
}

/** Published reviews of an expert, or of one offering, newest first. */
export function publishedReviews(
  db: DbExecutor,
  of: { expertId: string } | { offeringId: string },
  page: PageRequest,
): Promise<ReviewRow[]> {
  const columns = [reviews.createdAt, reviews.id];
  return db
    .select()
    .from(reviews)
    .where(
      and(
        'expertId' in of ? eq(reviews.expertId, of.expertId) : eq(reviews.offeringId, of.offeringId),
        eq(reviews.status, 'PUBLISHED'),
        keysetAfter(columns, page.after, 'desc'),
      ),
    )
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(page.limit);
}

export interface RatingFigures {
  key: string;
  sum: number;
  count: number;
}

/** Sum and count of published ratings per expert (or per offering). */
export async function ratingFigures(db: DbExecutor, by: 'expert' | 'offering', ids: readonly string[]): Promise<RatingFigures[]> {
  const key = by === 'expert' ? reviews.expertId : reviews.offeringId;
  return db
    .select({ key, sum: sql<number>`sum(${reviews.rating})::int`, count: sql<number>`count(*)::int` })
    .from(reviews)
    .where(and(inArray(key, [...ids]), eq(reviews.status, 'PUBLISHED')))
    .groupBy(key);
}

/** Reviews a person wrote, or received as the expert, oldest first: for their data export. */
export function reviewsOfPerson(db: DbExecutor, by: { authorId: string } | { expertId: string }): Promise<ReviewRow[]> {
  return db
    .select()
    .from(reviews)
    .where('authorId' in by ? eq(reviews.authorId, by.authorId) : eq(reviews.expertId, by.expertId))
    .orderBy(reviews.createdAt, reviews.id);
}
