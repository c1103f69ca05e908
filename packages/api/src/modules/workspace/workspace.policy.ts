/**
 * The workspace's rules, pure: which documents a booking has, what their names look like, who may open them and
 * how (the one access rule, used by the socket, the GraphQL fields and the export), and the size limit.
 */
import type { BookingStatus } from '../bookings/booking.table';
import type { WorkspaceKind } from './workspace.table';

export const workspaceKinds: readonly WorkspaceKind[] = ['notes', 'code', 'board'];

/** 5 MB per document: an update that would take a document past it is refused. */
export const documentSizeLimitBytes = 5 * 1024 * 1024;

/** How long after the booking's end its participants may still open (read) the workspace. */
export const readableDaysAfterEnd = 30;

/** The stateless message an editor receives when its update is refused for the size limit. */
export const sizeLimitMessage = JSON.stringify({ type: 'size-limit', limitBytes: documentSizeLimitBytes });

export interface DocumentName {
  bookingId: string;
  kind: WorkspaceKind;
}

const namePattern = /^booking\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(notes|code|board)$/;

/** `booking/<bookingId>/<kind>`, or null for any other name (a forged one). */
export function parseDocumentName(name: string): DocumentName | null {
  const match = namePattern.exec(name);
  return match ? { bookingId: match[1]!, kind: match[2] as WorkspaceKind } : null;
}

export const documentName = (bookingId: string, kind: WorkspaceKind) => `booking/${bookingId}/${kind}`;

/** What the access rule needs to know of a booking. */
export interface BookingFacts {
  status: BookingStatus;
  endsAt: Date;
  userId: string;
  expertUserId: string;
}

export type RefusalReason = 'forbidden' | 'not-found' | 'ended-long-ago';
export type WorkspaceAccess = { granted: 'edit' | 'read' } | { refused: RefusalReason };

const dayMs = 24 * 60 * 60 * 1000;
const openStatuses: readonly BookingStatus[] = ['CONFIRMED', 'IN_SESSION'];
const endedStatuses: readonly BookingStatus[] = ['COMPLETED', 'NO_SHOW'];

/**
 * The one access rule. Only the booking's two participants (admins included only when they are one of them), from
 * confirmation until the booking's end (edit), then for 30 days (read); never a pending, cancelled or expired booking.
 * `booking` is null when the name is forged or names no booking.
 */
export function workspaceAccess(viewerUserId: string | null, booking: BookingFacts | null, now: Date): WorkspaceAccess {
  if (!booking) return { refused: 'not-found' };
  if (!viewerUserId || (viewerUserId !== booking.userId && viewerUserId !== booking.expertUserId)) return { refused: 'forbidden' };
  const ended = endedStatuses.includes(booking.status) || (openStatuses.includes(booking.status) && now >= booking.endsAt);
  if (!ended) return openStatuses.includes(booking.status) ? { granted: 'edit' } : { refused: 'forbidden' };
  return now.getTime() - booking.endsAt.getTime() <= readableDaysAfterEnd * dayMs ? { granted: 'read' } : { refused: 'ended-long-ago' };
}
