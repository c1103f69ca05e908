ALTER TABLE "search_documents" ADD COLUMN "booking_prices_by_model" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Every active expert is indexed again by the next drain (every minute), which fills the new field in, whichever
-- engine holds the index.
INSERT INTO "search_pending" ("expert_id") SELECT "id" FROM "experts" WHERE "status" = 'ACTIVE' ON CONFLICT ("expert_id") DO NOTHING;
