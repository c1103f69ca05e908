/**
 * The `ErrorCode` enum of the schema: the shared codes plus every module's own, gathered in one place.
 */
import { identityErrorCodes } from './modules/identity/identity.errors';

export const ErrorCode = {
  /** Some input fields were refused (see `InvalidInputError.fieldErrors`). */
  INVALID_INPUT: 'INVALID_INPUT',
  ...identityErrorCodes,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
