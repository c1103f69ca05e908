import { liveEvents } from '../../platform/graphql/live-events';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { PartnerScope, Public, SignedIn } from '../../platform/graphql/access';
import { BookableSlots } from '../availability/availability.types';
import { bookableSlotsOf } from './slots.service';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { Expert, Offering } from '../experts/expert.types';
import { bookedOffering, expertById } from '../experts/expert.service';
import { User } from '../identity/identity.types';
import { findUser } from '../identity/identity.service';
import { bookingsTopic } from './booking.events';
import { cancelBooking, changeTermsOf, rescheduleBooking } from './booking-changes.service';
import { bookSlot, bookingById, myBookings } from './booking.service';
import {
  Booking,
  BookingChangeTerms,
  BookingConnection,
  BookingEvent,
  BookingPeriod,
  BookingRole,
  BookSlotInput,
  BookSlotResult,
  CalendarFeed,
  CancelBookingInput,
  CancelBookingResult,
  RescheduleBookingInput,
  RescheduleBookingResult,
} from './booking.types';
import { calendarFeedExists, resetCalendarFeed, revokeCalendarFeed } from './calendar-feed';

@ArgsType()
class MyBookingsArgs extends ConnectionArgs {
  @Field(() => BookingRole, {
    defaultValue: BookingRole.USER,
    description: 'Bookings made by the viewer, or booked with the viewer as the expert.',
  })
  role!: BookingRole;

  @Field(() => BookingPeriod, { defaultValue: BookingPeriod.UPCOMING })
  period!: BookingPeriod;
}

@ArgsType()
class BookableSlotsArgs {
  @Field(() => ID)
  offeringId!: string;

  @Field(() => String, { description: 'First day, "YYYY-MM-DD" in `timeZone`.' })
  from!: string;

  @Field(() => Int, { defaultValue: 7, description: 'How many days (1 to 31).' })
  days!: number;

  @Field(() => String, { description: 'The viewer’s IANA time zone: days and local times are given in it.' })
  timeZone!: string;
}

const notFound = () => new AppError('NOT_FOUND', 'No such booking.');

@Resolver(() => Booking)
export class BookingResolver {
  @SignedIn()
  @PartnerScope('BOOKINGS_READ')
  @Query(() => Booking, { nullable: true, description: 'A booking, for its two participants and admins. Partner keys: BOOKINGS_READ.' })
  booking(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return bookingById(ctx, id);
  }

  @SignedIn()
  @PartnerScope('BOOKINGS_READ')
  @Query(() => BookingConnection, { description: 'The viewer’s bookings, as the user or as the expert. Partner keys: BOOKINGS_READ.' })
  myBookings(@Args(() => MyBookingsArgs) args: MyBookingsArgs, @Ctx() ctx: SignedInContext) {
    return myBookings(ctx, args.role, args.period, args);
  }

  @SignedIn()
  @Mutation(() => BookSlotResult, {
    description: 'Book a slot. Free offerings are confirmed at once; paid ones hold the slot 15 minutes for payment.',
  })
  bookSlot(@Arg('input', () => BookSlotInput) input: BookSlotInput, @Ctx() ctx: SignedInContext) {
    return bookSlot(ctx, input);
  }

  @SignedIn()
  @Mutation(() => CancelBookingResult, {
    description: 'Cancel a booking; the refund follows the policy frozen on it (see `Booking.changeTerms`).',
  })
  async cancelBooking(@Arg('input', () => CancelBookingInput) input: CancelBookingInput, @Ctx() ctx: SignedInContext) {
    return (await cancelBooking(ctx, input)) ?? Promise.reject(notFound());
  }

  @SignedIn()
  @Mutation(() => RescheduleBookingResult, { description: 'Move a booking to another slot of the same offering, while its policy allows.' })
  async rescheduleBooking(@Arg('input', () => RescheduleBookingInput) input: RescheduleBookingInput, @Ctx() ctx: SignedInContext) {
    return (await rescheduleBooking(ctx, input)) ?? Promise.reject(notFound());
  }

  @Public()
  @Query(() => BookableSlots, { description: 'The bookable slots of an offering over a range of days, in the viewer’s time zone.' })
  bookableSlots(@Args(() => BookableSlotsArgs) args: BookableSlotsArgs, @Ctx() ctx: Context) {
    return bookableSlotsOf(ctx, args);
  }

  @SignedIn()
  @Query(() => Boolean, { description: 'Whether the viewer has a private calendar feed.' })
  hasCalendarFeed(@Ctx() ctx: SignedInContext) {
    return calendarFeedExists(ctx);
  }

  @SignedIn()
  @Mutation(() => CalendarFeed, {
    description: 'Create the viewer’s private calendar feed, or replace it (the old address stops working).',
  })
  resetCalendarFeed(@Ctx() ctx: SignedInContext) {
    return resetCalendarFeed(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revoke the viewer’s calendar feed; true if there was one.' })
  revokeCalendarFeed(@Ctx() ctx: SignedInContext) {
    return revokeCalendarFeed(ctx);
  }

  @SignedIn()
  @PartnerScope('BOOKINGS_READ')
  @Subscription(() => BookingEvent, {
    description:
      'Live changes to the viewer’s bookings, on either side (new, confirmed, moved, cancelled, expired). Partner keys: BOOKINGS_READ.',
    subscribe: ({ context }) => {
      const ctx = context as Context;
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
      return liveEvents(ctx, bookingsTopic(ctx.viewer.userId));
    },
  })
  async myBookingChanged(@Root() event: { bookingId: string }, @Ctx() ctx: SignedInContext): Promise<BookingEvent> {
    const booking = await bookingById(ctx, event.bookingId);
    if (!booking) throw notFound();
    return { booking };
  }

  @FieldResolver(() => BookingChangeTerms, { nullable: true, description: 'What cancelling or moving would mean now, for the viewer.' })
  changeTerms(@Root() booking: Booking, @Ctx() ctx: Context) {
    return changeTermsOf(ctx, booking);
  }

  @FieldResolver(() => Offering, { nullable: true, description: 'What was booked (null if the offering is no longer visible).' })
  offering(@Root() booking: Booking, @Ctx() ctx: Context) {
    return bookedOffering(ctx, booking.offeringId);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The expert.' })
  expert(@Root() booking: Booking, @Ctx() ctx: Context) {
    return expertById(ctx, booking.expertId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who booked.' })
  user(@Root() booking: Booking, @Ctx() ctx: Context) {
    return findUser(ctx, booking.userId);
  }
}
