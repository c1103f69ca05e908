ALTER TABLE "refund_requests" ADD COLUMN "earlier_request_count" integer;--> statement-breakpoint
ALTER TABLE "refund_requests" ADD COLUMN "review_window_days" integer;--> statement-breakpoint
-- Requests already in review keep their figures, read back from the sentence they were stored as.
UPDATE "refund_requests" SET "earlier_request_count" = (regexp_match("review_reason", '^(\d+) earlier'))[1]::integer, "review_window_days" = (regexp_match("review_reason", 'last (\d+) days$'))[1]::integer WHERE "review_reason" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "refund_requests" DROP COLUMN "review_reason";