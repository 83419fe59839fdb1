CREATE TABLE "setup_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "setup_tokens_token_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE INDEX "setup_tokens_expires_at_idx" ON "setup_tokens" USING btree ("expires_at");