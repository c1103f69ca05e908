import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey } from '../../platform/db/loader-helpers';
import { findPresenceOfExperts } from './availability.queries';

export const createAvailabilityLoaders = (db: DbExecutor) => ({
  presenceByExpertId: new DataLoader<string, Awaited<ReturnType<typeof findPresenceOfExperts>>[number] | undefined>(async (ids) =>
    byKey(ids, await findPresenceOfExperts(db, ids), (p) => p.expertId),
  ),
});
