/** Domain error codes of tax, each with the description partners read in the schema. */
export const taxErrorCodes = {
  VAT_NUMBER_INVALID: 'The VAT number failed its checks (format, checksum or the EU VIES service): it is refused for reverse charge.',
} as const;
