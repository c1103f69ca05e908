CREATE TYPE "public"."expert_tax_status" AS ENUM('VAT_REGISTERED', 'EXEMPT_SMALL_BUSINESS');--> statement-breakpoint
CREATE TYPE "public"."buyer_kind" AS ENUM('CONSUMER', 'BUSINESS');--> statement-breakpoint
CREATE TYPE "public"."buyer_vat_check" AS ENUM('VALID', 'INVALID', 'NOT_YET_VERIFIED');--> statement-breakpoint
CREATE TABLE "expert_tax_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"legal_name" text NOT NULL,
	"address" text NOT NULL,
	"country" text NOT NULL,
	"status" "expert_tax_status" NOT NULL,
	"vat_number" text,
	"exemption_text" text,
	"invoicing_consent_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "expert_tax_profiles_status_fields" CHECK (("expert_tax_profiles"."status" = 'VAT_REGISTERED' and "expert_tax_profiles"."vat_number" is not null) or ("expert_tax_profiles"."status" = 'EXEMPT_SMALL_BUSINESS' and "expert_tax_profiles"."exemption_text" is not null))
);
--> statement-breakpoint
CREATE TABLE "payment_billing_details" (
	"payment_id" uuid PRIMARY KEY NOT NULL,
	"kind" "buyer_kind" NOT NULL,
	"name" text,
	"address" text,
	"country" text,
	"business_name" text,
	"vat_number" text,
	"vat_check" "buyer_vat_check",
	"card_country" text,
	"ip_country" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expert_tax_profiles" ADD CONSTRAINT "expert_tax_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_billing_details" ADD CONSTRAINT "payment_billing_details_payment_id_payments_id_fk" FOREIGN KEY ("payment_id") REFERENCES "public"."payments"("id") ON DELETE restrict ON UPDATE no action;