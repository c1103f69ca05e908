/** The only writes of a help request's status; called by the gate alone (help-request.transition.ts). */
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { helpRequests, type HelpRequestRow, type HelpRequestStatus } from './help-request.table';

/** Moves the request from `from` to `to` with `patch`; undefined when it was no longer in `from`. */
export async function writeHelpRequestStatus(
  db: DbExecutor,
  id: string,
  from: HelpRequestStatus,
  to: HelpRequestStatus,
  patch: { decidedAt: Date; bookingId?: string | null },
): Promise<HelpRequestRow | undefined> {
  const [row] = await db
    .update(helpRequests)
    .set({ ...patch, status: to })
    .where(and(eq(helpRequests.id, id), eq(helpRequests.status, from)))
    .returning();
  return row;
}
