/** Domain error codes of accounts and sign-in. */
export const identityErrorCodes = {
  /** The email and password do not match an account. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many attempts in the window; `retryAfterSeconds` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
} as const;
