/** Domain error codes of passkeys, each with the description partners read in the schema. */
export const passkeysErrorCodes = {
  PASSKEY_UNKNOWN: 'This passkey is not registered with any account here (it was removed, or made for another site).',
  PASSKEY_VERIFICATION_FAILED: 'The browser’s answer did not prove possession of the passkey (wrong origin, signature or challenge).',
  PASSKEY_CHALLENGE_EXPIRED: 'The passkey request expired or was already used: start again.',
} as const;
