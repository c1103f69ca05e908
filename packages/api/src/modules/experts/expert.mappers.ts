/** Rows and stored content to the GraphQL shapes. */
import { toMoney } from '../billing/money.types';
import type { ApplicationContent as StoredContent, OfferingContent, StoredPrice } from './application.content';
import { ApplicationContent, ExpertApplication } from './application.types';
import type { ApplicationRow, ExpertRow, OfferingRow } from './expert.table';
import { Expert, Offering, type ExpertStatus, type OfferingStatus } from './expert.types';
import { OfferingDraft, Price } from './offering.types';

export function toPrice(price: StoredPrice): Price {
  return Object.assign(new Price(), {
    model: price.model,
    amount: price.model === 'FREE' ? null : toMoney({ amountMinor: price.amountMinor, currency: price.currency }),
    minMinutes: price.model === 'PER_MINUTE' ? price.minMinutes : null,
    maxMinutes: price.model === 'PER_MINUTE' ? price.maxMinutes : null,
    durationMinutes: price.model === 'PER_MINUTE' ? null : price.durationMinutes,
  });
}

export function storedPriceOf(row: OfferingRow): StoredPrice {
  if (row.priceModel === 'FREE') return { model: 'FREE', durationMinutes: row.durationMinutes ?? 30 };
  if (row.priceModel === 'PER_SESSION') {
    return { model: 'PER_SESSION', amountMinor: row.priceMinor!, currency: row.currency!, durationMinutes: row.durationMinutes! };
  }
  return {
    model: 'PER_MINUTE',
    amountMinor: row.priceMinor!,
    currency: row.currency!,
    minMinutes: row.minMinutes!,
    maxMinutes: row.maxMinutes!,
  };
}

/** The columns of an offering row for a stored price. */
export function priceColumns(price: StoredPrice) {
  return {
    priceModel: price.model,
    currency: price.model === 'FREE' ? null : price.currency,
    priceMinor: price.model === 'FREE' ? null : price.amountMinor,
    minMinutes: price.model === 'PER_MINUTE' ? price.minMinutes : null,
    maxMinutes: price.model === 'PER_MINUTE' ? price.maxMinutes : null,
    durationMinutes: price.model === 'PER_MINUTE' ? null : price.durationMinutes,
  };
}

export function toOfferingDraft(content: OfferingContent): OfferingDraft {
  return Object.assign(new OfferingDraft(), {
    id: content.id ?? null,
    title: content.title,
    description: content.description,
    categoryId: content.categoryId,
    languages: content.languages,
    price: toPrice(content.price),
    cancellationPolicy: content.cancellationPolicy,
  });
}

export function toApplication(row: ApplicationRow): ExpertApplication {
  const c = row.content;
  return Object.assign(new ExpertApplication(), {
    id: row.id,
    kind: row.kind,
    status: row.status,
    reviewerReason: row.reviewerReason,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    updatedAt: row.updatedAt,
    userId: row.userId,
    content: Object.assign(new ApplicationContent(), {
      displayName: c.displayName ?? null,
      headline: c.headline ?? null,
      bio: c.bio ?? null,
      skills: c.skills ?? [],
      categoryIds: c.categoryIds ?? [],
      languages: c.languages ?? [],
      country: c.country ?? null,
      timeZone: c.timeZone ?? null,
      adultConfirmed: c.adultConfirmed ?? false,
      offerings: (c.offerings ?? []).map(toOfferingDraft),
    }),
  });
}

export function toExpert(row: ExpertRow): Expert {
  return Object.assign(new Expert(), {
    id: row.id,
    slug: row.slug,
    displayName: row.displayName,
    headline: row.headline,
    bio: row.bio,
    skills: row.skills,
    languages: row.languages,
    country: row.country,
    timeZone: row.timeZone,
    status: row.status as ExpertStatus,
    memberSince: row.approvedAt,
    userId: row.userId,
  });
}

export function toOffering(row: OfferingRow): Offering {
  return Object.assign(new Offering(), {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    languages: row.languages,
    price: toPrice(storedPriceOf(row)),
    cancellationPolicy: row.cancellationPolicy,
    status: row.status as OfferingStatus,
    expertId: row.expertId,
    categoryId: row.categoryId,
  });
}

/** The content of a new edit application: the published profile and its live offerings. */
export function contentFromPublished(expert: ExpertRow, categoryIds: string[], rows: OfferingRow[]): Partial<StoredContent> {
  return {
    displayName: expert.displayName,
    headline: expert.headline,
    bio: expert.bio,
    skills: expert.skills,
    categoryIds,
    languages: expert.languages,
    country: expert.country,
    timeZone: expert.timeZone,
    adultConfirmed: true,
    offerings: rows
      .filter((o) => o.status !== 'WITHDRAWN')
      .map((o) => ({
        id: o.id,
        title: o.title,
        description: o.description,
        categoryId: o.categoryId,
        languages: o.languages,
        price: storedPriceOf(o),
        cancellationPolicy: o.cancellationPolicy,
      })),
  };
}
