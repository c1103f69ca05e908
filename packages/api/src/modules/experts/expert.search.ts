/** What search needs to know about experts: their documents, built from the published profile and offerings. */
import { ratingsOfExperts } from '../reviews/review.service';
import type { Context } from '../../platform/context';
import { categoryParents } from '../catalog/catalog.service';
import type { BookingPricesByModel, ExpertDocument } from '../search/search.port';
import { storedPriceOf } from './expert.mappers';
import { allActiveExpertIds, categoryLinksOfExperts, findExpertsByIds, findOfferingsOfExperts } from './expert.queries';
import type { OfferingRow } from './expert.table';

/**
 * The least it costs to book an offering, per currency: a session price, or the rate × the minimum minutes; over every
 * paid offering, and per price model (so that search applies a model and a maximum price to the same offering).
 */
function bookingPrices(offerings: OfferingRow[]): { all: Record<string, number>; byModel: BookingPricesByModel } {
  const all: Record<string, number> = {};
  const byModel: BookingPricesByModel = {};
  const keepLeast = (prices: Record<string, number>, currency: string, cost: number) => {
    prices[currency] = Math.min(prices[currency] ?? Number.MAX_SAFE_INTEGER, cost);
  };
  for (const offering of offerings) {
    const price = storedPriceOf(offering);
    if (price.model === 'FREE') continue;
    const cost = price.model === 'PER_SESSION' ? price.amountMinor : price.amountMinor * price.minMinutes;
    keepLeast(all, price.currency, cost);
    keepLeast((byModel[price.model] ??= {}), price.currency, cost);
  }
  return { all, byModel };
}

/**
 * Documents for the experts that are public (active, with at least one published offering), and the ids of the
 * others, which search must forget.
 */
export async function searchDocumentsFor(ctx: Context, expertIds: string[]): Promise<{ documents: ExpertDocument[]; hidden: string[] }> {
  if (!expertIds.length) return { documents: [], hidden: [] };
  for (const id of expertIds) ctx.loaders.presenceByExpertId.clear(id);
  const [rows, offerings, links, presence] = await Promise.all([
    findExpertsByIds(ctx.db, expertIds),
    findOfferingsOfExperts(ctx.db, expertIds),
    categoryLinksOfExperts(ctx.db, expertIds),
    ctx.loaders.presenceByExpertId.loadMany(expertIds),
  ]);
  const ratings = await ratingsOfExperts(ctx, expertIds);
  const availableNow = new Set(presence.flatMap((p) => (p && !(p instanceof Error) && p.availableNow ? [p.expertId] : [])));
  const parents = await categoryParents(ctx, [...new Set(links.map((l) => l.categoryId))]);
  const documents: ExpertDocument[] = [];
  for (const expert of rows) {
    const published = offerings.filter((o) => o.expertId === expert.id && o.status === 'PUBLISHED');
    if (expert.status !== 'ACTIVE' || !published.length) continue;
    const categories = links.filter((l) => l.expertId === expert.id).map((l) => l.categoryId);
    const withParents = new Set([...categories, ...published.map((o) => o.categoryId)]);
    for (const id of [...withParents]) {
      const parent = parents.get(id);
      if (parent) withParents.add(parent);
    }
    const prices = bookingPrices(published);
    documents.push({
      id: expert.id,
      slug: expert.slug,
      displayName: expert.displayName,
      headline: expert.headline,
      bio: expert.bio,
      skills: expert.skills,
      offeringTitles: published.map((o) => o.title),
      offeringDescriptions: published.map((o) => o.description),
      categoryIds: [...withParents],
      languages: expert.languages,
      priceModels: [...new Set(published.map((o) => o.priceModel))],
      bookingPrices: prices.all,
      bookingPricesByModel: prices.byModel,
      hasFreeOffering: published.some((o) => o.priceModel === 'FREE'),
      rating: ratings.get(expert.id)?.average ?? null,
      reviewCount: ratings.get(expert.id)?.count ?? 0,
      availableNow: availableNow.has(expert.id),
      approvedAt: expert.approvedAt,
    });
  }
  const indexed = new Set(documents.map((d) => d.id));
  return { documents, hidden: expertIds.filter((id) => !indexed.has(id)) };
}

export function activeExpertIds(ctx: Context): Promise<string[]> {
  return allActiveExpertIds(ctx.db);
}
