ALTER TABLE "outgoing_mail" ADD COLUMN "html_body" text;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "unsubscribe_url" text;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "message_id" text;--> statement-breakpoint
-- Mail written before this migration was recorded by the embedded mailer: it counts as sent, under a Message-ID of its own.
UPDATE "outgoing_mail" SET "message_id" = '<' || "id" || '@skillcall.invalid>';--> statement-breakpoint
ALTER TABLE "outgoing_mail" ALTER COLUMN "message_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "status" text DEFAULT 'QUEUED' NOT NULL;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "last_reply" text;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "last_attempt_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "sent_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "failed_at" timestamp (3) with time zone;--> statement-breakpoint
UPDATE "outgoing_mail" SET "status" = 'SENT', "sent_at" = "created_at", "last_attempt_at" = "created_at", "attempts" = 1;--> statement-breakpoint
CREATE INDEX "outgoing_mail_undelivered_idx" ON "outgoing_mail" USING btree ("seq") WHERE "outgoing_mail"."status" <> 'SENT';