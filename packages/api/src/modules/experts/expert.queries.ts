import { and, asc, desc, eq, ilike, inArray, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { openApplicationStatuses } from './application.state';
import {
  expertApplications,
  expertCategories,
  experts,
  offerings,
  type ApplicationRow,
  type ApplicationStatus,
  type ExpertRow,
  type OfferingRow,
} from './expert.table';

// Applications

export async function findOpenApplication(db: DbExecutor, userId: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  const query = db
    .select()
    .from(expertApplications)
    .where(and(eq(expertApplications.userId, userId), inArray(expertApplications.status, [...openApplicationStatuses])));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findLatestApplication(db: DbExecutor, userId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(expertApplications)
    .where(eq(expertApplications.userId, userId))
    .orderBy(desc(expertApplications.createdAt), desc(expertApplications.id))
    .limit(1);
  return row;
}

export async function findApplicationById(db: DbExecutor, id: string, forUpdate = false): Promise<ApplicationRow | undefined> {
  const query = db.select().from(expertApplications).where(eq(expertApplications.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertApplication(
  db: DbExecutor,
  values: Pick<ApplicationRow, 'userId' | 'kind' | 'content' | 'categoryIds'> & { now: Date },
): Promise<ApplicationRow> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(expertApplications)
    .values({ ...rest, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function updateApplication(
  db: DbExecutor,
  id: string,
  patch: Partial<
    Pick<ApplicationRow, 'content' | 'categoryIds' | 'status' | 'reviewerReason' | 'reviewedBy' | 'submittedAt' | 'reviewedAt'>
  > & {
    now: Date;
  },
): Promise<ApplicationRow> {
  const { now, ...rest } = patch;
  const [row] = await db
    .update(expertApplications)
    .set({ ...rest, updatedAt: now })
    .where(eq(expertApplications.id, id))
    .returning();
  return row!;
}

export interface QueueFilter {
  statuses: ApplicationStatus[];
  categoryId?: string;
  submittedBefore?: Date;
  kind?: ApplicationRow['kind'];
}

/** The moderation queue, oldest submission first. Drafts are private to their applicant and never listed. */
export function listApplications(db: DbExecutor, filter: QueueFilter, page: PageRequest) {
  return db
    .select()
    .from(expertApplications)
    .where(
      and(
        inArray(expertApplications.status, filter.statuses),
        ne(expertApplications.status, 'DRAFT'),
        filter.categoryId ? sql`${filter.categoryId}::uuid = any(${expertApplications.categoryIds})` : undefined,
        filter.submittedBefore ? lte(expertApplications.submittedAt, filter.submittedBefore) : undefined,
        filter.kind ? eq(expertApplications.kind, filter.kind) : undefined,
        keysetAfter([expertApplications.submittedAt, expertApplications.id], page.after, 'asc'),
      ),
    )
    .orderBy(asc(expertApplications.submittedAt), asc(expertApplications.id))
    .limit(page.limit);
}

// Experts

export async function findExpertByUserId(db: DbExecutor, userId: string): Promise<ExpertRow | undefined> {
  const [row] = await db.select().from(experts).where(eq(experts.userId, userId));
  return row;
}

export async function findExpertBySlug(db: DbExecutor, slug: string): Promise<ExpertRow | undefined> {
  const [row] = await db.select().from(experts).where(eq(experts.slug, slug));
  return row;
}

export function findExpertsByIds(db: DbExecutor, ids: readonly string[]): Promise<ExpertRow[]> {
  return db
    .select()
    .from(experts)
    .where(inArray(experts.id, [...ids]));
}

export async function slugsStartingWith(db: DbExecutor, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: experts.slug })
    .from(experts)
    .where(or(eq(experts.slug, base), ilike(experts.slug, `${base}-%`)));
  return rows.map((r) => r.slug);
}

export async function insertExpert(db: DbExecutor, values: typeof experts.$inferInsert): Promise<ExpertRow> {
  const [row] = await db.insert(experts).values(values).returning();
  return row!;
}

export async function updateExpert(db: DbExecutor, id: string, values: Partial<typeof experts.$inferInsert>): Promise<ExpertRow> {
  const [row] = await db.update(experts).set(values).where(eq(experts.id, id)).returning();
  return row!;
}

export async function replaceExpertCategories(db: DbExecutor, expertId: string, categoryIds: string[]): Promise<void> {
  await db.delete(expertCategories).where(eq(expertCategories.expertId, expertId));
  if (categoryIds.length) await db.insert(expertCategories).values(categoryIds.map((categoryId) => ({ expertId, categoryId })));
}

export function categoryLinksOfExperts(db: DbExecutor, expertIds: readonly string[]) {
  return db
    .select()
    .from(expertCategories)
    .where(inArray(expertCategories.expertId, [...expertIds]));
}

/** Active experts with a category among `categoryIds`, most recently approved first. */
export function listActiveExpertsInCategories(db: DbExecutor, categoryIds: string[], page: PageRequest) {
  return db
    .selectDistinct({ expert: experts })
    .from(experts)
    .innerJoin(expertCategories, eq(expertCategories.expertId, experts.id))
    .where(
      and(
        eq(experts.status, 'ACTIVE'),
        inArray(expertCategories.categoryId, categoryIds),
        keysetAfter([experts.approvedAt, experts.id], page.after, 'desc'),
      ),
    )
    .orderBy(desc(experts.approvedAt), desc(experts.id))
    .limit(page.limit)
    .then((rows) => rows.map((r) => r.expert));
}

export function listExpertsForAdmin(db: DbExecutor, filter: { status?: ExpertRow['status']; search?: string }, page: PageRequest) {
  return db
    .select()
    .from(experts)
    .where(
      and(
        filter.status ? eq(experts.status, filter.status) : undefined,
        filter.search ? or(ilike(experts.displayName, `%${filter.search}%`), ilike(experts.slug, `%${filter.search}%`)) : undefined,
        keysetAfter([experts.approvedAt, experts.id], page.after, 'desc'),
      ),
    )
    .orderBy(desc(experts.approvedAt), desc(experts.id))
    .limit(page.limit);
}

// Offerings

export function findOfferingsByIds(db: DbExecutor, ids: readonly string[]): Promise<OfferingRow[]> {
  return ids.length
    ? db
        .select()
        .from(offerings)
        .where(inArray(offerings.id, [...ids]))
    : Promise.resolve([]);
}

export function findOfferingsOfExperts(db: DbExecutor, expertIds: readonly string[]) {
  return db
    .select()
    .from(offerings)
    .where(inArray(offerings.expertId, [...expertIds]))
    .orderBy(asc(offerings.position), asc(offerings.createdAt));
}

export async function findOfferingById(db: DbExecutor, id: string): Promise<OfferingRow | undefined> {
  const [row] = await db.select().from(offerings).where(eq(offerings.id, id));
  return row;
}

export async function findOfferingBySlug(db: DbExecutor, expertId: string, slug: string): Promise<OfferingRow | undefined> {
  const [row] = await db
    .select()
    .from(offerings)
    .where(and(eq(offerings.expertId, expertId), eq(offerings.slug, slug)));
  return row;
}

export async function insertOffering(db: DbExecutor, values: typeof offerings.$inferInsert): Promise<OfferingRow> {
  const [row] = await db.insert(offerings).values(values).returning();
  return row!;
}

export async function updateOffering(db: DbExecutor, id: string, values: Partial<typeof offerings.$inferInsert>): Promise<OfferingRow> {
  const [row] = await db.update(offerings).set(values).where(eq(offerings.id, id)).returning();
  return row!;
}

/** Marks the expert's offerings missing from an approved edit as withdrawn. */
export async function withdrawOfferingsExcept(db: DbExecutor, expertId: string, keepIds: string[], now: Date): Promise<void> {
  await db
    .update(offerings)
    .set({ status: 'WITHDRAWN', updatedAt: now })
    .where(
      and(
        eq(offerings.expertId, expertId),
        keepIds.length ? notInArray(offerings.id, keepIds) : undefined,
        ne(offerings.status, 'WITHDRAWN'),
      ),
    );
}

export async function allActiveExpertIds(db: DbExecutor): Promise<string[]> {
  const rows = await db.select({ id: experts.id }).from(experts).where(eq(experts.status, 'ACTIVE'));
  return rows.map((r) => r.id);
}

// Privacy

export function applicationsOfUser(db: DbExecutor, userId: string): Promise<ApplicationRow[]> {
  return db.select().from(expertApplications).where(eq(expertApplications.userId, userId)).orderBy(asc(expertApplications.createdAt));
}

export async function deleteApplicationsOfUser(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(expertApplications).where(eq(expertApplications.userId, userId));
}

export async function withdrawAllOfferings(db: DbExecutor, expertId: string, now: Date): Promise<void> {
  await db.update(offerings).set({ status: 'WITHDRAWN', updatedAt: now }).where(eq(offerings.expertId, expertId));
}
