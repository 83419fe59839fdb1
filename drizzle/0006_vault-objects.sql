CREATE TYPE "public"."vault_object_status" AS ENUM('writing', 'stored', 'shredded');--> statement-breakpoint
CREATE TABLE "vault_objects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"blob_key" text NOT NULL,
	"status" "vault_object_status" DEFAULT 'writing' NOT NULL,
	"format_version" smallint NOT NULL,
	"segment_size" integer NOT NULL,
	"nonce_prefix" "bytea" NOT NULL,
	"kek_id" text,
	"wrapped_key" "bytea",
	"plaintext_size" bigint,
	"plaintext_sha256" "bytea",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone,
	"shredded_at" timestamp with time zone,
	CONSTRAINT "vault_objects_key_matches_status" CHECK (("vault_objects"."status" = 'shredded') = ("vault_objects"."wrapped_key" is null and "vault_objects"."kek_id" is null)),
	CONSTRAINT "vault_objects_stored_has_digest" CHECK ("vault_objects"."status" <> 'stored' or ("vault_objects"."plaintext_size" is not null and "vault_objects"."plaintext_sha256" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "vault_objects_blob_key_key" ON "vault_objects" USING btree ("blob_key");--> statement-breakpoint
CREATE INDEX "vault_objects_kek_idx" ON "vault_objects" USING btree ("kek_id") WHERE "vault_objects"."kek_id" is not null;--> statement-breakpoint
CREATE INDEX "vault_objects_status_created_idx" ON "vault_objects" USING btree ("status","created_at");