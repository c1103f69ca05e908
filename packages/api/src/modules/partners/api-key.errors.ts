/** Domain error codes of partner API keys, each with the description partners read in the schema. */
export const apiKeysErrorCodes = {
  API_KEY_LIMIT_REACHED: 'You have as many live API keys as allowed (20): revoke one you no longer use first.',
} as const;
