/** Domain error codes of billing, each with the description partners read in the schema. */
export const billingErrorCodes = {
  PAYMENT_NOT_POSSIBLE: 'The booking cannot be paid now: it is free, already paid, cancelled, or its hold expired.',
  EXPERT_CANNOT_BE_PAID: 'The expert has not finished setting up payouts yet, so the booking cannot be paid.',
  PAYMENT_PROVIDER_UNAVAILABLE: 'The payment provider could not be reached; nothing was charged. Try again in a moment.',
  REFUND_NOT_ALLOWED:
    'No refund can be asked for this booking: not a paid session that took place, already asked, or past the 72-hour guarantee.',
} as const;
