import { Args, Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { Booking } from '../bookings/booking.types';
import { Expert, Offering } from '../experts/expert.types';
import { ratingOf, replyToReview, reviewOfBooking, reviewTermsOf, reviewsOf, submitReview } from './review.service';
import {
  RatingSummary,
  ReplyToReviewInput,
  ReplyToReviewResult,
  Review,
  ReviewConnection,
  ReviewTerms,
  SubmitReviewInput,
  SubmitReviewResult,
} from './review.types';

@Resolver(() => Review)
export class ReviewResolver {
  @SignedIn()
  @Mutation(() => SubmitReviewResult, {
    description: 'Review a session that took place (its user, once, within 14 days of its end); published at once.',
  })
  submitReview(@Arg('input', () => SubmitReviewInput) input: SubmitReviewInput, @Ctx() ctx: SignedInContext) {
    return submitReview(ctx, input);
  }

  @SignedIn()
  @Mutation(() => ReplyToReviewResult, { description: 'The expert replies to a review of their session, once.' })
  replyToReview(@Arg('input', () => ReplyToReviewInput) input: ReplyToReviewInput, @Ctx() ctx: SignedInContext) {
    return replyToReview(ctx, input);
  }
}

@Resolver(() => Booking)
export class BookingReviewResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'The user’s review of this session, once written.' })
  review(@Root() booking: Booking, @Ctx() ctx: Context) {
    return reviewOfBooking(ctx, booking);
  }

  @FieldResolver(() => ReviewTerms, {
    nullable: true,
    description: 'Whether the viewer may review this session now (null for anyone but its user).',
  })
  reviewTerms(@Root() booking: Booking, @Ctx() ctx: Context) {
    return reviewTermsOf(ctx, booking);
  }
}

@Resolver(() => Expert)
export class ExpertReviewResolver {
  @FieldResolver(() => RatingSummary, { description: 'The average of the expert’s published reviews and their count.' })
  rating(@Root() expert: Expert, @Ctx() ctx: Context) {
    return ratingOf(ctx, { expertId: expert.id });
  }

  @FieldResolver(() => ReviewConnection, { description: 'The expert’s published reviews, newest first.' })
  reviews(@Root() expert: Expert, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return reviewsOf(ctx, { expertId: expert.id }, args);
  }
}

@Resolver(() => Offering)
export class OfferingReviewResolver {
  @FieldResolver(() => RatingSummary, { description: 'The average of this offering’s published reviews and their count.' })
  rating(@Root() offering: Offering, @Ctx() ctx: Context) {
    return ratingOf(ctx, { offeringId: offering.id });
  }

  @FieldResolver(() => ReviewConnection, { description: 'This offering’s published reviews, newest first.' })
  reviews(@Root() offering: Offering, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return reviewsOf(ctx, { offeringId: offering.id }, args);
  }
}
