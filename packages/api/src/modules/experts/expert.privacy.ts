/** What the experts module keeps about a person: their expert side in the data export, and its erasure. */
import type { Context } from '../../platform/context';
import { deletedUserName } from '../identity/identity.privacy';
import { requestIndexing } from '../search/search.requests';
import { storedPriceOf } from './expert.mappers';
import {
  applicationsOfUser,
  categoryLinksOfExperts,
  deleteApplicationsOfUser,
  findExpertByUserId,
  findOfferingsOfExperts,
  updateExpert,
  withdrawAllOfferings,
} from './expert.queries';

/** The public profile, its offerings (every status) and every application with its content and decision. */
export async function expertDataOf(ctx: Context, userId: string) {
  const [expert, applications] = await Promise.all([findExpertByUserId(ctx.db, userId), applicationsOfUser(ctx.db, userId)]);
  if (!expert && !applications.length) return null;
  const offerings = expert ? await findOfferingsOfExperts(ctx.db, [expert.id]) : [];
  const categories = expert ? await categoryLinksOfExperts(ctx.db, [expert.id]) : [];
  return {
    expertId: expert?.id ?? null,
    profile: expert && {
      id: expert.id,
      slug: expert.slug,
      displayName: expert.displayName,
      headline: expert.headline,
      bio: expert.bio,
      skills: expert.skills,
      languages: expert.languages,
      country: expert.country,
      timeZone: expert.timeZone,
      status: expert.status,
      categoryIds: categories.map((c) => c.categoryId),
      approvedAt: expert.approvedAt,
    },
    offerings: offerings.map((o) => ({
      id: o.id,
      slug: o.slug,
      title: o.title,
      description: o.description,
      languages: o.languages,
      price: storedPriceOf(o),
      cancellationPolicy: o.cancellationPolicy,
      status: o.status,
      createdAt: o.createdAt,
    })),
    applications: applications.map((a) => ({
      id: a.id,
      kind: a.kind,
      status: a.status,
      content: a.content,
      reviewerReason: a.reviewerReason,
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
      reviewedAt: a.reviewedAt,
    })),
  };
}

/** The expert row of a user, or null: other modules' erasure steps need its id. */
export async function expertIdOfUser(ctx: Context, userId: string): Promise<string | null> {
  return (await findExpertByUserId(ctx.db, userId))?.id ?? null;
}

/**
 * The account of `userId` is deleted (inside the caller's transaction): their applications are erased and, if they
 * became the expert `expertId`, the profile is hidden for good and emptied of what identified them (name, headline,
 * bio, skills, a URL made from the name), the offerings withdrawn, and search forgets them. The row stays: past
 * bookings, payments and reviews point to it.
 */
export async function retireExpert(tx: Context, userId: string, expertId: string | null): Promise<void> {
  await deleteApplicationsOfUser(tx.db, userId);
  if (!expertId) return;
  const now = tx.clock.now();
  await updateExpert(tx.db, expertId, {
    status: 'DELETED',
    suspendedReason: null,
    displayName: deletedUserName,
    slug: `deleted-${expertId}`,
    headline: '',
    bio: '',
    skills: [],
    updatedAt: now,
  });
  await withdrawAllOfferings(tx.db, expertId, now);
  await requestIndexing(tx.db, [expertId]);
  tx.loaders.expertById.clear(expertId);
}
