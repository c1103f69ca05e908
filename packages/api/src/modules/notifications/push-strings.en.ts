/**
 * The English words of every push notification: a title and a body each, short enough for a phone's lock screen.
 * Parameters arrive formatted for the reader (dates in their language and zone). No names, no messages' text: a lock
 * screen is seen by whoever holds the phone.
 */
export const pushEn = {
  helpNow: {
    title: 'Someone needs help now',
    body: '“{{offering}}”: answer within a minute.',
    accept: 'Accept',
    decline: 'Decline',
  },
  bookingConfirmed: { title: 'Booking confirmed', body: '“{{offering}}”, {{when}}.' },
  bookingRescheduled: { title: 'Booking moved', body: '“{{offering}}” is now {{when}}.' },
  bookingCancelled: { title: 'Booking cancelled', body: '“{{offering}}”, {{when}}, will not take place.' },
  reminder: { title: 'Your session starts in 15 minutes', body: '“{{offering}}”: tap to join the room.' },
  message: { title: 'New message', body: 'You have a new message about “{{offering}}”.' },
  payout: { title: 'Payout sent', body: '{{amount}} is on its way to your bank account.' },
} as const;

/** The shape every language fills: the same keys, any words. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
export type PushStrings = Words<typeof pushEn>;
