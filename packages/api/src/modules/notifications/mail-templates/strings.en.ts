/**
 * The English words of every mail. Each template has its `subject`, the paragraphs its family's builder lays out
 * (`intro` and the like) and `action`, the label of its one button. Parameters arrive formatted for the reader
 * (dates in their language and zone, amounts in their currency's format): the strings only place them.
 */
export const en = {
  common: {
    brand: 'Skillcall',
    greeting: 'Hello {{name}},',
    signature: 'The Skillcall team',
    actionLine: '{{label}}: {{url}}',
    detailLine: '{{label}}: {{value}}',
    buttonFallback: 'If the button does not work, copy this address into your browser:',
    reviewerWrote: 'The reviewer wrote:',
    unsubscribe: 'Unsubscribe from these emails',
    unsubscribeLine: 'Unsubscribe from these emails: {{url}}',
  },
  details: {
    when: 'When',
    zone: 'Time zone',
    amount: 'Amount',
    until: 'Available until',
  },
  footer: {
    account: 'You receive this email because this address belongs to a Skillcall account.',
    application: 'You receive this email because you applied to become an expert on Skillcall.',
    booking: 'You receive this email because you take part in this Skillcall session.',
    billing: 'You receive this email about a payment for a session you take part in on Skillcall.',
  },
  templates: {
    welcome: {
      subject: 'Welcome to Skillcall, {{name}}',
      intro: 'Your Skillcall account is ready. Find an expert and get live help.',
      action: 'Find an expert',
    },
    welcomeConfirmEmail: {
      subject: 'Welcome to Skillcall, {{name}}: confirm your email address',
      intro: 'Your Skillcall account is ready. Confirm that this address is yours by opening this link within {{hours}} hours.',
      meanwhile: 'Until then you can look around and search; booking, paying and applying as an expert wait for it.',
      action: 'Confirm my address',
      notYou: 'If you did not sign up, ignore this email.',
    },
    confirmEmail: {
      subject: 'Confirm your Skillcall email address',
      intro: 'Confirm that this address is yours by opening this link within {{hours}} hours.',
      action: 'Confirm my address',
      notYou: 'If you did not ask for it, ignore this email.',
    },
    emailChangeConfirm: {
      subject: 'Confirm your new Skillcall email address',
      intro: 'You asked to use this address for your Skillcall account. Confirm it by opening this link within {{hours}} hours.',
      meanwhile: 'Your account keeps its current address until then.',
      action: 'Confirm this address',
      notYou: 'If you did not ask for it, ignore this email.',
    },
    emailChangeRequested: {
      subject: 'A change of your Skillcall email address was asked',
      intro:
        'On {{when}}, someone signed in to your Skillcall account asked to move it to {{newEmail}}. Nothing changes until that address is confirmed.',
      notYou: 'If it was not you, change your password at once.',
      action: 'Choose a new password',
    },
    emailChanged: {
      subject: 'Your Skillcall email address was changed',
      intro: 'On {{when}}, your Skillcall account moved to the address {{newEmail}}: this address no longer receives its mail.',
      notYou: 'If it was not you, choose a new password at once and write to the Skillcall team.',
      action: 'Choose a new password',
    },
    passwordReset: {
      subject: 'Reset your Skillcall password',
      intro:
        'Someone asked to reset the password of your Skillcall account. To choose a new one, open this link within {{minutes}} minutes.',
      action: 'Choose a new password',
      notYou: 'If it was not you, ignore this email: your password stays as it is.',
    },
    passwordChanged: {
      subject: 'Your Skillcall password was changed',
      intro: 'The password of your Skillcall account was changed on {{when}}, and your other sessions were signed out.',
      notYou: 'If it was not you, choose a new password at once.',
      action: 'Choose a new password',
    },
    applicationApproved: {
      subject: 'You are now a Skillcall expert',
      intro: 'Your expert application was approved: your profile and offerings are public.',
      action: 'See your public profile',
    },
    applicationRejected: {
      subject: 'Your Skillcall expert application',
      intro: 'We could not approve your expert application.',
      again: 'You may apply again.',
      action: 'Apply again',
    },
    applicationChangesRequested: {
      subject: 'Changes requested on your Skillcall expert application',
      intro: 'The reviewer asks for changes before approving your application:',
      action: 'Edit and resubmit it',
    },
    bookingConfirmed: {
      subject: 'Booked: {{title}}, {{when}}',
      intro: 'Your session “{{title}}” with {{other}} is confirmed.',
      calendar: 'The attached file adds it to your calendar. You can cancel or reschedule from the booking page.',
      action: 'See the booking',
    },
    bookingPendingPayment: {
      subject: 'Slot held: {{title}}, {{when}}',
      intro: 'The slot for “{{title}}” with {{other}} is held for 15 minutes while payment completes.',
      action: 'See the booking',
    },
    bookingRescheduled: {
      subject: 'Moved: {{title}}, now {{when}}',
      intro: 'Your session “{{title}}” with {{other}} was moved to a new time.',
      calendar: 'The attached file updates your calendar.',
      action: 'See the booking',
    },
    bookingCancelled: {
      subject: 'Cancelled: {{title}}, {{when}}',
      intro: 'The session “{{title}}” with {{other}} was cancelled.',
      calendar: 'The attached file removes it from your calendar.',
      action: 'See the booking',
    },
    bookingExpired: {
      subject: 'Slot released: {{title}}, {{when}}',
      intro: 'Payment for “{{title}}” with {{other}} did not arrive within 15 minutes, so the slot was released.',
      action: 'See the booking',
    },
    bookingReminder: {
      subject: 'Reminder: {{title}} {{soon}}',
      intro: 'Your session “{{title}}” with {{other}} starts {{soon}}.',
      action: 'Join the session',
    },
    paymentReceipt: {
      subject: 'Invoice: {{title}}, {{amount}}',
      intro: 'Thank you for your payment for “{{title}}” with {{other}}.',
      receipt: 'Your invoice is attached; it is also on the booking page.',
      action: 'See the booking',
    },
    refundRequested: {
      subject: 'Refund asked: {{title}}, {{when}}',
      intro: '{{other}} was not satisfied with the session “{{title}}” and asked for a refund under the satisfaction guarantee:',
      action: 'Answer on the booking page',
    },
    refundGranted: {
      subject: 'Refund granted: {{title}}',
      intro:
        'Your refund for the session “{{title}}” with {{other}} is granted: the full amount goes back to your payment method (usually within 5 to 10 days).',
      action: 'See the booking',
    },
    refundDeclined: {
      subject: 'Refund declined: {{title}}',
      intro: 'After review, your refund request for the session “{{title}}” with {{other}} was declined.',
      action: 'See the booking',
    },
    dataExportReady: {
      subject: 'Your Skillcall data is ready to download',
      intro:
        'The copy of your data you asked for is ready. Download it from your account page before the date below; after that it is deleted and you can ask for a new one.',
      action: 'Download your data',
      notYou: 'If you did not ask for it, change your password.',
    },
  },
  /** Sentences other modules put into a template's parameters (e.g. the refund line of a cancellation). */
  phrases: {
    refund: 'Refund: {{percent}}% of what was paid.',
    tomorrow: 'tomorrow',
    offlinePayment: 'This Skillcall uses the offline payment provider: no real money moved.',
    refundGrantedAtOnce: 'Under the guarantee the refund was granted at once. Your answer is kept with the request.',
    refundUnderReview: 'An admin reviews this request before any refund.',
    inFifteenMinutes: 'in 15 minutes',
    deletedUser: 'a deleted user',
    guaranteeOffer: 'Not satisfied? Within 72 hours after the session you can ask for a full refund on the booking page.',
  },
} as const;

/** The shape every language fills: the same keys, any words. */
type Words<T> = { readonly [K in keyof T]: T[K] extends string ? string : Words<T[K]> };
export type MailStrings = Words<typeof en>;
