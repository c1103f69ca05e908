import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { Public, SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { toBooking } from '../bookings/booking.mappers';
import type { BookingRow } from '../bookings/booking.table';
import { Booking } from '../bookings/booking.types';
import {
  BookingPayment,
  CompleteOfflineCheckoutInput,
  CurrencyEarnings,
  CurrencyRevenue,
  DecideRefundRequestInput,
  GuaranteeTerms,
  OfflineCheckout,
  PayBookingInput,
  PayBookingResult,
  PaymentProviderInfo,
  PayoutAccount,
  PayoutOnboarding,
  RefundRequest,
  RefundRequestConnection,
  RefundRequestResult,
  RefundRequestStatus,
  RequestRefundInput,
  RequestRefundResult,
  RespondToRefundRequestInput,
} from './billing.types';
import { myEarnings, platformRevenue } from './earnings.service';
import { Money, toMoney } from './money.types';
import { amountToAuthorize } from './payment.policy';
import {
  decideRefundRequest,
  guaranteeTermsOf,
  refundRequestOfBooking,
  refundRequestQueue,
  requestRefund,
  respondToRefundRequest,
} from './guarantee.service';
import {
  completeOfflineCheckout,
  offlineCheckout,
  payBooking,
  paymentOfBooking,
  paymentProviderInfo,
  refreshPayment,
} from './payment.service';
import { myPayoutAccount, startPayoutOnboarding } from './payout-account.service';

const notFound = (what = 'booking') => new AppError('NOT_FOUND', `No such ${what}.`);
const found = <T>(value: T | null, what?: string): T => {
  if (value === null) throw notFound(what);
  return value;
};
const asBooking = (row: BookingRow | null) => toBooking(found(row));

@ArgsType()
class RefundRequestsArgs extends ConnectionArgs {
  @Field(() => RefundRequestStatus, {
    defaultValue: RefundRequestStatus.PENDING_ADMIN,
    description: 'Which requests: the queue to decide by default.',
  })
  status!: RefundRequestStatus;
}

@Resolver()
export class BillingResolver {
  @Public()
  @Query(() => PaymentProviderInfo, { description: 'Which payment provider this Skillcall uses (the offline one moves no real money).' })
  paymentProvider(@Ctx() ctx: Context) {
    return Object.assign(new PaymentProviderInfo(), paymentProviderInfo(ctx));
  }

  @SignedIn()
  @Mutation(() => PayBookingResult, {
    description: 'Open the checkout for the viewer’s booking held for payment; asking again returns the same checkout.',
  })
  async payBooking(@Arg('input', () => PayBookingInput) input: PayBookingInput, @Ctx() ctx: SignedInContext) {
    return found(await payBooking(ctx, input.bookingId, input.billing));
  }

  @SignedIn()
  @Mutation(() => Booking, {
    description: 'Ask the payment provider now how the booking’s payment stands (after coming back from the checkout).',
  })
  async refreshPayment(@Arg('bookingId', () => ID) bookingId: string, @Ctx() ctx: SignedInContext) {
    return asBooking(await refreshPayment(ctx, bookingId));
  }

  @SignedIn()
  @Query(() => OfflineCheckout, {
    nullable: true,
    description: 'The offline provider’s checkout page (offline provider only; the booking’s user only).',
  })
  offlineCheckout(@Arg('id', () => ID) id: string, @Ctx() ctx: SignedInContext) {
    return offlineCheckout(ctx, id);
  }

  @SignedIn()
  @Mutation(() => Booking, {
    description: 'Pay (or simulate a declined card) on the offline provider’s checkout page. No real money moves.',
  })
  async completeOfflineCheckout(
    @Arg('input', () => CompleteOfflineCheckoutInput) input: CompleteOfflineCheckoutInput,
    @Ctx() ctx: SignedInContext,
  ) {
    return asBooking(await completeOfflineCheckout(ctx, input.checkoutId, input.pay, input.cardCountry));
  }

  @SignedIn()
  @Mutation(() => RequestRefundResult, {
    description: 'Ask for a full refund of a paid session, within 72 hours after it (satisfaction guarantee).',
  })
  async requestRefund(@Arg('input', () => RequestRefundInput) input: RequestRefundInput, @Ctx() ctx: SignedInContext) {
    return found(await requestRefund(ctx, input));
  }

  @SignedIn()
  @Mutation(() => RefundRequestResult, { description: 'The expert answers a refund request about one of their sessions (once).' })
  async respondToRefundRequest(
    @Arg('input', () => RespondToRefundRequestInput) input: RespondToRefundRequestInput,
    @Ctx() ctx: SignedInContext,
  ) {
    return found(await respondToRefundRequest(ctx, input), 'refund request');
  }

  @SignedIn('ADMIN')
  @Query(() => RefundRequestConnection, { description: 'Refund requests by status, oldest first: by default those waiting for an admin.' })
  refundRequests(@Args(() => RefundRequestsArgs) args: RefundRequestsArgs, @Ctx() ctx: SignedInContext) {
    return refundRequestQueue(ctx, args.status, args);
  }

  @SignedIn('ADMIN')
  @Mutation(() => RefundRequestResult, { description: 'Grant (full refund) or decline a refund request sent to review. Audit-logged.' })
  async decideRefundRequest(@Arg('input', () => DecideRefundRequestInput) input: DecideRefundRequestInput, @Ctx() ctx: SignedInContext) {
    return found(await decideRefundRequest(ctx, input), 'refund request');
  }

  @SignedIn('EXPERT')
  @Query(() => PayoutAccount, { nullable: true, description: 'The viewer’s payout account; null until they start onboarding (Stripe).' })
  myPayoutAccount(@Ctx() ctx: SignedInContext) {
    return myPayoutAccount(ctx);
  }

  @SignedIn('EXPERT')
  @Mutation(() => PayoutOnboarding, {
    description: 'A fresh link to the provider’s payout onboarding form, creating the account on first use.',
  })
  startPayoutOnboarding(@Ctx() ctx: SignedInContext) {
    return startPayoutOnboarding(ctx);
  }

  @SignedIn('EXPERT')
  @Query(() => [CurrencyEarnings], { description: 'The viewer’s earnings per currency (after commission and refunds), pending and paid.' })
  myEarnings(@Ctx() ctx: SignedInContext) {
    return myEarnings(ctx);
  }

  @SignedIn('ADMIN')
  @Query(() => [CurrencyRevenue], { description: 'The platform’s revenue per currency, from the ledger.' })
  platformRevenue(@Ctx() ctx: SignedInContext) {
    return platformRevenue(ctx);
  }
}

@Resolver(() => Booking)
export class BookingBillingResolver {
  @FieldResolver(() => BookingPayment, { nullable: true, description: 'The payment, for paid bookings (participants and admins).' })
  payment(@Root() booking: Booking, @Ctx() ctx: Context) {
    return paymentOfBooking(ctx, booking);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      'What paying takes: the price per session, or for per-minute sessions the rate × every booked minute (held, then only the minutes used are charged); null when free.',
  })
  amountDue(@Root() booking: Booking) {
    if (!booking.price) return null;
    return toMoney({
      amountMinor: amountToAuthorize({ ...booking, priceMinor: booking.price.amountMinor }),
      currency: booking.price.currency,
    });
  }

  @FieldResolver(() => RefundRequest, { nullable: true, description: 'The user’s refund request under the guarantee, if any.' })
  refundRequest(@Root() booking: Booking, @Ctx() ctx: Context) {
    return refundRequestOfBooking(ctx, booking);
  }

  @FieldResolver(() => GuaranteeTerms, { nullable: true, description: 'The satisfaction guarantee, for the user of a paid booking.' })
  guarantee(@Root() booking: Booking, @Ctx() ctx: Context) {
    return guaranteeTermsOf(ctx, booking);
  }
}
