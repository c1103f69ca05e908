/** Job names of billing, kept free of imports so the modules that enqueue them (bookings) do not import billing's code. */

/** Brings a booking's payment in line with the provider and with the booking (capture, release, refund). Payload `{ bookingId }`. */
export const reconcilePaymentTask = 'billing:reconcile-payment';

/** Handles one verified Stripe webhook event, stored by id. Payload `{ eventId }`. */
export const providerEventTask = 'billing:provider-event';

/** Emails about a refund request (to the expert when asked, to the user when decided). Payload `{ refundRequestId, notice }`. */
export const refundRequestNoticeTask = 'billing:refund-request-notice';

/** Emails the user's receipt once a payment is charged. Payload `{ paymentId }`. */
export const receiptTask = 'billing:receipt';
