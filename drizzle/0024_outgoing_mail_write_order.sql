DROP INDEX "outgoing_mail_created_at_id_idx";--> statement-breakpoint
ALTER TABLE "outgoing_mail" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "outgoing_mail_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE INDEX "outgoing_mail_seq_idx" ON "outgoing_mail" USING btree ("seq");