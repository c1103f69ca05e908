import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { groupedByKey } from '../../platform/db/loader-helpers';
import { attemptsOfDeliveries } from './webhook.queries';
import type { WebhookAttemptRow } from './webhook.table';

export const createWebhookLoaders = (db: DbExecutor) => ({
  webhookAttemptsByDelivery: new DataLoader<string, WebhookAttemptRow[]>(async (ids) =>
    groupedByKey(ids, await attemptsOfDeliveries(db, ids), (a) => a.deliveryId),
  ),
});
