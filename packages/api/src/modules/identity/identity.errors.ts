/** Domain error codes of accounts and sign-in, each with the description partners read in the schema. */
export const identityErrorCodes = {
  INVALID_CREDENTIALS: 'The email and password do not match an account.',
  RATE_LIMITED: 'Too many attempts in the window; `retryAfterSeconds` says when to try again.',
} as const;
