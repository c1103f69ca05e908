CREATE TABLE "search_documents" (
	"expert_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"display_name" text NOT NULL,
	"headline" text NOT NULL,
	"bio" text NOT NULL,
	"skills" text[] NOT NULL,
	"offering_titles" text[] NOT NULL,
	"offering_descriptions" text[] NOT NULL,
	"category_ids" uuid[] NOT NULL,
	"languages" text[] NOT NULL,
	"price_models" text[] NOT NULL,
	"booking_prices" jsonb NOT NULL,
	"has_free_offering" boolean NOT NULL,
	"rating" real,
	"review_count" integer DEFAULT 0 NOT NULL,
	"available_now" boolean DEFAULT false NOT NULL,
	"approved_at" timestamp (3) with time zone NOT NULL,
	"document" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_pending" (
	"expert_id" uuid PRIMARY KEY NOT NULL,
	"queued_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_documents_document_idx" ON "search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "search_documents_category_ids_idx" ON "search_documents" USING gin ("category_ids");--> statement-breakpoint
CREATE INDEX "search_documents_languages_idx" ON "search_documents" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);