/** Domain error codes of signing in with OpenID Connect providers and of password sign-up's switch. */
export const oidcErrorCodes = {
  LAST_SIGN_IN_METHOD: 'This is the account’s only way to sign in; add another (a password, a provider) before removing it.',
  PASSWORD_SIGN_UP_DISABLED: 'This site creates accounts through its sign-in providers only (`signInOptions.providers`).',
} as const;
