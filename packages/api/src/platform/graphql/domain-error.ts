/**
 * Expected business outcomes are part of the schema: mutation results are unions of a success type and
 * error types implementing `DomainError`. Field-level input problems come back as one `InvalidInputError`
 * listing every field at fault, so forms can show them all at once.
 */
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import type { z } from 'zod';
import { ErrorCode, errorCodeDescriptions } from '../../error-codes';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Machine-readable code of a domain error.',
  valuesConfig: Object.fromEntries(Object.entries(errorCodeDescriptions).map(([code, description]) => [code, { description }])),
});

export enum FieldErrorCode {
  REQUIRED = 'REQUIRED',
  INVALID_FORMAT = 'INVALID_FORMAT',
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  ALREADY_TAKEN = 'ALREADY_TAKEN',
  INCORRECT = 'INCORRECT',
  EXPIRED_OR_UNKNOWN = 'EXPIRED_OR_UNKNOWN',
  UNSUPPORTED = 'UNSUPPORTED',
  TOO_PRECISE = 'TOO_PRECISE',
  TOO_LARGE = 'TOO_LARGE',
  UNCHANGED = 'UNCHANGED',
  CONTACT_DETAILS = 'CONTACT_DETAILS',
  ENDS_BEFORE_START = 'ENDS_BEFORE_START',
  OVERLAPS = 'OVERLAPS',
}
registerEnumType(FieldErrorCode, {
  name: 'FieldErrorCode',
  description: 'Why one input field was refused.',
  valuesConfig: {
    REQUIRED: { description: 'The field is empty.' },
    INVALID_FORMAT: { description: 'The value is not of the expected form (e.g. an email address).' },
    TOO_SHORT: { description: 'The value is shorter than allowed.' },
    TOO_LONG: { description: 'The value is longer than allowed.' },
    ALREADY_TAKEN: { description: 'Another record already uses this value.' },
    INCORRECT: { description: 'The value does not match (e.g. the current password).' },
    EXPIRED_OR_UNKNOWN: { description: 'The token or link is unknown, already used or expired.' },
    UNSUPPORTED: { description: 'The value is not one the platform supports (e.g. an unknown time zone).' },
    TOO_PRECISE: { description: 'The amount has more decimals than its currency can express (e.g. 12.345 EUR, 1500.5 JPY).' },
    TOO_LARGE: { description: 'The number is above the largest allowed (e.g. a price above what Stripe charges at once).' },
    UNCHANGED: { description: 'The value is the one already in place (e.g. a new password equal to the current one).' },
    CONTACT_DETAILS: { description: 'The text carries contact details (email, phone, link, messaging app): experts never solicit users.' },
    ENDS_BEFORE_START: { description: 'The end of a time range does not come after its start.' },
    OVERLAPS: { description: 'The time range overlaps another one that may not overlap it (e.g. two windows on the same day).' },
  },
});

@InterfaceType({ description: 'An expected, business-level failure of a mutation.' })
export abstract class DomainError {
  /** Each error class carries its own code (`override readonly code = ErrorCode.X`). */
  @Field(() => ErrorCode, { description: 'Stable code for clients to branch on.' })
  code!: ErrorCode;

  @Field(() => String, { description: 'A human-readable explanation in English; clients translate by code.' })
  message: string;

  constructor(message = '') {
    this.message = message;
  }
}

@ObjectType({ description: 'One input field that was refused, and why.' })
export class FieldError {
  @Field(() => String, { description: 'The input field name, as in the mutation input (e.g. `email`).' })
  field!: string;

  @Field(() => FieldErrorCode, { description: 'Why it was refused.' })
  code!: FieldErrorCode;

  @Field(() => String, { description: 'A human-readable explanation in English.' })
  message!: string;
}

@ObjectType({ implements: DomainError, description: 'Some input fields were refused; nothing was changed.' })
export class InvalidInputError extends DomainError {
  override readonly code = ErrorCode.INVALID_INPUT;

  @Field(() => [FieldError], { description: 'Every refused field.' })
  fieldErrors!: FieldError[];

  static of(fieldErrors: FieldError[]): InvalidInputError {
    return Object.assign(new InvalidInputError(fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; ')), { fieldErrors });
  }

  static field(field: string, code: FieldErrorCode, message: string): InvalidInputError {
    return InvalidInputError.of([{ field, code, message }]);
  }
}

/** Schemas signal a specific FieldErrorCode through a custom issue's params. */
export const fieldCode = (code: FieldErrorCode) => ({ params: { fieldErrorCode: code } });

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  // Parsed with reportInput: an invalid_type issue whose input is undefined is about a value not given at all.
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined)
    return { field, code: FieldErrorCode.REQUIRED, message: 'This field is required.' };
  const custom = (issue as { params?: { fieldErrorCode?: FieldErrorCode } }).params?.fieldErrorCode;
  const code =
    custom ??
    (issue.code === 'too_small'
      ? (issue as { minimum?: unknown }).minimum === 1
        ? FieldErrorCode.REQUIRED
        : FieldErrorCode.TOO_SHORT
      : issue.code === 'too_big'
        ? FieldErrorCode.TOO_LONG
        : issue.code === 'invalid_value'
          ? FieldErrorCode.UNSUPPORTED
          : FieldErrorCode.INVALID_FORMAT);
  return { field, code, message: issue.message };
}

export type Validated<T> = { ok: true; data: T } | { ok: false; error: InvalidInputError };

/** GraphQL sends an omitted optional field as null; the schemas treat null and absent alike. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** Validates a mutation input against its zod schema and turns every issue into a FieldError. */
export function validateInput<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(withoutNulls(input), { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, error: InvalidInputError.of(parsed.error.issues.map(toFieldError)) };
}
