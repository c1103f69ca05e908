-- Never a double booking: for one expert, no two bookings that still hold their time may overlap, buffers included.
-- The loser of a race gets exclusion_violation (23P01), which the bookings module maps to SlotUnavailableError.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap" EXCLUDE USING gist (
  "expert_id" WITH =,
  tstzrange("blocked_from", "blocked_until", '[)') WITH &&
) WHERE ("status" IN ('PENDING_PAYMENT', 'CONFIRMED', 'IN_SESSION'));--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_times_check" CHECK ("blocked_from" <= "starts_at" AND "starts_at" < "ends_at" AND "ends_at" <= "blocked_until");
