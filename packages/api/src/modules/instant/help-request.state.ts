/**
 * Where a "help me now" request can go: it waits, then ends once (accepted, declined, lapsed or cancelled). The
 * transitions table is checked by the one gate that writes a status (help-request.transition.ts).
 */
import type { HelpRequestStatus } from './help-request.table';

const transitions: Record<HelpRequestStatus, readonly HelpRequestStatus[]> = {
  WAITING: ['ACCEPTED', 'DECLINED', 'LAPSED', 'CANCELLED'],
  ACCEPTED: [],
  DECLINED: [],
  LAPSED: [],
  CANCELLED: [],
};

export function canMoveHelpRequest(from: HelpRequestStatus, to: HelpRequestStatus): boolean {
  return transitions[from].includes(to);
}
