import { ErrorCode } from '../../error-codes';
import { EmailNotVerifiedError } from '../identity/identity.types';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';
import { Money } from './money.types';
import { VatNumberRefusedError } from '../tax/tax-profile.types';
import type { PaymentRow, RefundRequestRow } from './payment.table';

export enum PaymentProviderName {
  OFFLINE = 'OFFLINE',
  STRIPE = 'STRIPE',
}
registerEnumType(PaymentProviderName, {
  name: 'PaymentProviderName',
  description: 'Who processes payments on this Skillcall.',
  valuesConfig: {
    OFFLINE: { description: 'The offline provider: payments are simulated and no real money moves.' },
    STRIPE: { description: 'Stripe: real payments (or Stripe test mode, with test keys).' },
  },
});

export enum PaymentStatus {
  PENDING = 'PENDING',
  AUTHORIZED = 'AUTHORIZED',
  CAPTURED = 'CAPTURED',
  CANCELED = 'CANCELED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a booking’s payment stands.',
  valuesConfig: {
    PENDING: { description: 'The checkout is open; nothing is paid yet.' },
    AUTHORIZED: { description: 'The maximum is held on the user’s card (per-minute sessions); only the minutes used will be charged.' },
    CAPTURED: { description: 'Charged (see `refunded` for what went back).' },
    CANCELED: { description: 'Nothing was charged (checkout abandoned, or the hold released).' },
  },
});

export enum RefundRequestStatus {
  GRANTED = 'GRANTED',
  PENDING_ADMIN = 'PENDING_ADMIN',
  DECLINED = 'DECLINED',
}
registerEnumType(RefundRequestStatus, {
  name: 'RefundRequestStatus',
  description: 'Where a satisfaction-guarantee request stands.',
  valuesConfig: {
    GRANTED: { description: 'Granted: the full amount is (being) refunded.' },
    PENDING_ADMIN: { description: 'Waiting for an admin’s decision (the abuse rule sent it to review).' },
    DECLINED: { description: 'An admin declined it.' },
  },
});

@ObjectType({ description: 'Which payment provider this Skillcall uses, for the SPA’s notices.' })
export class PaymentProviderInfo {
  @Field(() => PaymentProviderName, { description: 'The provider.' })
  name!: PaymentProviderName;

  @Field(() => Boolean, { description: 'False with the offline provider: say plainly that no real money moves.' })
  movesRealMoney!: boolean;
}

@ObjectType({ description: 'A booking’s payment, as its participants (and admins) see it.' })
export class BookingPayment {
  @Field(() => ID, { description: 'Stable identifier (also the receipt number).' })
  id!: string;

  @Field(() => PaymentStatus, { description: 'Where the payment stands.' })
  status!: PaymentRow['status'];

  @Field(() => PaymentProviderName, { description: 'Who processed it.' })
  provider!: PaymentProviderName;

  @Field(() => Boolean, { description: 'False when the offline provider simulated it.' })
  movesRealMoney!: boolean;

  @Field(() => Money, { description: 'Charged (per session) or held at most (per minute).' })
  amount!: Money;

  @Field(() => Money, { description: 'Actually charged so far.' })
  captured!: Money;

  @Field(() => Money, { description: 'Given back so far.' })
  refunded!: Money;

  @Field(() => Money, { description: 'The platform’s commission on what was charged and not refunded.' })
  platformFee!: Money;

  @Field(() => Money, { description: 'The expert’s share of what was charged and not refunded.' })
  expertShare!: Money;

  @Field(() => String, { nullable: true, description: 'The checkout page, while the payment is pending.' })
  checkoutUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The receipt (PDF, in the viewer’s language) once something was charged.' })
  receiptUrl!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the checkout was opened.' })
  createdAt!: Date;
}

@ObjectType({ description: 'The checkout to send the user to, to pay a held booking.' })
export class PaymentCheckout {
  @Field(() => String, { description: 'Open this page: Stripe Checkout, or the offline provider’s page.' })
  url!: string;

  @Field(() => PaymentProviderName, { description: 'Who processes the payment.' })
  provider!: PaymentProviderName;

  @Field(() => Boolean, { description: 'False with the offline provider: no real money moves.' })
  movesRealMoney!: boolean;
}

/** Why a booking cannot be paid now: the payment itself, the expert's payout account, or the provider. */
export type PaymentNotPossibleCode = 'PAYMENT_NOT_POSSIBLE' | 'EXPERT_CANNOT_BE_PAID' | 'PAYMENT_PROVIDER_UNAVAILABLE';

@ObjectType({ implements: DomainError, description: 'The booking cannot be paid now.' })
export class PaymentNotPossibleError extends DomainError {
  constructor(
    override readonly code: PaymentNotPossibleCode,
    message: string,
  ) {
    super(message);
  }
}

export const PayBookingResult = createUnionType({
  name: 'PayBookingResult',
  description: 'Outcome of opening the checkout for a held booking.',
  types: () => [PaymentCheckout, PaymentNotPossibleError, EmailNotVerifiedError, InvalidInputError, VatNumberRefusedError] as const,
});

export enum BuyerKind {
  CONSUMER = 'CONSUMER',
  BUSINESS = 'BUSINESS',
}
registerEnumType(BuyerKind, {
  name: 'BuyerKind',
  description: 'Who buys: a private person, or a business buying for its business.',
  valuesConfig: {
    CONSUMER: { description: 'A private person: every detail is optional.' },
    BUSINESS: { description: 'A business: its name, address and country; its VAT number in the EU (reverse charge).' },
  },
});

@InputType({ description: 'Who the invoice is made out to, given at checkout.' })
export class BillingDetailsInput {
  @Field(() => BuyerKind, { description: 'A private person, or a business.' })
  kind!: BuyerKind;

  @Field(() => String, { nullable: true, description: 'The buyer’s name.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The postal address, lines separated by newlines (without the country). Required for a business.',
  })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 country code (evidence of where the buyer is). Required for a business.',
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'A business’s registered name (required for BUSINESS).' })
  businessName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A business’s VAT number (required for a business in the EU): checked, then verified with VIES; refused (`VatNumberRefusedError`) when VIES says it is invalid.',
  })
  vatNumber?: string | null;
}

@InputType({ description: 'Pay a booking held for payment.' })
export class PayBookingInput {
  @Field(() => ID, { description: 'The booking (status PENDING_PAYMENT).' })
  bookingId!: string;

  @Field(() => BillingDetailsInput, { nullable: true, description: 'Who the invoice is made out to; optional for a private person.' })
  billing?: BillingDetailsInput | null;
}

@ObjectType({ description: 'The offline provider’s checkout: what the simulated payment page shows.' })
export class OfflineCheckout {
  @Field(() => ID, { description: 'The checkout id.' })
  id!: string;

  @Field(() => ID, { description: 'The booking being paid.' })
  bookingId!: string;

  @Field(() => Money, { description: 'The amount (charged, or held for per-minute sessions).' })
  amount!: Money;

  @Field(() => Boolean, { description: 'Whether only an authorisation is taken now (per-minute sessions).' })
  authorizeOnly!: boolean;

  @Field(() => String, { description: 'open, requires_capture, succeeded, canceled or expired.' })
  status!: string;
}

@InputType({ description: 'Answer the offline provider’s checkout page.' })
export class CompleteOfflineCheckoutInput {
  @Field(() => ID, { description: 'The checkout id (from the page’s address).' })
  checkoutId!: string;

  @Field(() => Boolean, { description: 'True pays; false simulates a declined card.' })
  pay!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The simulated card’s country (ISO 3166-1 alpha-2), which the provider then reports as a real one reports the card’s.',
  })
  cardCountry?: string | null;
}

@ObjectType({ description: 'A user’s request for a full refund under the satisfaction guarantee.' })
export class RefundRequest {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => ID, { description: 'The booking concerned.' })
  bookingId!: string;

  @Field(() => RefundRequestStatus, { description: 'Where it stands.' })
  status!: RefundRequestRow['status'];

  @Field(() => String, { description: 'Why the user was not satisfied.' })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Sent to the admins instead of granted at once: how many requests the user made in the `reviewWindowDays` before this one (null when granted at once).',
  })
  earlierRequestCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The length in days of the window `earlierRequestCount` counts over (null when granted at once).',
  })
  reviewWindowDays!: number | null;

  @Field(() => String, { nullable: true, description: 'The expert’s answer, if they gave one.' })
  expertResponse!: string | null;

  @Field(() => String, { nullable: true, description: 'The admin’s note with their decision.' })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the user asked.' })
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin decided, if one did.' })
  decidedAt!: Date | null;
}

export const RefundRequestConnection = ConnectionType(RefundRequest, 'RefundRequest', 'refund request');

@ObjectType({ description: 'The satisfaction guarantee for a paid session, as its user sees it.' })
export class GuaranteeTerms {
  @Field(() => Boolean, { description: 'Whether the user may ask for a full refund now.' })
  canRequestRefund!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'The last moment to ask (72 hours after the session’s end).' })
  until!: Date;
}

@InputType({ description: 'Ask for a full refund of a paid session (satisfaction guarantee).' })
export class RequestRefundInput {
  @Field(() => ID, { description: 'The completed, paid booking.' })
  bookingId!: string;

  @Field(() => String, {
    description: 'What went wrong, in a few words (the expert and, if needed, an admin read it), without contact details.',
  })
  reason!: string;
}

@ObjectType({ description: 'The refund request, as filed.' })
export class RefundRequestSuccess {
  @Field(() => RefundRequest, { description: 'The request.' })
  refundRequest!: RefundRequest;
}

@ObjectType({ implements: DomainError, description: 'A refund cannot be asked for this booking.' })
export class RefundNotAllowedError extends DomainError {
  override readonly code = ErrorCode.REFUND_NOT_ALLOWED;
}

export const RequestRefundResult = createUnionType({
  name: 'RequestRefundResult',
  description: 'Outcome of asking for a refund.',
  types: () => [RefundRequestSuccess, RefundNotAllowedError, InvalidInputError] as const,
});

@InputType({ description: 'The expert answers a refund request on one of their sessions.' })
export class RespondToRefundRequestInput {
  @Field(() => ID, { description: 'The request.' })
  refundRequestId!: string;

  @Field(() => String, { description: 'The answer (the user and admins read it), without contact details.' })
  response!: string;
}

@InputType({ description: 'An admin decides a refund request sent to review.' })
export class DecideRefundRequestInput {
  @Field(() => ID, { description: 'The request (status PENDING_ADMIN).' })
  refundRequestId!: string;

  @Field(() => Boolean, { description: 'True refunds in full; false declines.' })
  grant!: boolean;

  @Field(() => String, { nullable: true, description: 'A note kept with the decision and shown to the user.' })
  note?: string | null;
}

export const RefundRequestResult = createUnionType({
  name: 'RefundRequestResult',
  description: 'Outcome of answering or deciding a refund request.',
  types: () => [RefundRequestSuccess, RefundNotAllowedError, InvalidInputError] as const,
});

@ObjectType({ description: 'The expert’s payout account at the payment provider.' })
export class PayoutAccount {
  @Field(() => PaymentProviderName, { description: 'The provider.' })
  provider!: PaymentProviderName;

  @Field(() => Boolean, { description: 'Whether users can pay this expert’s sessions now.' })
  chargesEnabled!: boolean;

  @Field(() => Boolean, { description: 'Whether the provider pays the earnings out to the expert’s bank.' })
  payoutsEnabled!: boolean;

  @Field(() => Boolean, { description: 'Whether the expert completed the provider’s onboarding form.' })
  detailsSubmitted!: boolean;
}

@ObjectType({ description: 'A link to the provider’s onboarding form for payouts (valid a few minutes).' })
export class PayoutOnboarding {
  @Field(() => String, { description: 'Open this page.' })
  url!: string;
}

@ObjectType({ description: 'An expert’s earnings in one currency (their share, after the platform’s commission and refunds).' })
export class CurrencyEarnings {
  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => Money, { description: 'All earned, net of refunds.' })
  earned!: Money;

  @Field(() => Money, { description: 'Of which still within the 72-hour guarantee or under a refund request.' })
  pending!: Money;

  @Field(() => Money, { description: 'Of which settled: transferred to the payout account for the provider to pay out.' })
  paid!: Money;
}

@ObjectType({ description: 'The platform’s figures in one currency.' })
export class CurrencyRevenue {
  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => Money, { description: 'Charged to users.' })
  charged!: Money;

  @Field(() => Money, { description: 'Refunded to users.' })
  refunded!: Money;

  @Field(() => Money, { description: 'The platform’s commission, net of reversals.' })
  revenue!: Money;

  @Field(() => Money, { description: 'Transferred to experts, net of reversals.' })
  expertShare!: Money;
}
