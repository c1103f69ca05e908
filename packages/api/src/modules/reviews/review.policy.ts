/** The rules of reviews, pure: who may write one and until when, and what a review and a reply look like (no contact details). */
import { z } from 'zod';
import { publicText } from '../../platform/text/public-text';

/** A user may review a session up to this long after its booked end. */
export const reviewWindowDays = 14;

export const reviewDeadline = (booking: { endsAt: Date }) => new Date(booking.endsAt.getTime() + reviewWindowDays * 24 * 3_600_000);

export const reviewSchema = z.object({
  rating: z.number().int().min(1).max(5),
  body: publicText(z.string().trim().min(10).max(2000)),
});

export const replySchema = z.object({ body: publicText(z.string().trim().min(2).max(2000)) });

/** The average of published ratings, to one decimal (null without any). */
export function averageRating(sum: number, count: number): number | null {
  return count ? Math.round((sum / count) * 10) / 10 : null;
}
