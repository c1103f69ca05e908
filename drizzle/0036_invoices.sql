CREATE TYPE "public"."invoice_kind" AS ENUM('INVOICE', 'CREDIT_NOTE');--> statement-breakpoint
CREATE TYPE "public"."invoice_supply" AS ENUM('SESSION', 'COMMISSION');--> statement-breakpoint
CREATE TABLE "invoice_counters" (
	"issuer_key" text NOT NULL,
	"series" text NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "invoice_counters_issuer_key_series_pk" PRIMARY KEY("issuer_key","series"),
	CONSTRAINT "invoice_counters_positive" CHECK ("invoice_counters"."last_number" > 0)
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"net_minor" bigint NOT NULL,
	"rate_basis_points" integer NOT NULL,
	"tax_minor" bigint NOT NULL,
	"gross_minor" bigint NOT NULL,
	"tax_country" text,
	CONSTRAINT "invoice_lines_invoice_id_position_pk" PRIMARY KEY("invoice_id","position"),
	CONSTRAINT "invoice_lines_amounts" CHECK ("invoice_lines"."net_minor" >= 0 and "invoice_lines"."tax_minor" >= 0 and "invoice_lines"."net_minor" + "invoice_lines"."tax_minor" = "invoice_lines"."gross_minor"),
	CONSTRAINT "invoice_lines_rate" CHECK ("invoice_lines"."rate_basis_points" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "invoice_kind" NOT NULL,
	"supply" "invoice_supply" NOT NULL,
	"source_key" text NOT NULL,
	"issuer_key" text NOT NULL,
	"prefix" text NOT NULL,
	"series" text NOT NULL,
	"sequence" integer NOT NULL,
	"number" text NOT NULL,
	"credited_invoice_id" uuid,
	"booking_id" uuid,
	"payment_id" uuid,
	"refund_id" uuid,
	"buyer_user_id" uuid,
	"expert_user_id" uuid,
	"locale" "locale" NOT NULL,
	"currency" text NOT NULL,
	"issued_at" timestamp (3) with time zone NOT NULL,
	"supplied_at" timestamp (3) with time zone NOT NULL,
	"supplied_until" timestamp (3) with time zone,
	"seller" jsonb NOT NULL,
	"buyer" jsonb NOT NULL,
	"net_minor" bigint NOT NULL,
	"tax_minor" bigint NOT NULL,
	"gross_minor" bigint NOT NULL,
	"mention" text,
	"mention_text" text,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	CONSTRAINT "invoices_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "invoices_amounts" CHECK ("invoices"."net_minor" >= 0 and "invoices"."tax_minor" >= 0 and "invoices"."net_minor" + "invoices"."tax_minor" = "invoices"."gross_minor"),
	CONSTRAINT "invoices_currency_code" CHECK ("invoices"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "invoices_credit_note_references" CHECK (("invoices"."kind" = 'CREDIT_NOTE') = ("invoices"."credited_invoice_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_credited_invoice_id_invoices_id_fk" FOREIGN KEY ("credited_invoice_id") REFERENCES "public"."invoices"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_refund_id_refunds_id_fk" FOREIGN KEY ("refund_id") REFERENCES "public"."refunds"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_buyer_user_id_users_id_fk" FOREIGN KEY ("buyer_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_expert_user_id_users_id_fk" FOREIGN KEY ("expert_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_issuer_series_sequence_idx" ON "invoices" USING btree ("issuer_key","series","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_issuer_number_idx" ON "invoices" USING btree ("issuer_key","number");--> statement-breakpoint
CREATE INDEX "invoices_booking_idx" ON "invoices" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "invoices_buyer_user_idx" ON "invoices" USING btree ("buyer_user_id","issued_at");--> statement-breakpoint
CREATE INDEX "invoices_expert_user_idx" ON "invoices" USING btree ("expert_user_id","issued_at");--> statement-breakpoint
CREATE INDEX "invoices_issued_at_idx" ON "invoices" USING btree ("issued_at");--> statement-breakpoint
-- An issued invoice or credit note never changes: corrections are credit notes, never edits or deletions.
CREATE FUNCTION invoices_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'issued invoices never change: issue a credit note instead' USING ERRCODE = 'restrict_violation';
END $$;--> statement-breakpoint
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON "invoices" FOR EACH ROW EXECUTE FUNCTION invoices_refuse_change();--> statement-breakpoint
CREATE TRIGGER invoices_no_truncate BEFORE TRUNCATE ON "invoices" FOR EACH STATEMENT EXECUTE FUNCTION invoices_refuse_change();--> statement-breakpoint
CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE OR DELETE ON "invoice_lines" FOR EACH ROW EXECUTE FUNCTION invoices_refuse_change();--> statement-breakpoint
CREATE TRIGGER invoice_lines_no_truncate BEFORE TRUNCATE ON "invoice_lines" FOR EACH STATEMENT EXECUTE FUNCTION invoices_refuse_change();
