import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey } from '../../platform/db/loader-helpers';
import { findUsersByIds } from './identity.queries';
import type { UserRow } from './identity.table';

export const createIdentityLoaders = (db: DbExecutor) => ({
  userById: new DataLoader<string, UserRow | undefined>(async (ids) => byKey(ids, await findUsersByIds(db, ids), (u) => u.id)),
});
