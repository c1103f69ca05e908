/** Domain error codes of tax profiles and billing details, each with the description partners read in the schema. */
export const taxProfileErrorCodes = {
  TAX_PROFILE_REQUIRED:
    'A paid offering cannot be published before the expert fills in their tax profile (legal name, address, country, VAT status; consent to invoicing on their behalf when the platform acts as their agent). See `settingsPath`.',
  VAT_NUMBER_REFUSED:
    'The EU VIES service says the VAT number is not valid, so it cannot be used for reverse charge; nothing was changed. Correct it, or buy as a private person.',
} as const;
