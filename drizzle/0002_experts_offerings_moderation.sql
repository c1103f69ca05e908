CREATE TYPE "public"."application_kind" AS ENUM('INITIAL', 'EDIT');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED');--> statement-breakpoint
CREATE TYPE "public"."cancellation_policy" AS ENUM('FLEXIBLE', 'MODERATE', 'STRICT');--> statement-breakpoint
CREATE TYPE "public"."expert_status" AS ENUM('ACTIVE', 'SUSPENDED');--> statement-breakpoint
CREATE TYPE "public"."offering_status" AS ENUM('PUBLISHED', 'UNPUBLISHED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."price_model" AS ENUM('FREE', 'PER_MINUTE', 'PER_SESSION');--> statement-breakpoint
CREATE TABLE "expert_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "application_kind" NOT NULL,
	"status" "application_status" DEFAULT 'DRAFT' NOT NULL,
	"content" jsonb NOT NULL,
	"category_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reviewer_reason" text,
	"reviewed_by" uuid,
	"submitted_at" timestamp (3) with time zone,
	"reviewed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_categories" (
	"expert_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	CONSTRAINT "expert_categories_expert_id_category_id_pk" PRIMARY KEY("expert_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"display_name" text NOT NULL,
	"headline" text NOT NULL,
	"bio" text NOT NULL,
	"skills" text[] NOT NULL,
	"languages" text[] NOT NULL,
	"country" text NOT NULL,
	"time_zone" text NOT NULL,
	"status" "expert_status" DEFAULT 'ACTIVE' NOT NULL,
	"suspended_reason" text,
	"approved_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experts_user_id_unique" UNIQUE("user_id"),
	CONSTRAINT "experts_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"expert_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_id" uuid NOT NULL,
	"languages" text[] NOT NULL,
	"price_model" "price_model" NOT NULL,
	"currency" text,
	"price_minor" integer,
	"min_minutes" integer,
	"max_minutes" integer,
	"duration_minutes" integer,
	"cancellation_policy" "cancellation_policy" NOT NULL,
	"status" "offering_status" DEFAULT 'PUBLISHED' NOT NULL,
	"unpublished_reason" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expert_applications" ADD CONSTRAINT "expert_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_applications" ADD CONSTRAINT "expert_applications_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_categories" ADD CONSTRAINT "expert_categories_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_categories" ADD CONSTRAINT "expert_categories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "expert_applications_status_submitted_idx" ON "expert_applications" USING btree ("status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "expert_applications_user_idx" ON "expert_applications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_applications_one_open_per_user" ON "expert_applications" USING btree ("user_id") WHERE status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED');--> statement-breakpoint
CREATE INDEX "expert_categories_category_idx" ON "expert_categories" USING btree ("category_id","expert_id");--> statement-breakpoint
CREATE INDEX "experts_status_approved_idx" ON "experts" USING btree ("status","approved_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "offerings_expert_slug_key" ON "offerings" USING btree ("expert_id","slug");--> statement-breakpoint
CREATE INDEX "offerings_category_idx" ON "offerings" USING btree ("category_id","status");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_target_idx" ON "audit_log" USING btree ("target_id");