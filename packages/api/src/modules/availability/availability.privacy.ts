/** What the availability module keeps about an expert: their calendar in the data export, and its erasure. */
import type { Context } from '../../platform/context';
import { clearSchedule, findAvailability } from './availability.queries';
import { presenceTopic } from './presence.service';
import { publishSlotsChanged } from './slots-events';

/** Settings, weekly windows and every date exception (past ones included), as stored. */
export async function availabilityDataOf(ctx: Context, expertId: string) {
  const { settings, windows, exceptions } = await findAvailability(ctx.db, expertId, '0001-01-01');
  const minutes = ({ expertId: _expert, id: _id, ...rest }: { expertId: string; id: string } & Record<string, unknown>) => rest;
  return { settings: settings ?? null, weeklyWindows: windows.map(minutes), exceptions: exceptions.map(minutes) };
}

/** The expert leaves (account deleted): no more slots, not available now; open pickers and consoles hear it. */
export async function makeUnavailable(tx: Context, expertId: string): Promise<void> {
  await clearSchedule(tx.db, expertId, tx.clock.now());
  await tx.adapters.events.publish(tx.db, presenceTopic(expertId), { expertId, availableNow: false });
  await publishSlotsChanged(tx, expertId, 'SCHEDULE');
}
