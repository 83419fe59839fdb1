CREATE TYPE "public"."roster_entry_kind" AS ENUM('person', 'place');--> statement-breakpoint
CREATE TABLE "roster_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"kind" "roster_entry_kind" NOT NULL,
	"sealed_value" text,
	"masked" text NOT NULL,
	"match_key" text,
	"match_key_id" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"deleted_by" uuid,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "roster_entries_secret_matches_state" CHECK (("roster_entries"."deleted_at" is null) = ("roster_entries"."sealed_value" is not null and "roster_entries"."match_key" is not null and "roster_entries"."match_key_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_entries" ADD CONSTRAINT "roster_entries_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_entries_team_idx" ON "roster_entries" USING btree ("team_id","created_at") WHERE "roster_entries"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "roster_entries_team_match_key" ON "roster_entries" USING btree ("team_id","kind","match_key") WHERE "roster_entries"."deleted_at" is null;