/** Domain error codes of signing in with OpenID Connect providers and of password sign-up's switch. */
export const oidcErrorCodes = {
  PASSWORD_SIGN_UP_DISABLED: 'This site creates accounts through its sign-in providers only (`signInOptions.providers`).',
} as const;
