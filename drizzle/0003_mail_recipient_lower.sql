DROP INDEX "outgoing_mail_to_address_idx";--> statement-breakpoint
CREATE INDEX "outgoing_mail_to_address_idx" ON "outgoing_mail" USING btree (lower("to_address"));