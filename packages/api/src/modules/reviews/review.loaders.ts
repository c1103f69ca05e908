import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey } from '../../platform/db/loader-helpers';
import { findReviewsByIds, ratingFigures, reviewsOfBookings, type RatingFigures } from './review.queries';
import type { ReviewRow } from './review.table';

export const createReviewLoaders = (db: DbExecutor) => ({
  reviewById: new DataLoader<string, ReviewRow | undefined>(async (ids) => byKey(ids, await findReviewsByIds(db, ids), (r) => r.id)),
  reviewByBooking: new DataLoader<string, ReviewRow | undefined>(async (ids) =>
    byKey(ids, await reviewsOfBookings(db, ids), (r) => r.bookingId),
  ),
  ratingByExpert: new DataLoader<string, RatingFigures | undefined>(async (ids) =>
    byKey(ids, await ratingFigures(db, 'expert', ids), (r) => r.key),
  ),
  ratingByOffering: new DataLoader<string, RatingFigures | undefined>(async (ids) =>
    byKey(ids, await ratingFigures(db, 'offering', ids), (r) => r.key),
  ),
});
