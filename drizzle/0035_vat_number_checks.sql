CREATE TABLE "vat_number_checks" (
	"number" text PRIMARY KEY NOT NULL,
	"country" text NOT NULL,
	"state" text NOT NULL,
	"registered_name" text,
	"registered_address" text,
	"request_identifier" text,
	"checked_at" timestamp (3) with time zone,
	"last_failure" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_check_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vat_number_checks_state" CHECK ("vat_number_checks"."state" in ('VALID', 'INVALID', 'NOT_YET_VERIFIED'))
);
--> statement-breakpoint
CREATE INDEX "vat_number_checks_due" ON "vat_number_checks" USING btree ("next_check_at") WHERE "vat_number_checks"."state" = 'NOT_YET_VERIFIED';