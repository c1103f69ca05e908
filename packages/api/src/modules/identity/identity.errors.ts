/** Domain error codes of accounts and sign-in, each with the description partners read in the schema. */
export const identityErrorCodes = {
  INVALID_CREDENTIALS: 'The email and password do not match an account.',
  LAST_SIGN_IN_METHOD: 'This is the account’s last way to sign in: add another (a password, a passkey or a provider) before removing it.',
  RATE_LIMITED: 'Too many attempts in the window; `retryAfterSeconds` says when to try again.',
  EMAIL_NOT_VERIFIED:
    'The account has not confirmed its email address yet: booking, paying, applying as an expert and creating API keys wait for it (`resendVerification` sends the link again).',
  EMAIL_ALREADY_VERIFIED: 'The account’s email address is already confirmed: there is no link to send.',
  VERIFICATION_LINK_EXPIRED: 'The email confirmation link expired (after 24 hours); ask for a new one.',
  VERIFICATION_LINK_INVALID: 'The email confirmation link is unknown or was already used.',
} as const;
