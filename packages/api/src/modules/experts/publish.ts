/**
 * Approval makes an application public: the expert row, its categories and offerings are created or replaced
 * from the approved content, in the approving transaction. Offerings left out of an approved edit are withdrawn.
 * Paid offerings are published only for an expert whose tax profile is complete (`paidOfferingsRefusal`): the
 * applicant is told when submitting, and the approval refuses too, since the profile may have changed in between.
 */
import type { Context } from '../../platform/context';
import type { ApplicationContent } from './application.content';
import { priceColumns } from './expert.mappers';
import {
  findExpertByUserId,
  findOfferingsOfExperts,
  insertExpert,
  insertOffering,
  replaceExpertCategories,
  slugsStartingWith,
  updateExpert,
  updateOffering,
  withdrawOfferingsExcept,
} from './expert.queries';
import type { ApplicationRow, ExpertRow } from './expert.table';
import { firstFreeSlug, toSlug } from './slugs';
import { requestIndexing } from '../search/search.requests';
import { taxProfileRefusal } from '../tax/tax-profile.service';
import type { TaxProfileRequiredError } from '../tax/tax-profile.types';

/** The publish rule of paid offerings: null when the content has none, or the user's tax profile is complete. */
export async function paidOfferingsRefusal(
  ctx: Context,
  userId: string,
  content: Pick<ApplicationContent, 'offerings'>,
): Promise<TaxProfileRequiredError | null> {
  if (!content.offerings.some((offering) => offering.price.model !== 'FREE')) return null;
  return taxProfileRefusal(ctx, userId);
}

export async function publishApplication(
  tx: Context,
  application: ApplicationRow,
  content: ApplicationContent,
): Promise<{ expert: ExpertRow; content: ApplicationContent }> {
  const now = tx.clock.now();
  const profile = {
    displayName: content.displayName,
    headline: content.headline,
    bio: content.bio,
    skills: content.skills,
    languages: content.languages,
    country: content.country,
    timeZone: content.timeZone,
    updatedAt: now,
  };
  let expert = await findExpertByUserId(tx.db, application.userId);
  if (expert) {
    expert = await updateExpert(tx.db, expert.id, profile);
  } else {
    const base = toSlug(content.displayName);
    const slug = firstFreeSlug(base, await slugsStartingWith(tx.db, base));
    expert = await insertExpert(tx.db, { ...profile, userId: application.userId, slug, approvedAt: now, createdAt: now });
  }
  await replaceExpertCategories(tx.db, expert.id, content.categoryIds);

  const existing = await findOfferingsOfExperts(tx.db, [expert.id]);
  const slugs = new Set(existing.map((o) => o.slug));
  const published: ApplicationContent['offerings'] = [];
  for (const [position, offering] of content.offerings.entries()) {
    const columns = {
      title: offering.title,
      description: offering.description,
      categoryId: offering.categoryId,
      languages: offering.languages,
      cancellationPolicy: offering.cancellationPolicy,
      ...priceColumns(offering.price),
      position,
      updatedAt: now,
    };
    const current = offering.id ? existing.find((o) => o.id === offering.id) : undefined;
    if (current) {
      // An offering an admin unpublished stays unpublished; one the expert had withdrawn comes back.
      await updateOffering(tx.db, current.id, { ...columns, status: current.status === 'UNPUBLISHED' ? 'UNPUBLISHED' : 'PUBLISHED' });
      published.push({ ...offering, id: current.id });
    } else {
      const slug = firstFreeSlug(toSlug(offering.title), slugs);
      slugs.add(slug);
      const row = await insertOffering(tx.db, { ...columns, expertId: expert.id, slug, createdAt: now });
      published.push({ ...offering, id: row.id });
    }
  }
  await withdrawOfferingsExcept(
    tx.db,
    expert.id,
    published.map((o) => o.id!),
    now,
  );
  await requestIndexing(tx.db, [expert.id]);
  return { expert, content: { ...content, offerings: published } };
}
