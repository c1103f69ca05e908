/** Builders of experts and applications, shared by tests and the demo seed. */
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../platform/db/client';
import { categories } from '../modules/catalog/category.table';
import type { ApplicationContent, OfferingContent, StoredPrice } from '../modules/experts/application.content';
import { priceColumns } from '../modules/experts/expert.mappers';
import {
  insertApplication,
  insertExpert,
  insertOffering,
  replaceExpertCategories,
  updateApplication,
} from '../modules/experts/expert.queries';
import type { ApplicationRow, ExpertRow, OfferingRow } from '../modules/experts/expert.table';
import { firstFreeSlug, toSlug } from '../modules/experts/slugs';
import { createUser } from './factories';
import type { UserRow } from '../modules/identity/identity.table';
import { createTaxProfile } from './tax-factories';

export async function categoryIdBySlug(db: DbExecutor, slug: string): Promise<string> {
  const [row] = await db
    .select({ id: categories.id })
    .from(categories)
    .where(sql`${categories.slug} = ${slug}`);
  if (!row) throw new Error(`No category ${slug}`);
  return row.id;
}

/** A complete application form (as the SaveApplicationInput takes it) that passes every rule. */
export function applicationForm(categoryId: string, overrides: Record<string, unknown> = {}) {
  return {
    displayName: 'Claire Fontaine',
    headline: 'Guitar lessons for adult beginners',
    bio: 'I have taught guitar for twelve years, to children and adults, in person and online. Patient and structured.',
    skills: ['guitar', 'music theory'],
    categoryIds: [categoryId],
    languages: ['fr', 'en'],
    country: 'FR',
    timeZone: 'Europe/Paris',
    adultConfirmed: true,
    offerings: [
      {
        title: 'Your first chords',
        description: 'We tune your guitar and learn four chords that open a hundred songs.',
        categoryId,
        languages: ['fr', 'en'],
        price: { model: 'PER_SESSION' as const, amount: '25.00', currency: 'EUR', durationMinutes: 45 },
        cancellationPolicy: 'FLEXIBLE' as const,
      },
    ],
    ...overrides,
  };
}

export interface ExpertSpec {
  user?: Partial<Parameters<typeof createUser>[1]>;
  displayName: string;
  headline: string;
  bio: string;
  skills: string[];
  categoryIds: string[];
  languages: string[];
  country: string;
  timeZone: string;
  offerings: (Omit<OfferingContent, 'price' | 'id'> & { price: StoredPrice })[];
  approvedAt: Date;
}

/** An approved, active expert with published offerings, as if an admin had approved their application. */
export async function createApprovedExpert(
  db: DbExecutor,
  spec: ExpertSpec,
  takenSlugs?: Set<string>,
): Promise<{ user: UserRow & { password: string }; expert: ExpertRow; offerings: OfferingRow[]; application: ApplicationRow }> {
  const user = await createUser(db, { displayName: spec.displayName, roles: ['USER', 'EXPERT'], timeZone: spec.timeZone, ...spec.user });
  const base = toSlug(spec.displayName);
  const slug = takenSlugs ? firstFreeSlug(base, takenSlugs) : `${base}-${user.id.slice(0, 6)}`;
  takenSlugs?.add(slug);
  const { offerings: offeringSpecs, approvedAt, user: _user, ...profile } = spec;
  const expert = await insertExpert(db, { ...profile, userId: user.id, slug, approvedAt, createdAt: approvedAt, updatedAt: approvedAt });
  await replaceExpertCategories(db, expert.id, spec.categoryIds);
  // Paid offerings are published only with a tax profile: an approved expert selling sessions has one.
  if (spec.offerings.some((o) => o.price.model !== 'FREE'))
    await createTaxProfile(db, user.id, {
      legalName: spec.displayName,
      country: spec.country,
      createdAt: approvedAt,
      invoicingConsentAt: approvedAt,
      updatedAt: approvedAt,
    });
  const offeringSlugs = new Set<string>();
  const offerings: OfferingRow[] = [];
  for (const [position, offering] of offeringSpecs.entries()) {
    const offeringSlug = firstFreeSlug(toSlug(offering.title), offeringSlugs);
    offeringSlugs.add(offeringSlug);
    const { price, ...rest } = offering;
    offerings.push(
      await insertOffering(db, {
        ...rest,
        ...priceColumns(price),
        expertId: expert.id,
        slug: offeringSlug,
        position,
        createdAt: approvedAt,
        updatedAt: approvedAt,
      }),
    );
  }
  const content: ApplicationContent = {
    ...profile,
    adultConfirmed: true,
    offerings: offerings.map((row, i) => ({ ...offeringSpecs[i]!, id: row.id })),
  };
  const draft = await insertApplication(db, { userId: user.id, kind: 'INITIAL', content, categoryIds: spec.categoryIds, now: approvedAt });
  const application = await updateApplication(db, draft.id, {
    status: 'APPROVED',
    submittedAt: approvedAt,
    reviewedAt: approvedAt,
    now: approvedAt,
  });
  return { user, expert, offerings, application };
}
