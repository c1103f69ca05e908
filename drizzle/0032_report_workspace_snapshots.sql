CREATE TABLE "report_workspace_snapshots" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"booking_id" uuid,
	"notes" "bytea" NOT NULL,
	"code" "bytea" NOT NULL,
	"board" "bytea" NOT NULL,
	"taken_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_workspace_snapshots" ADD CONSTRAINT "report_workspace_snapshots_report_id_content_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."content_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_workspace_snapshots" ADD CONSTRAINT "report_workspace_snapshots_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;