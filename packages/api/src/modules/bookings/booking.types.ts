import { ErrorCode } from '../../error-codes';
import { EmailNotVerifiedError } from '../identity/identity.types';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { Money } from '../billing/money.types';
import { CancellationPolicy, PriceModel } from '../experts/offering.types';
import type { BookingParty as PartyName, BookingStatus as StatusName } from './booking.table';

export enum BookingStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  CONFIRMED = 'CONFIRMED',
  IN_SESSION = 'IN_SESSION',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(BookingStatus, {
  name: 'BookingStatus',
  description: 'Where a booking is in its lifecycle.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'The slot is held for 15 minutes while the user pays.' },
    CONFIRMED: { description: 'Booked: the session will take place.' },
    IN_SESSION: { description: 'The session is under way.' },
    COMPLETED: { description: 'The session took place.' },
    CANCELLED: { description: 'Cancelled by the user, the expert or the platform.' },
    EXPIRED: { description: 'The payment did not arrive in time; the slot was released.' },
    NO_SHOW: { description: 'A participant did not come.' },
  },
});

export enum BookingParty {
  USER = 'USER',
  EXPERT = 'EXPERT',
  SYSTEM = 'SYSTEM',
}
registerEnumType(BookingParty, {
  name: 'BookingParty',
  description: 'Who did something to a booking.',
  valuesConfig: {
    USER: { description: 'The user who booked.' },
    EXPERT: { description: 'The expert.' },
    SYSTEM: { description: 'The platform (an admin, or an automatic rule).' },
  },
});

export enum BookingSource {
  SCHEDULED = 'SCHEDULED',
  INSTANT = 'INSTANT',
}
registerEnumType(BookingSource, {
  name: 'BookingSource',
  description: 'How the booking was made.',
  valuesConfig: {
    SCHEDULED: { description: 'Booked on a slot of the expert’s calendar.' },
    INSTANT: { description: 'A "help me now" request the expert accepted; it starts at once.' },
  },
});

export enum BookingRole {
  USER = 'USER',
  EXPERT = 'EXPERT',
}
registerEnumType(BookingRole, {
  name: 'BookingRole',
  description: 'The viewer’s side of a booking.',
  valuesConfig: {
    USER: { description: 'Bookings the viewer made.' },
    EXPERT: { description: 'Bookings made with the viewer as the expert.' },
  },
});

export enum BookingPeriod {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(BookingPeriod, {
  name: 'BookingPeriod',
  description: 'Which bookings to list.',
  valuesConfig: {
    UPCOMING: { description: 'Not ended yet and still holding their time, soonest first.' },
    PAST: { description: 'Ended, or no longer holding their time (cancelled, expired, no-show), latest first.' },
  },
});

@ObjectType({ description: 'A session booked with an expert. Visible to its two participants and to admins.' })
export class Booking {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => BookingStatus, { description: 'Where the booking is in its lifecycle.' })
  status!: StatusName;

  @Field(() => BookingSource, { description: 'Booked on a slot, or accepted from "help me now".' })
  source!: BookingSource;

  @Field(() => GraphQLISODateTime, { description: 'When the session starts (UTC).' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the session ends at the latest (UTC).' })
  endsAt!: Date;

  @Field(() => PriceModel, { description: 'The price model when booked.' })
  priceModel!: PriceModel;

  @Field(() => Money, { nullable: true, description: 'The price when booked: per session, or per minute; null when free.' })
  price!: Money | null;

  @Field(() => CancellationPolicy, { description: 'The cancellation policy when booked; later changes by the expert do not apply.' })
  cancellationPolicy!: CancellationPolicy;

  @Field(() => String, { description: 'The user’s IANA time zone when booking.' })
  userTimeZone!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when the slot is held for payment (PENDING_PAYMENT only).' })
  holdExpiresAt!: Date | null;

  @Field(() => BookingParty, { nullable: true, description: 'Who cancelled, if cancelled.' })
  cancelledBy!: PartyName | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, if a reason was given.' })
  cancelReason!: string | null;

  @Field(() => Int, { nullable: true, description: 'Share of the payment refunded on cancellation, in percent.' })
  refundPercent!: number | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was booked.' })
  createdAt!: Date;

  offeringId!: string;
  expertId!: string;
  userId!: string;
}

export const BookingConnection = ConnectionType(Booking, 'Booking', 'booking');

export enum CancellationRule {
  FREE = 'FREE',
  CONNECTED_MINUTES = 'CONNECTED_MINUTES',
  FLEXIBLE = 'FLEXIBLE',
  MODERATE = 'MODERATE',
  STRICT = 'STRICT',
}
registerEnumType(CancellationRule, {
  name: 'CancellationRule',
  description: 'The cancellation rule that applies to one booking: its frozen paid policy, or what replaces it.',
  valuesConfig: {
    FREE: { description: 'A free session: nothing to refund; it may be cancelled or moved until it starts.' },
    CONNECTED_MINUTES: { description: 'Per-minute help now: nothing is charged until both are connected, so cancelling costs nothing.' },
    FLEXIBLE: { description: 'Full refund up to 24 hours before the start; none after.' },
    MODERATE: { description: 'Full refund up to 5 days before the start; half after that, until 24 hours before.' },
    STRICT: { description: 'Half refunded up to 7 days before the start; none after.' },
  },
});

export enum BookingTermKind {
  FREE_UNTIL_START = 'FREE_UNTIL_START',
  FREE = 'FREE',
  NOTHING_CHARGED_YET = 'NOTHING_CHARGED_YET',
  UNPAID = 'UNPAID',
  REFUND_NOW = 'REFUND_NOW',
  GRACE_UNTIL = 'GRACE_UNTIL',
  REFUND_UNTIL = 'REFUND_UNTIL',
  EXPERT_REFUNDS_ALL = 'EXPERT_REFUNDS_ALL',
  MOVE_UNTIL = 'MOVE_UNTIL',
  MOVE_STARTED = 'MOVE_STARTED',
  MOVE_CLOSED = 'MOVE_CLOSED',
}
registerEnumType(BookingTermKind, {
  name: 'BookingTermKind',
  description: 'One statement of what cancelling or moving a booking means now.',
  valuesConfig: {
    FREE_UNTIL_START: { description: 'Free session: it may be cancelled or moved at no cost until it starts (`at`).' },
    FREE: { description: 'Free session under way: cancelling costs nothing.' },
    NOTHING_CHARGED_YET: { description: 'Per-minute help now: nothing is charged until both are connected; cancelling costs nothing.' },
    UNPAID: { description: 'Nothing has been paid yet: cancelling releases the slot.' },
    REFUND_NOW: { description: 'Cancelling now gives `percent` back (`amount`, when paid).' },
    GRACE_UNTIL: { description: 'Booked less than an hour ago: everything comes back until `at`; `percent` after that.' },
    REFUND_UNTIL: { description: 'The current share applies until `at`; `percent` after that.' },
    EXPERT_REFUNDS_ALL: { description: 'The expert cancelling refunds the client in full.' },
    MOVE_UNTIL: { description: 'The viewer may move it to another slot until `at`.' },
    MOVE_STARTED: { description: 'It has started: it can no longer be moved, only cancelled.' },
    MOVE_CLOSED: { description: 'Its policy no longer lets the viewer move it: it can only be cancelled.' },
  },
});

@ObjectType({ description: 'One statement of a booking’s terms; every date in it is still ahead.' })
export class BookingTermStatement {
  @Field(() => BookingTermKind, { description: 'What it states.' })
  kind!: BookingTermKind;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The moment it names, when it names one.' })
  at!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The refund share it names, in percent, when it names one.' })
  percent!: number | null;

  @Field(() => Money, { nullable: true, description: 'The refund in money (REFUND_NOW of a paid booking).' })
  amount!: Money | null;
}

@ObjectType({ description: 'What cancelling or moving a booking would mean now, shown before the viewer confirms.' })
export class BookingChangeTerms {
  @Field(() => CancellationRule, { description: 'The rule that applies to this booking.' })
  rule!: CancellationRule;

  @Field(() => [BookingTermStatement], {
    description: 'What cancelling and moving mean now for the viewer, as statements to show in this order.',
  })
  statements!: BookingTermStatement[];

  @Field(() => Int, { description: 'Share of the payment refunded if cancelled now, in percent.' })
  refundPercent!: number;

  @Field(() => Money, { nullable: true, description: 'The refund in money, for paid bookings (per-minute bookings: of the amount held).' })
  refund!: Money | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Until when this share applies.' })
  validUntil!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The share after `validUntil`.' })
  nextRefundPercent!: number | null;

  @Field(() => Boolean, { description: 'Whether the viewer may still move the booking to another slot (never once it has started).' })
  canReschedule!: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'The last moment the viewer may move the booking: for the user, while a full refund applies; for the expert, its start. Null when its policy never lets the user move it, and once it has started.',
  })
  rescheduleDeadline!: Date | null;
}

@InputType({ description: 'Book a slot of an offering.' })
export class BookSlotInput {
  @Field(() => ID, { description: 'The offering to book.' })
  offeringId!: string;

  @Field(() => GraphQLISODateTime, { description: 'The slot’s start, as given by `bookableSlots`.' })
  startsAt!: Date;

  @Field(() => String, { description: 'The user’s IANA time zone, for emails and calendar files.' })
  timeZone!: string;
}

@InputType({ description: 'Cancel a booking.' })
export class CancelBookingInput {
  @Field(() => ID, { description: 'The booking to cancel.' })
  bookingId!: string;

  @Field(() => String, { nullable: true, description: 'Why, in a sentence (shown to the other participant), without contact details.' })
  reason?: string | null;
}

@InputType({ description: 'Move a booking to another slot of the same offering.' })
export class RescheduleBookingInput {
  @Field(() => ID, { description: 'The booking to move.' })
  bookingId!: string;

  @Field(() => GraphQLISODateTime, { description: 'The new slot’s start, as given by `bookableSlots`.' })
  startsAt!: Date;
}

@ObjectType({ implements: DomainError, description: 'The slot is taken or no longer bookable; pick another.' })
export class SlotUnavailableError extends DomainError {
  override readonly code = ErrorCode.SLOT_UNAVAILABLE;
}

@ObjectType({ implements: DomainError, description: 'The expert or offering cannot be booked.' })
export class ExpertNotBookableError extends DomainError {
  override readonly code = ErrorCode.EXPERT_NOT_BOOKABLE;
}

@ObjectType({ implements: DomainError, description: 'The booking cannot move to the asked status.' })
export class BookingTransitionError extends DomainError {
  override readonly code = ErrorCode.BOOKING_TRANSITION_NOT_ALLOWED;

  @Field(() => BookingStatus, { description: 'The status it is in.' })
  from!: StatusName;

  @Field(() => BookingStatus, { description: 'The status asked for.' })
  to!: StatusName;
}

@ObjectType({
  implements: DomainError,
  description: 'The booking can no longer be moved: its policy no longer lets the user, or it has started.',
})
export class RescheduleNotAllowedError extends DomainError {
  override readonly code = ErrorCode.RESCHEDULE_NOT_ALLOWED;
}

@ObjectType({ description: 'The booking, after the change.' })
export class BookingSuccess {
  @Field(() => Booking, { description: 'The booking as it is now.' })
  booking!: Booking;
}

export const BookSlotResult = createUnionType({
  name: 'BookSlotResult',
  description: 'Outcome of booking a slot.',
  types: () => [BookingSuccess, SlotUnavailableError, ExpertNotBookableError, EmailNotVerifiedError, InvalidInputError] as const,
});

export const CancelBookingResult = createUnionType({
  name: 'CancelBookingResult',
  description: 'Outcome of cancelling a booking.',
  types: () => [BookingSuccess, BookingTransitionError, InvalidInputError] as const,
});

export const RescheduleBookingResult = createUnionType({
  name: 'RescheduleBookingResult',
  description: 'Outcome of moving a booking.',
  types: () => [BookingSuccess, SlotUnavailableError, RescheduleNotAllowedError, InvalidInputError] as const,
});

@ObjectType({ description: 'A booking of the viewer’s changed (created, confirmed, cancelled, moved, expired).' })
export class BookingEvent {
  @Field(() => Booking, { description: 'The booking as it is now.' })
  booking!: Booking;
}

@ObjectType({ description: 'The viewer’s private calendar feed (iCalendar), for any calendar app.' })
export class CalendarFeed {
  @Field(() => String, { description: 'The feed’s address. Shown once: keep it private; reset it to revoke the old one.' })
  url!: string;
}
