CREATE TABLE "job_worker_heartbeats" (
	"worker_id" text PRIMARY KEY NOT NULL,
	"instance_id" text NOT NULL,
	"beat_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
CREATE INDEX "job_worker_heartbeats_instance_id_idx" ON "job_worker_heartbeats" USING btree ("instance_id");--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD CONSTRAINT "outgoing_mail_dedupe_key_unique" UNIQUE("dedupe_key");