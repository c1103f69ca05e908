import { ErrorCode } from '../../error-codes';
import { EmailNotVerifiedError } from '../identity/identity.types';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { SlotUnavailableError } from '../bookings/booking.types';
import type { HelpRequestStatus as StatusName } from './help-request.table';

export enum HelpRequestStatus {
  WAITING = 'WAITING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(HelpRequestStatus, {
  name: 'HelpRequestStatus',
  description: 'Where a "help me now" request is.',
  valuesConfig: {
    WAITING: { description: 'In the expert’s queue (`position` 1 = the expert is being alerted).' },
    ACCEPTED: { description: 'The expert accepted: see `booking`.' },
    DECLINED: { description: 'The expert declined.' },
    LAPSED: { description: 'The expert did not answer within 60 seconds, or went offline.' },
    CANCELLED: { description: 'The user stopped waiting.' },
  },
});

@ObjectType({ description: 'A user asking an available expert for help now. Visible to both.' })
export class HelpRequest {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => HelpRequestStatus, { description: 'Where the request is.' })
  status!: StatusName;

  @Field(() => String, { nullable: true, description: 'What the user needs help with.' })
  message!: string | null;

  @Field(() => Int, { nullable: true, description: 'Place in the expert’s queue while waiting (1 = being alerted now).' })
  position!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the expert must answer by, while the request rings.' })
  answerBy!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the user asked.' })
  createdAt!: Date;

  expertId!: string;
  userId!: string;
  offeringId!: string;
  bookingId!: string | null;
}

@InputType({ description: 'Ask an available expert for help now, on one of their offerings.' })
export class AskForHelpInput {
  @Field(() => ID, { description: 'The offering the help is about.' })
  offeringId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What you need help with (optional, up to 500 characters), without contact details.',
  })
  message?: string | null;

  @Field(() => String, { description: 'Your IANA time zone.' })
  timeZone!: string;
}

@InputType({ description: 'Accept or decline the request that is ringing.' })
export class AnswerHelpRequestInput {
  @Field(() => ID, { description: 'The waiting request.' })
  requestId!: string;

  @Field(() => Boolean, { description: 'True to accept (a session starts now), false to decline.' })
  accept!: boolean;
}

@ObjectType({ implements: DomainError, description: 'The expert is not available now.' })
export class ExpertNotAvailableNowError extends DomainError {
  override readonly code = ErrorCode.EXPERT_NOT_AVAILABLE_NOW;
}

@ObjectType({ implements: DomainError, description: 'The request is no longer waiting.' })
export class HelpRequestClosedError extends DomainError {
  override readonly code = ErrorCode.HELP_REQUEST_CLOSED;
}

@ObjectType({ description: 'The request, after the change.' })
export class HelpRequestSuccess {
  @Field(() => HelpRequest, { description: 'The request as it is now.' })
  request!: HelpRequest;
}

export const AskForHelpResult = createUnionType({
  name: 'AskForHelpResult',
  description: 'Outcome of asking for help now.',
  types: () => [HelpRequestSuccess, ExpertNotAvailableNowError, EmailNotVerifiedError, InvalidInputError] as const,
});

export const HelpRequestChangeResult = createUnionType({
  name: 'HelpRequestChangeResult',
  description: 'Outcome of answering or cancelling a request.',
  types: () => [HelpRequestSuccess, HelpRequestClosedError, SlotUnavailableError] as const,
});
