import type { ChangeTerms_TermsFragment } from '@skillcall/schema';
import { useNow } from '../../lib/use-now';

/**
 * Whether the viewer may move the booking now, from the API's change terms: a page left open follows the clock, so it
 * never offers to move a booking past its deadline.
 */
export function useCanMove(terms: ChangeTerms_TermsFragment): boolean {
  const now = useNow(30_000).getTime();
  const deadline = terms.rescheduleDeadline;
  return terms.canReschedule && (!deadline || Date.parse(deadline) > now);
}
