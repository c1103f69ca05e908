import type { Failure } from '../../lib/errors';
import { fieldErrorMessage, type FieldErrorLike } from '../../lib/field-errors';
import { i18n } from '../../lib/i18n';

interface FormWithErrors {
  getValues(): object;
  setErrors(errors: Record<string, string>): void;
}

/** A review form's message for an API field error: `reviews.fieldErrors.<field>.<code>`, else the shared one. */
function reviewFieldMessage(error: FieldErrorLike): string {
  const key = `reviews.fieldErrors.${error.field}.${error.code}`;
  return i18n.exists(key) ? (i18n.t as unknown as (k: string) => string)(key) : fieldErrorMessage(error);
}

/**
 * Shows the API's field errors (`rating`, `body`) under the review and reply forms' fields, with these forms' own
 * messages; whatever no field shows becomes the form-level failure (or null).
 */
export function reviewFieldErrorsFailure(form: FormWithErrors, errors: readonly FieldErrorLike[]): Failure | null {
  const values = form.getValues();
  const placed: Record<string, string> = {};
  const unplaced: FieldErrorLike[] = [];
  for (const error of errors) {
    if (!(error.field in values)) {
      unplaced.push(error);
      continue;
    }
    const message = reviewFieldMessage(error);
    placed[error.field] = placed[error.field] ? `${placed[error.field]} ${message}` : message;
  }
  form.setErrors(placed);
  return unplaced.length ? { kind: 'message', message: unplaced.map(fieldErrorMessage).join(' ') } : null;
}
