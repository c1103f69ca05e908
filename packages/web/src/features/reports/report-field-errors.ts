import type { Failure } from '../../lib/errors';
import { fieldErrorMessage, type FieldErrorLike } from '../../lib/field-errors';
import { i18n } from '../../lib/i18n';

interface FormWithErrors {
  getValues(): object;
  setErrors(errors: Record<string, string>): void;
}

/** A report form's message for an API field error: `reports.fieldErrors.<field>.<code>`, else the shared one. */
function reportFieldMessage(error: FieldErrorLike): string {
  const key = `reports.fieldErrors.${error.field}.${error.code}`;
  return i18n.exists(key) ? (i18n.t as unknown as (k: string) => string)(key) : fieldErrorMessage(error);
}

/**
 * Shows the API's field errors (`reason` when reporting, `note` when deciding) under the report forms' fields, with
 * these forms' own messages; whatever no field shows becomes the form-level failure (or null).
 */
export function reportFieldErrorsFailure(form: FormWithErrors, errors: readonly FieldErrorLike[]): Failure | null {
  const values = form.getValues();
  const placed: Record<string, string> = {};
  const unplaced: FieldErrorLike[] = [];
  for (const error of errors) {
    if (!(error.field in values)) {
      unplaced.push(error);
      continue;
    }
    const message = reportFieldMessage(error);
    placed[error.field] = placed[error.field] ? `${placed[error.field]} ${message}` : message;
  }
  form.setErrors(placed);
  return unplaced.length ? { kind: 'message', message: unplaced.map(fieldErrorMessage).join(' ') } : null;
}
