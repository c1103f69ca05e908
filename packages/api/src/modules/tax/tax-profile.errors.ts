/** Domain error codes of tax profiles, each with the description partners read in the schema. */
export const taxProfileErrorCodes = {
  TAX_PROFILE_REQUIRED:
    'A paid offering cannot be published before the expert fills in their tax profile (legal name, address, country, VAT status; consent to invoicing on their behalf when the platform acts as their agent). See `settingsPath`.',
} as const;
