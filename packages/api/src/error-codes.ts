/**
 * The `ErrorCode` enum of the schema: the shared codes plus every module's own, gathered in one place.
 * Each module lists its codes with their descriptions in its `*.errors.ts`.
 */
import { expertsErrorCodes } from './modules/experts/experts.errors';
import { identityErrorCodes } from './modules/identity/identity.errors';
import { oidcErrorCodes } from './modules/identity/oidc/oidc.errors';
import { passkeysErrorCodes } from './modules/identity/passkeys/passkey.errors';
import { bookingsErrorCodes } from './modules/bookings/booking.errors';
import { billingErrorCodes } from './modules/billing/billing.errors';
import { sessionsErrorCodes } from './modules/sessions/session.errors';
import { reviewsErrorCodes } from './modules/reviews/review.errors';
import { reportsErrorCodes } from './modules/reports/report.errors';
import { webhooksErrorCodes } from './modules/partners/webhook.errors';
import { apiKeysErrorCodes } from './modules/partners/api-key.errors';
import { notificationsErrorCodes } from './modules/notifications/notifications.errors';
import { taxErrorCodes } from './modules/tax/tax.errors';
import { taxProfileErrorCodes } from './modules/tax/tax-profile.errors';
import { messagesErrorCodes } from './modules/messages/message.errors';

export const errorCodeDescriptions = {
  INVALID_INPUT: 'Some input fields were refused (see `InvalidInputError.fieldErrors`).',
  ...identityErrorCodes,
  ...oidcErrorCodes,
  ...passkeysErrorCodes,
  ...expertsErrorCodes,
  ...bookingsErrorCodes,
  ...billingErrorCodes,
  ...sessionsErrorCodes,
  ...reviewsErrorCodes,
  ...reportsErrorCodes,
  ...webhooksErrorCodes,
  ...apiKeysErrorCodes,
  ...notificationsErrorCodes,
  ...taxErrorCodes,
  ...taxProfileErrorCodes,
  ...messagesErrorCodes,
} as const;

export type ErrorCode = keyof typeof errorCodeDescriptions;
export const ErrorCode = Object.fromEntries(Object.keys(errorCodeDescriptions).map((code) => [code, code])) as {
  [K in ErrorCode]: K;
};
