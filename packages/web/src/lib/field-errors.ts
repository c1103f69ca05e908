/**
 * Field errors from the API (InvalidInputError.fieldErrors) and from client-side checks, translated by code:
 * first a message for this field and code, then a message for the code, then the API's English message.
 * Fields inside lists come with dotted paths (`offerings.0.price.amount`, `skills.1`); their translations live
 * under the path with each index written `item` (`fieldErrors.byField.offerings.item.price.amount.TOO_PRECISE`).
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

/** `offerings.0.price.amount` → `offerings.item.price.amount`: where the field's translations live. */
export function fieldKey(field: string): string {
  return field
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? 'item' : segment))
    .join('.');
}

export function fieldErrorMessage(error: FieldErrorLike): string {
  return scopedFieldErrorMessage(error);
}

/**
 * The message for an API field error in a form with its own wording under `scope` (the full prefix, e.g.
 * `'webhooks.fieldErrors'`: written out so the build ships that group of strings with the form), else the shared one.
 */
export function scopedFieldErrorMessage(error: FieldErrorLike, scope?: string): string {
  const options = { min: passwordMinLength };
  return (
    (scope ? translate(`${scope}.${fieldKey(error.field)}.${error.code}`, options) : null) ??
    translate(`fieldErrors.byField.${fieldKey(error.field)}.${error.code}`, options) ??
    translate(`fieldErrors.byCode.${error.code}`, options) ??
    error.message
  );
}

interface FormWithErrors {
  getValues(): object;
  setErrors(errors: Record<string, ReactNode>): void;
}

/** The value at a dotted path of the form's values (`offerings.0.title`), or undefined. */
function valueAt(values: object, path: string): unknown {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !(segment in current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The form field that shows an API error: the field itself, or for one item of a list of values (`skills.1`,
 * `offerings.0.languages.2`) the list's own field. Null when the form has no such field.
 */
export function defaultFieldFor(values: object, field: string): string | null {
  const path = field.replace(/(\.\d+)+$/, '');
  return valueAt(values, path) === undefined ? null : path;
}

export interface PlacedFieldErrors {
  /** The form fields now showing an error, in the order the API listed them. */
  placed: string[];
  /** The errors no field of this form can show (the caller shows them above the form). */
  unplaced: FieldErrorLike[];
}

/**
 * Shows each error on its form field (several errors on one field are joined); an error about one item of a list
 * names the item (“0612345678”: …). `fieldFor` maps an API field to a form field, or null to leave it unplaced.
 */
export function placeFieldErrors(
  form: FormWithErrors,
  errors: readonly FieldErrorLike[],
  fieldFor: (values: object, field: string) => string | null = defaultFieldFor,
  scope?: string,
): PlacedFieldErrors {
  const values = form.getValues();
  const messages = new Map<string, string[]>();
  const unplaced: FieldErrorLike[] = [];
  for (const error of errors) {
    const path = fieldFor(values, error.field);
    if (path === null) {
      unplaced.push(error);
      continue;
    }
    const item = path === error.field ? undefined : valueAt(values, error.field);
    const message =
      typeof item === 'string' && item
        ? i18n.t('fieldErrors.itemPrefix', { item, message: scopedFieldErrorMessage(error, scope) })
        : scopedFieldErrorMessage(error, scope);
    const list = messages.get(path) ?? [];
    if (!list.includes(message)) list.push(message);
    messages.set(path, list);
  }
  form.setErrors(Object.fromEntries([...messages].map(([path, list]) => [path, list.join(' ')])));
  return { placed: [...messages.keys()], unplaced };
}

/**
 * Shows each error on its form field; returns the errors that match no field of this form
 * (the caller shows those above the form).
 */
export function showFieldErrors(form: FormWithErrors, errors: readonly FieldErrorLike[], scope?: string): FieldErrorLike[] {
  return placeFieldErrors(form, errors, defaultFieldFor, scope).unplaced;
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
export function fieldErrorsFailure(form: FormWithErrors, errors: readonly FieldErrorLike[], scope?: string): Failure | null {
  const unplaced = showFieldErrors(form, errors, scope);
  return unplaced.length ? { kind: 'message', message: unplaced.map(fieldErrorMessage).join(' ') } : null;
}
