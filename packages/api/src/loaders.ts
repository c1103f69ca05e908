/** Per-request DataLoaders: every relation field batches through one of these (no N+1). Each module owns its own. */
import type { DbExecutor } from './platform/db/client';
import { createCatalogLoaders } from './modules/catalog/catalog.loaders';
import { createIdentityLoaders } from './modules/identity/identity.loaders';
import { createExpertLoaders } from './modules/experts/expert.loaders';
import { createAvailabilityLoaders } from './modules/availability/availability.loaders';
import { createBillingLoaders } from './modules/billing/billing.loaders';
import { createReviewLoaders } from './modules/reviews/review.loaders';
import { createWebhookLoaders } from './modules/partners/webhook.loaders';

export function createLoaders(db: DbExecutor) {
  return {
    ...createIdentityLoaders(db),
    ...createCatalogLoaders(db),
    ...createExpertLoaders(db),
    ...createAvailabilityLoaders(db),
    ...createBillingLoaders(db),
    ...createReviewLoaders(db),
    ...createWebhookLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
