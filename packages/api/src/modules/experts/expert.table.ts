import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { categories } from '../catalog/category.table';
import type { ApplicationContent } from './application.content';

export const applicationStatusEnum = pgEnum('application_status', ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED']);
export const applicationKindEnum = pgEnum('application_kind', ['INITIAL', 'EDIT']);
export const expertStatusEnum = pgEnum('expert_status', ['ACTIVE', 'SUSPENDED', 'DELETED']);
export const priceModelEnum = pgEnum('price_model', ['FREE', 'PER_MINUTE', 'PER_SESSION']);
export const cancellationPolicyEnum = pgEnum('cancellation_policy', ['FLEXIBLE', 'MODERATE', 'STRICT']);
export const offeringStatusEnum = pgEnum('offering_status', ['PUBLISHED', 'UNPUBLISHED', 'WITHDRAWN']);

/**
 * What an applicant asks to publish: the whole profile and its offerings, reviewed as one. A first application
 * creates the public profile; later ones (kind EDIT) replace it on approval, while the approved version stays online.
 */
export const expertApplications = pgTable(
  'expert_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: applicationKindEnum('kind').notNull(),
    status: applicationStatusEnum('status').notNull().default('DRAFT'),
    content: jsonb('content').$type<Partial<ApplicationContent>>().notNull(),
    /** Copied from content for the moderation queue's category filter. */
    categoryIds: uuid('category_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    reviewerReason: text('reviewer_reason'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: instant('submitted_at'),
    reviewedAt: instant('reviewed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('expert_applications_status_submitted_idx').on(t.status, t.submittedAt, t.id),
    index('expert_applications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('expert_applications_one_open_per_user')
      .on(t.userId)
      .where(sql`status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED')`),
  ],
);

/** The public, approved profile of an expert. */
export const experts = pgTable(
  'experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull().unique(),
    displayName: text('display_name').notNull(),
    headline: text('headline').notNull(),
    bio: text('bio').notNull(),
    skills: text('skills').array().notNull(),
    languages: text('languages').array().notNull(),
    country: text('country').notNull(),
    timeZone: text('time_zone').notNull(),
    status: expertStatusEnum('status').notNull().default('ACTIVE'),
    suspendedReason: text('suspended_reason'),
    approvedAt: instant('approved_at').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('experts_status_approved_idx').on(t.status, t.approvedAt, t.id)],
);

export const expertCategories = pgTable(
  'expert_categories',
  {
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.expertId, t.categoryId] }), index('expert_categories_category_idx').on(t.categoryId, t.expertId)],
);

/** A published "helpout": what an expert offers, at what price. */
export const offerings = pgTable(
  'offerings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    languages: text('languages').array().notNull(),
    priceModel: priceModelEnum('price_model').notNull(),
    /** Null for FREE. */
    currency: text('currency'),
    /** Per session for PER_SESSION, per minute for PER_MINUTE, null for FREE; minor units of `currency`. */
    priceMinor: integer('price_minor'),
    minMinutes: integer('min_minutes'),
    maxMinutes: integer('max_minutes'),
    durationMinutes: integer('duration_minutes'),
    cancellationPolicy: cancellationPolicyEnum('cancellation_policy').notNull(),
    status: offeringStatusEnum('status').notNull().default('PUBLISHED'),
    unpublishedReason: text('unpublished_reason'),
    position: integer('position').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('offerings_expert_slug_key').on(t.expertId, t.slug), index('offerings_category_idx').on(t.categoryId, t.status)],
);

export type ApplicationRow = typeof expertApplications.$inferSelect;
export type ExpertRow = typeof experts.$inferSelect;
export type OfferingRow = typeof offerings.$inferSelect;
export type ApplicationStatus = ApplicationRow['status'];
