import type { SearchInvalidInput_ErrorFragment } from '@skillcall/schema';
import { fieldErrorMessage, type FieldErrorLike } from '../../lib/field-errors';
import type { SearchFieldErrors } from './SearchFilters';

export interface PlacedSearchErrors {
  /** Messages shown next to the control concerned, by API field. */
  byField: SearchFieldErrors;
  /** Errors no control on this page shows (said above the results). */
  unplaced: FieldErrorLike[];
}

/** Sorts the refused fields of a search between the page's controls (`fields`) and the rest. */
export function placeSearchErrors(error: SearchInvalidInput_ErrorFragment | null, fields: readonly string[]): PlacedSearchErrors {
  const byField: SearchFieldErrors = {};
  const unplaced: FieldErrorLike[] = [];
  for (const fieldError of error?.fieldErrors ?? []) {
    if (!fields.includes(fieldError.field)) {
      unplaced.push(fieldError);
      continue;
    }
    const message = fieldErrorMessage(fieldError);
    byField[fieldError.field] = byField[fieldError.field] ? `${byField[fieldError.field]} ${message}` : message;
  }
  return { byField, unplaced };
}
