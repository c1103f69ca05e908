/** Reading experts and offerings, and the admin actions on them (suspend, reinstate, unpublish, republish). */
import { z } from 'zod';
import { inTransaction, type Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { validateInput } from '../../platform/graphql/domain-error';
import { categoryTreeIds } from '../catalog/catalog.service';
import { recordAudit } from '../moderation/audit.service';
import { AuditAction } from '../moderation/audit.types';
import { requestIndexing } from '../search/search.requests';
import { toExpert, toOffering } from './expert.mappers';
import { canSeeExpert, canSeeOffering } from './expert.policy';
import {
  findExpertBySlug,
  findExpertByUserId,
  findExpertsByIds,
  findOfferingById,
  findOfferingBySlug,
  listActiveExpertsInCategories,
  listExpertsForAdmin,
  updateExpert,
  updateOffering,
} from './expert.queries';
import type { ExpertRow, OfferingRow } from './expert.table';
import {
  ExpertSuccess,
  OfferingSuccess,
  type Expert,
  type ExpertModerationInput,
  type Offering,
  type OfferingModerationInput,
} from './expert.types';

export async function expertBySlug(ctx: Context, slug: string): Promise<Expert | null> {
  const row = await findExpertBySlug(ctx.db, slug);
  return row && canSeeExpert(ctx.viewer, row) ? toExpert(row) : null;
}

export async function expertById(ctx: Context, id: string): Promise<Expert | null> {
  const row = await ctx.loaders.expertById.load(id);
  return row && canSeeExpert(ctx.viewer, row) ? toExpert(row) : null;
}

export async function myExpertProfile(ctx: Context): Promise<Expert | null> {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  const row = await findExpertByUserId(ctx.db, ctx.viewer.userId);
  return row ? toExpert(row) : null;
}

/** The offerings of an expert this viewer may see, in the expert's order. */
export async function offeringsOf(ctx: Context, expert: Expert): Promise<Offering[]> {
  const rows = await ctx.loaders.offeringsByExpertId.load(expert.id);
  return rows.filter((o) => canSeeOffering(ctx.viewer, o, expert)).map(toOffering);
}

export async function offeringBySlugs(ctx: Context, expertSlug: string, offeringSlug: string): Promise<Offering | null> {
  const expert = await findExpertBySlug(ctx.db, expertSlug);
  if (!expert) return null;
  const row = await findOfferingBySlug(ctx.db, expert.id, offeringSlug);
  return row && canSeeOffering(ctx.viewer, row, expert) ? toOffering(row) : null;
}

export function categoryIdsOf(ctx: Context, expert: Expert): Promise<string[]> {
  return ctx.loaders.categoryIdsByExpertId.load(expert.id);
}

export async function expertsInCategory(ctx: Context, categoryId: string, args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await listActiveExpertsInCategories(ctx.db, await categoryTreeIds(ctx, categoryId), page);
  return toConnection(rows, page, (row) => [row.approvedAt.toISOString(), row.id], toExpert);
}

export async function expertsForAdmin(ctx: Context, filter: { status?: ExpertRow['status']; search?: string }, args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await listExpertsForAdmin(ctx.db, filter, page);
  return toConnection(rows, page, (row) => [row.approvedAt.toISOString(), row.id], toExpert);
}

const reasonSchema = z.object({ reason: z.string().trim().min(5, 'Say why, in a sentence.').max(2000) });
const optionalReasonSchema = z.object({ reason: z.string().trim().max(2000).optional() });

export async function setExpertStatus(ctx: Context, input: ExpertModerationInput, status: ExpertRow['status']) {
  const valid = validateInput(status === 'SUSPENDED' ? reasonSchema : optionalReasonSchema, { reason: input.reason });
  if (!valid.ok) return valid.error;
  const reason = valid.data.reason || null;
  const row = await inTransaction(ctx, (tx) => applyExpertStatus(tx, input.expertId, status, reason));
  return Object.assign(new ExpertSuccess(), { expert: toExpert(row) });
}

/** An admin's change of an expert's visibility, audit-logged and re-indexed, inside the caller's transaction. */
export async function applyExpertStatus(
  tx: Context,
  expertId: string,
  status: ExpertRow['status'],
  reason: string | null,
): Promise<ExpertRow> {
  const [current] = await findExpertsByIds(tx.db, [expertId]);
  if (!current) throw new AppError('NOT_FOUND', 'No such expert.');
  if (current.status === 'DELETED') {
    if (status === 'SUSPENDED') return current; // already off the site, for good
    throw new AppError('BAD_USER_INPUT', 'This expert deleted their account: the profile cannot be reinstated.');
  }
  const updated = await updateExpert(tx.db, current.id, {
    status,
    suspendedReason: status === 'SUSPENDED' ? reason : null,
    updatedAt: tx.clock.now(),
  });
  const action = status === 'SUSPENDED' ? AuditAction.EXPERT_SUSPENDED : AuditAction.EXPERT_REINSTATED;
  await recordAudit(tx, { action, targetType: 'expert', targetId: current.id, reason });
  await requestIndexing(tx.db, [current.id]);
  return updated;
}

export async function setOfferingStatus(ctx: Context, input: OfferingModerationInput, status: 'PUBLISHED' | 'UNPUBLISHED') {
  const valid = validateInput(status === 'UNPUBLISHED' ? reasonSchema : optionalReasonSchema, { reason: input.reason });
  if (!valid.ok) return valid.error;
  const reason = valid.data.reason || null;
  const row = await inTransaction(ctx, async (tx) => {
    const current = await findOfferingById(tx.db, input.offeringId);
    if (!current || current.status === 'WITHDRAWN') throw new AppError('NOT_FOUND', 'No such offering.');
    const updated = await updateOffering(tx.db, current.id, {
      status,
      unpublishedReason: status === 'UNPUBLISHED' ? reason : null,
      updatedAt: tx.clock.now(),
    });
    const action = status === 'UNPUBLISHED' ? AuditAction.OFFERING_UNPUBLISHED : AuditAction.OFFERING_REPUBLISHED;
    await recordAudit(tx, { action, targetType: 'offering', targetId: current.id, reason });
    await requestIndexing(tx.db, [current.expertId]);
    return updated;
  });
  return Object.assign(new OfferingSuccess(), { offering: toOffering(row) });
}

/** The signed-in expert's own profile row, or FORBIDDEN for anyone else (availability, presence, bookings). */
export async function requireOwnExpert(ctx: Context): Promise<ExpertRow> {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  const row = await findExpertByUserId(ctx.db, ctx.viewer.userId);
  if (!row) throw new AppError('FORBIDDEN', 'Only experts have a calendar.');
  return row;
}

/** The time zone an expert's schedule is written in; not public content, so no review. */
export async function setExpertTimeZone(ctx: Context, expertId: string, timeZone: string): Promise<void> {
  await updateExpert(ctx.db, expertId, { timeZone, updatedAt: ctx.clock.now() });
}

/** An offering with its expert, as stored, for modules that book it; null if missing. */
export async function offeringWithExpert(ctx: Context, offeringId: string): Promise<{ offering: OfferingRow; expert: ExpertRow } | null> {
  const offering = await findOfferingById(ctx.db, offeringId);
  if (!offering) return null;
  const expert = await ctx.loaders.expertById.load(offering.expertId);
  return expert ? { offering, expert } : null;
}

export async function findExpertByUserIdOrNull(ctx: Context, userId: string): Promise<ExpertRow | null> {
  return (await findExpertByUserId(ctx.db, userId)) ?? null;
}

/** Offering titles by id, for calendars and emails (batched through the loader). */
export async function offeringTitles(ctx: Context, offeringIds: string[]): Promise<Map<string, string>> {
  const rows = await ctx.loaders.offeringById.loadMany(offeringIds);
  return new Map(rows.flatMap((row) => (row && !(row instanceof Error) ? [[row.id, row.title] as const] : [])));
}

/** An offering as booked, whatever its status now: for the participants of a booking, who already see it. */
export async function bookedOffering(ctx: Context, offeringId: string): Promise<Offering | null> {
  const row = await ctx.loaders.offeringById.load(offeringId);
  return row ? toOffering(row) : null;
}
