CREATE TABLE "organization_scan_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"allow_list" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organization_scan_settings_allow_list_size" CHECK (cardinality("organization_scan_settings"."allow_list") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "organization_scan_settings" ADD CONSTRAINT "organization_scan_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_scan_settings" ADD CONSTRAINT "organization_scan_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;