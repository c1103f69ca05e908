import type { ChangeTerms_TermsFragment } from '@skillcall/schema';
import { useNow } from '../../lib/use-now';

/** Where moving a booking stands for the viewer. */
export type MoveTerms =
  { kind: 'open'; until: string | null } | { kind: 'started' } | { kind: 'deadlinePassed'; on: string } | { kind: 'notAllowed' };

/**
 * The API's change terms as they stand now: a page left open follows the clock, so it never offers to move a booking
 * "until" a moment already past, nor once the booking has started (an accepted instant booking starts at once).
 */
export function useMoveTerms(terms: ChangeTerms_TermsFragment, startsAt: string): MoveTerms {
  const now = useNow(30_000).getTime();
  const deadline = terms.rescheduleDeadline;
  if (terms.canReschedule && (!deadline || Date.parse(deadline) > now)) return { kind: 'open', until: deadline };
  if (Date.parse(startsAt) <= now) return { kind: 'started' };
  return deadline ? { kind: 'deadlinePassed', on: deadline } : { kind: 'notAllowed' };
}
