CREATE TYPE "public"."upload_kind" AS ENUM('session_recording', 'supervision_recording', 'consultation_recording', 'paperwork');--> statement-breakpoint
CREATE TYPE "public"."upload_status" AS ENUM('receiving', 'transcribing', 'needs_transcript', 'accepted', 'rejected', 'failed', 'deleted');--> statement-breakpoint
CREATE TABLE "upload_playbacks" (
	"session_id" text NOT NULL,
	"upload_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"last_read_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"team_id" uuid,
	"owner_id" uuid NOT NULL,
	"kind" "upload_kind",
	"status" "upload_status" DEFAULT 'receiving' NOT NULL,
	"title" text,
	"session_date" date,
	"replaces_id" uuid,
	"format" text,
	"size" bigint,
	"original_object_id" uuid,
	"content_object_id" uuid,
	"content_type" text,
	"transcript_object_id" uuid,
	"transcript_content_type" text,
	"transcript_source" text,
	"peaks_object_id" uuid,
	"duration_ms" integer,
	"findings" jsonb,
	"failure_reason" text,
	"review_started_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"processed_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "uploads_known_after_receiving" CHECK ("uploads"."status" in ('receiving', 'failed') or ("uploads"."team_id" is not null and "uploads"."kind" is not null)),
	CONSTRAINT "uploads_accepted_has_content" CHECK ("uploads"."status" <> 'accepted' or "uploads"."original_object_id" is not null or "uploads"."content_object_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "upload_playbacks" ADD CONSTRAINT "upload_playbacks_upload_id_uploads_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_replaces_id_uploads_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."uploads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_original_object_id_vault_objects_id_fk" FOREIGN KEY ("original_object_id") REFERENCES "public"."vault_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_content_object_id_vault_objects_id_fk" FOREIGN KEY ("content_object_id") REFERENCES "public"."vault_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_transcript_object_id_vault_objects_id_fk" FOREIGN KEY ("transcript_object_id") REFERENCES "public"."vault_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uploads" ADD CONSTRAINT "uploads_peaks_object_id_vault_objects_id_fk" FOREIGN KEY ("peaks_object_id") REFERENCES "public"."vault_objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "upload_playbacks_session_upload_key" ON "upload_playbacks" USING btree ("session_id","upload_id");--> statement-breakpoint
CREATE INDEX "upload_playbacks_last_read_idx" ON "upload_playbacks" USING btree ("last_read_at");--> statement-breakpoint
CREATE INDEX "uploads_org_created_idx" ON "uploads" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "uploads_team_created_idx" ON "uploads" USING btree ("team_id","created_at","id");--> statement-breakpoint
CREATE INDEX "uploads_owner_created_idx" ON "uploads" USING btree ("owner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "uploads_status_updated_idx" ON "uploads" USING btree ("status","updated_at");