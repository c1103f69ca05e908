/** Domain error codes of reports, each with the description partners read in the schema. */
export const reportsErrorCodes = {
  REPORT_NOT_POSSIBLE: 'This cannot be reported: it does not exist or is hidden, it is your own, or you reported it already.',
} as const;
