/**
 * Field errors from the API (InvalidInputError.fieldErrors) and from client-side checks, translated by code:
 * first a message for this field and code, then a message for the code, then the API's English message.
 */
import type { FieldErrorCode } from '@skillcall/schema';
import type { ReactNode } from 'react';
import type { Failure } from './errors';
import { i18n } from './i18n';

export const passwordMinLength = 10;

export interface FieldErrorLike {
  field: string;
  code: FieldErrorCode;
  message: string;
}

/** i18n.t with a key built at runtime; the keys themselves are checked by the locale files' shape. */
const translate = (key: string, options?: Record<string, unknown>): string | null =>
  i18n.exists(key) ? (i18n.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options) : null;

export function fieldErrorMessage(error: FieldErrorLike): string {
  const options = { min: passwordMinLength };
  return (
    translate(`fieldErrors.byField.${error.field}.${error.code}`, options) ??
    translate(`fieldErrors.byCode.${error.code}`, options) ??
    error.message
  );
}

interface FormWithErrors {
  getValues(): object;
  setErrors(errors: Record<string, ReactNode>): void;
}

/**
 * Shows each error on its form field; returns the errors that match no field of this form
 * (the caller shows those above the form).
 */
export function showFieldErrors(form: FormWithErrors, errors: readonly FieldErrorLike[]): FieldErrorLike[] {
  const fields = form.getValues();
  const placed: Record<string, string> = {};
  const unplaced: FieldErrorLike[] = [];
  for (const error of errors) {
    if (error.field in fields) placed[error.field] = fieldErrorMessage(error);
    else unplaced.push(error);
  }
  form.setErrors(placed);
  return unplaced;
}

/** Client-side checks with the same messages as the API's codes, in the language shown at validation time. */
export const validators = {
  required:
    (field: string) =>
    (value: string): string | null =>
      value.trim() ? null : fieldErrorMessage({ field, code: 'REQUIRED', message: '' }),
  newPassword:
    (field: string) =>
    (value: string): string | null => {
      if (!value) return fieldErrorMessage({ field, code: 'REQUIRED', message: '' });
      return value.length < passwordMinLength ? fieldErrorMessage({ field, code: 'TOO_SHORT', message: '' }) : null;
    },
};

/** showFieldErrors, then the errors no field could show as one form-level failure (or null). */
export function fieldErrorsFailure(form: FormWithErrors, errors: readonly FieldErrorLike[]): Failure | null {
  const unplaced = showFieldErrors(form, errors);
  return unplaced.length ? { kind: 'message', message: unplaced.map(fieldErrorMessage).join(' ') } : null;
}
