/** Domain error codes of expert applications and profiles, each with the description partners read in the schema. */
export const expertsErrorCodes = {
  INVALID_TRANSITION: 'The application is not in a status that allows this change (see `from` and `to`).',
} as const;
