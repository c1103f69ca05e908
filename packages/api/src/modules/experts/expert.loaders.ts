import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey, groupedByKey } from '../../platform/db/loader-helpers';
import { categoryLinksOfExperts, findExpertsByIds, findOfferingsByIds, findOfferingsOfExperts } from './expert.queries';
import type { ExpertRow, OfferingRow } from './expert.table';

export const createExpertLoaders = (db: DbExecutor) => ({
  expertById: new DataLoader<string, ExpertRow | undefined>(async (ids) => byKey(ids, await findExpertsByIds(db, ids), (e) => e.id)),
  offeringById: new DataLoader<string, OfferingRow | undefined>(async (ids) => byKey(ids, await findOfferingsByIds(db, ids), (o) => o.id)),
  offeringsByExpertId: new DataLoader<string, OfferingRow[]>(async (ids) =>
    groupedByKey(ids, await findOfferingsOfExperts(db, ids), (o) => o.expertId),
  ),
  categoryIdsByExpertId: new DataLoader<string, string[]>(async (ids) =>
    groupedByKey(ids, await categoryLinksOfExperts(db, ids), (link) => link.expertId).map((links) => links.map((l) => l.categoryId)),
  ),
});
