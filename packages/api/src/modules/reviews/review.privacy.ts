/** What the reviews module keeps about a person, for their data export: the reviews they gave and received. */
import type { Context } from '../../platform/context';
import { findUser } from '../identity/identity.service';
import { reviewsOfPerson } from './review.queries';
import type { ReviewRow } from './review.table';

const asExported = (row: ReviewRow) => ({
  bookingId: row.bookingId,
  rating: row.rating,
  body: row.body,
  reply: row.reply,
  repliedAt: row.repliedAt,
  status: row.status,
  createdAt: row.createdAt,
});

export async function reviewsGivenBy(ctx: Context, userId: string) {
  return (await reviewsOfPerson(ctx.db, { authorId: userId })).map(asExported);
}

/** Reviews of the expert, with the author's name as it is published (nothing more of them). */
export async function reviewsReceivedBy(ctx: Context, expertId: string | null) {
  if (!expertId) return [];
  const rows = await reviewsOfPerson(ctx.db, { expertId });
  return Promise.all(
    rows.map(async (row) => ({
      ...asExported(row),
      authorName: row.authorId ? ((await findUser(ctx, row.authorId))?.displayName ?? null) : null,
    })),
  );
}
