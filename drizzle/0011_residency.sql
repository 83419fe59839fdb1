ALTER TABLE "teams" ADD COLUMN "storage_location" text;--> statement-breakpoint
ALTER TABLE "vault_objects" ADD COLUMN "location" text;