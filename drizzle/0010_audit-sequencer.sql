DROP INDEX "audit_log_org_seq_idx";--> statement-breakpoint
DROP INDEX "audit_log_actor_idx";--> statement-breakpoint
DROP INDEX "audit_log_target_idx";--> statement-breakpoint
DROP INDEX "audit_log_action_idx";--> statement-breakpoint
DROP INDEX "audit_log_team_idx";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "id" bigint PRIMARY KEY NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_idx" ON "audit_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_log_pending_idx" ON "audit_log" USING btree ("id") WHERE "audit_log"."seq" is null;--> statement-breakpoint
CREATE INDEX "audit_log_org_id_idx" ON "audit_log" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_id_idx" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "audit_log_team_id_idx" ON "audit_log" USING btree ("team_id","id");;--> statement-breakpoint
-- Requests insert entries unchained; the sequencer (src/audit/sequencer.ts) sets seq, prev_hash and
-- hash once, in transactions that hold its advisory lock ("auditseq"). This trigger replaces the
-- blanket UPDATE ban of 0003 on audit_log with exactly that exception (docs/access-log.md).
CREATE FUNCTION audit_log_guard_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL THEN
      RAISE EXCEPTION 'audit_log is append-only: entries are inserted unchained, only the sequencer links them'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.seq IS NOT NULL OR NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL
     OR (to_jsonb(NEW) - 'seq' - 'prev_hash' - 'hash') IS DISTINCT FROM (to_jsonb(OLD) - 'seq' - 'prev_hash' - 'hash') THEN
    RAISE EXCEPTION 'audit_log is append-only: UPDATE refused (only the sequencer sets an entry''s chain columns, once)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Once per statement, not per row: pg_locks is a snapshot of the whole lock table.
CREATE FUNCTION audit_log_guard_sequencer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT FROM pg_locks
    WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
      AND classid = 1635083369 AND objid = 1953719665 AND objsubid = 1
  ) THEN
    RAISE EXCEPTION 'audit_log is append-only: UPDATE refused (only the sequencer, holding its lock, links entries)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Same name as before, now for DELETE only: retention (audit_prune) lifts this trigger by name.
DROP TRIGGER audit_log_append_only ON audit_log;--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_forbid_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_chain_once BEFORE INSERT OR UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard_row();
--> statement-breakpoint
CREATE TRIGGER audit_log_sequencer_only BEFORE UPDATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard_sequencer();
--> statement-breakpoint
-- The application role may set the chain columns and nothing else (the triggers narrow it further).
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'qa_vault_app') THEN
    GRANT UPDATE (seq, prev_hash, hash) ON audit_log TO qa_vault_app;
  END IF;
END;
$$;
