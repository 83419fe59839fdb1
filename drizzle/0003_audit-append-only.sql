-- The access log and its checkpoints are append-only. The trigger holds for every role that does not
-- own the table or disable triggers — including the single superuser of embedded PGlite, which has
-- no role separation to lean on. On a PostgreSQL server the application additionally runs as
-- qa_vault_app, which is never granted UPDATE, DELETE or TRUNCATE on these tables (README "Access log").
-- A superuser can still disable triggers; `qa-vault audit verify` is what detects that kind of edit.
CREATE FUNCTION audit_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_forbid_change();
--> statement-breakpoint
-- Roles belong to the whole cluster, so several databases (test runs, staging next to production)
-- may race to create it; a managed service may also not let the migrating role create roles, in
-- which case an operator creates it and re-runs these grants (README "Access log").
DO $$
BEGIN
  BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qa_vault_app') THEN
      CREATE ROLE qa_vault_app NOLOGIN;
    END IF;
  EXCEPTION
    WHEN duplicate_object OR unique_violation THEN NULL;
    WHEN insufficient_privilege THEN
      RAISE WARNING 'role qa_vault_app was not created: the migrating role lacks CREATEROLE';
      RETURN;
  END;
  GRANT USAGE ON SCHEMA public TO qa_vault_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO qa_vault_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO qa_vault_app;
  -- Tables later migrations create (as this same owner) get the ordinary grants automatically.
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO qa_vault_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO qa_vault_app;
  REVOKE ALL ON audit_log, audit_checkpoints FROM PUBLIC;
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints FROM qa_vault_app;
  GRANT SELECT, INSERT ON audit_log, audit_checkpoints TO qa_vault_app;
END;
$$;
