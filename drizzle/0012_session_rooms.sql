CREATE TYPE "public"."session_recording_status" AS ENUM('RECORDING', 'READY');--> statement-breakpoint
CREATE TYPE "public"."session_end_reason" AS ENUM('ENDED', 'MAX_DURATION', 'EXPERT_NO_SHOW', 'USER_NO_SHOW');--> statement-breakpoint
CREATE TYPE "public"."session_signal_kind" AS ENUM('DESCRIPTION', 'CANDIDATE');--> statement-breakpoint
CREATE TABLE "session_attendances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"party" "booking_party" NOT NULL,
	"joined_at" timestamp (3) with time zone NOT NULL,
	"last_seen_at" timestamp (3) with time zone NOT NULL,
	"left_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "session_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"sender_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"started_by" uuid NOT NULL,
	"status" "session_recording_status" DEFAULT 'RECORDING' NOT NULL,
	"mime_type" text NOT NULL,
	"chunk_count" integer DEFAULT 0 NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "session_rooms" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"user_consents_to_recording" boolean DEFAULT false NOT NULL,
	"expert_consents_to_recording" boolean DEFAULT false NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"ended_by" "booking_party",
	"end_reason" "session_end_reason",
	"billable_seconds" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_signals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"booking_id" uuid NOT NULL,
	"from_attendance_id" uuid NOT NULL,
	"to_party" "booking_party" NOT NULL,
	"kind" "session_signal_kind" NOT NULL,
	"payload" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_attendances" ADD CONSTRAINT "session_attendances_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_messages" ADD CONSTRAINT "session_messages_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_messages" ADD CONSTRAINT "session_messages_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recordings" ADD CONSTRAINT "session_recordings_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_recordings" ADD CONSTRAINT "session_recordings_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_rooms" ADD CONSTRAINT "session_rooms_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_signals" ADD CONSTRAINT "session_signals_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_attendances_booking_idx" ON "session_attendances" USING btree ("booking_id","joined_at");--> statement-breakpoint
CREATE INDEX "session_attendances_open_idx" ON "session_attendances" USING btree ("last_seen_at") WHERE left_at is null;--> statement-breakpoint
CREATE INDEX "session_messages_booking_idx" ON "session_messages" USING btree ("booking_id","created_at","id");--> statement-breakpoint
CREATE INDEX "session_recordings_booking_idx" ON "session_recordings" USING btree ("booking_id","started_at");--> statement-breakpoint
CREATE INDEX "session_signals_booking_idx" ON "session_signals" USING btree ("booking_id","created_at");