ALTER TYPE "public"."report_kind" ADD VALUE 'MESSAGE';--> statement-breakpoint
CREATE TABLE "report_message_contexts" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"lines" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_message_contexts" ADD CONSTRAINT "report_message_contexts_report_id_content_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."content_reports"("id") ON DELETE cascade ON UPDATE no action;