/** Domain error codes of reports, each with the description partners read in the schema. */
export const reportsErrorCodes = {
  REPORT_NOT_POSSIBLE: 'This cannot be reported: it does not exist or is hidden, or you reported it already.',
  REPORT_OWN_CONTENT: 'Your own review or profile (or a review of your own profile) cannot be reported by you.',
} as const;
