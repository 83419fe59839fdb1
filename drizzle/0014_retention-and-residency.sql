CREATE TYPE "public"."legal_hold_scope" AS ENUM('upload', 'user', 'team');--> statement-breakpoint
CREATE TYPE "public"."retention_run_status" AS ENUM('running', 'awaiting_confirmation', 'confirmed', 'completed', 'superseded');--> statement-breakpoint
CREATE TABLE "organization_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by" uuid NOT NULL,
	"reason" text NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"scope" "legal_hold_scope" NOT NULL,
	"target_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	"released_by" uuid,
	"release_reason" text,
	CONSTRAINT "legal_holds_reason_length" CHECK (char_length("legal_holds"."reason") >= 20),
	CONSTRAINT "legal_holds_release_complete" CHECK (("legal_holds"."released_at" is null) = ("legal_holds"."released_by" is null and "legal_holds"."release_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "retention_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"document" jsonb NOT NULL,
	"key_id" text NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_disposals" (
	"upload_id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"kind" "upload_kind" NOT NULL,
	"team_id" uuid NOT NULL,
	"accepted_at" timestamp with time zone NOT NULL,
	"disposed_at" timestamp with time zone NOT NULL,
	"data_key_ids" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_rules" (
	"organization_id" uuid NOT NULL,
	"kind" "upload_kind" NOT NULL,
	"keep_days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "retention_rules_pkey" PRIMARY KEY("organization_id","kind"),
	CONSTRAINT "retention_rules_keep_days_positive" CHECK ("retention_rules"."keep_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "retention_run_status" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"due_count" integer NOT NULL,
	"max_per_run" integer NOT NULL,
	"planned" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disposed_count" integer DEFAULT 0 NOT NULL,
	"reports_expired" integer DEFAULT 0 NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "storage_location" text;--> statement-breakpoint
ALTER TABLE "vault_objects" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "organization_closures" ADD CONSTRAINT "organization_closures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_closures" ADD CONSTRAINT "organization_closures_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_closures" ADD CONSTRAINT "organization_closures_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_certificates" ADD CONSTRAINT "retention_certificates_run_id_retention_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."retention_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_certificates" ADD CONSTRAINT "retention_certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_disposals" ADD CONSTRAINT "retention_disposals_run_id_retention_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."retention_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_rules" ADD CONSTRAINT "retention_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organization_closures_open_key" ON "organization_closures" USING btree ("organization_id") WHERE "organization_closures"."reopened_at" is null;--> statement-breakpoint
CREATE INDEX "organization_closures_org_idx" ON "organization_closures" USING btree ("organization_id","closed_at");--> statement-breakpoint
CREATE INDEX "legal_holds_active_target_idx" ON "legal_holds" USING btree ("target_id") WHERE "legal_holds"."released_at" is null;--> statement-breakpoint
CREATE INDEX "legal_holds_org_created_idx" ON "legal_holds" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "retention_certificates_run_key" ON "retention_certificates" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "retention_certificates_org_issued_idx" ON "retention_certificates" USING btree ("organization_id","issued_at");--> statement-breakpoint
CREATE INDEX "retention_disposals_run_idx" ON "retention_disposals" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "retention_runs_org_started_idx" ON "retention_runs" USING btree ("organization_id","started_at");