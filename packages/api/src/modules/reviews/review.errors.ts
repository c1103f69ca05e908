/** Domain error codes of reviews, each with the description partners read in the schema. */
export const reviewsErrorCodes = {
  REVIEW_NOT_ALLOWED: 'This session cannot be reviewed: only the user of a session that took place can, once, within 14 days of its end.',
  REPLY_NOT_ALLOWED: 'Only the expert can reply to a review of their session, once.',
} as const;
