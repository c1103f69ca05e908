-- btree_gin: the text search index also holds the best-rated band, so common words skip the lower bands inside the index.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "search_documents_document_idx";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "best_rated_band" smallint GENERATED ALWAYS AS (case when rating is null then 0 else 1 + round(rating * 10)::int * 16 + least(15, floor(log(2, review_count + 1)))::int end) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "search_documents_document_band_idx" ON "search_documents" USING gin ("document","best_rated_band");