import { ErrorCode } from '../../error-codes';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

@ObjectType({ description: 'A user’s review of a session that took place.' })
export class Review {
  @Field(() => ID, { description: 'The review’s id.' })
  id!: string;

  @Field(() => Int, { description: 'From 1 to 5 stars.' })
  rating!: number;

  @Field(() => String, { description: 'What the user wrote.' })
  body!: string;

  @Field(() => String, { description: 'The author’s name (a neutral marker once their account is deleted).' })
  authorName!: string;

  @Field(() => Boolean, { description: 'True when the author deleted their account (show “Deleted user”); the review stays readable.' })
  authorDeleted!: boolean;

  @Field(() => String, { nullable: true, description: 'The expert’s reply, if any (one per review).' })
  reply!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the expert replied.' })
  repliedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was published.' })
  createdAt!: Date;

  @Field(() => ID, { description: 'The offering the session was booked on.' })
  offeringId!: string;

  /** Who wrote it (null once erased) and the expert it is about: who may not report it. */
  authorId!: string | null;
  expertId!: string;
}

export const ReviewConnection = ConnectionType(Review, 'Review', 'Published reviews, newest first.');

@ObjectType({ description: 'The average of published ratings and how many there are.' })
export class RatingSummary {
  @Field(() => Float, { nullable: true, description: 'The average, to one decimal; null without reviews.' })
  average!: number | null;

  @Field(() => Int, { description: 'How many published reviews.' })
  count!: number;
}

@ObjectType({ description: 'Whether the viewer may review this booking now, and until when.' })
export class ReviewTerms {
  @Field(() => Boolean, { description: 'True for the user of a completed session not reviewed yet, within the window.' })
  canReview!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'The last moment a review can be written (14 days after the booked end).' })
  until!: Date;
}

@ObjectType({ description: 'The review, as published.' })
export class ReviewSuccess {
  @Field(() => Review, { description: 'The review.' })
  review!: Review;
}

@ObjectType({ implements: DomainError, description: 'This booking cannot be reviewed (see the code’s description).' })
export class ReviewNotAllowedError extends DomainError {
  override readonly code = ErrorCode.REVIEW_NOT_ALLOWED;
}

@ObjectType({ implements: DomainError, description: 'The viewer cannot reply to this review.' })
export class ReplyNotAllowedError extends DomainError {
  override readonly code = ErrorCode.REPLY_NOT_ALLOWED;
}

@InputType({ description: 'A review of a session that took place.' })
export class SubmitReviewInput {
  @Field(() => ID, { description: 'The completed booking.' })
  bookingId!: string;

  @Field(() => Int, { description: 'From 1 to 5 stars.' })
  rating!: number;

  @Field(() => String, { description: '10 to 2,000 characters, without contact details (refused with CONTACT_DETAILS).' })
  body!: string;
}

@InputType({ description: 'The expert’s reply to a review of their session.' })
export class ReplyToReviewInput {
  @Field(() => ID, { description: 'The review.' })
  reviewId!: string;

  @Field(() => String, { description: '2 to 2,000 characters, without contact details (refused with CONTACT_DETAILS).' })
  body!: string;
}

export const SubmitReviewResult = createUnionType({
  name: 'SubmitReviewResult',
  description: 'The published review, or why it was refused.',
  types: () => [ReviewSuccess, InvalidInputError, ReviewNotAllowedError] as const,
});

export const ReplyToReviewResult = createUnionType({
  name: 'ReplyToReviewResult',
  description: 'The review with its reply, or why it was refused.',
  types: () => [ReviewSuccess, InvalidInputError, ReplyNotAllowedError] as const,
});
