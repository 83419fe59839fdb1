-- Access-log retention (src/audit/prune.ts). Chained entries only: pending ones (seq null) are never touched. The log stays append-only for everyone: the only way to
-- delete entries is this function, which removes whole checkpoint intervals before a signed
-- checkpoint and nothing younger than a year, whatever the caller asks. It runs as the tables' owner
-- (SECURITY DEFINER) and lifts the append-only triggers for its own transaction only; the ALTER
-- TABLEs take an exclusive lock, so nothing is appended while entries are being removed.
CREATE FUNCTION audit_prune(cut bigint, older_than timestamptz) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  deleted bigint;
BEGIN
  IF older_than > now() - interval '365 days' THEN
    RAISE EXCEPTION 'audit_prune: entries younger than 365 days are never pruned';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM audit_checkpoints c JOIN audit_log l ON l.seq = c.seq AND l.hash = c.hash WHERE c.seq = cut
  ) THEN
    RAISE EXCEPTION 'audit_prune: seq % is not a signed checkpoint of the log', cut;
  END IF;
  IF EXISTS (SELECT 1 FROM audit_log WHERE seq < cut AND at >= older_than) THEN
    RAISE EXCEPTION 'audit_prune: entries before seq % are not all older than the cutoff', cut;
  END IF;
  ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
  ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_append_only;
  DELETE FROM audit_checkpoints WHERE seq < cut;
  DELETE FROM audit_log WHERE seq < cut;
  GET DIAGNOSTICS deleted = ROW_COUNT;
  ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
  ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_append_only;
  RETURN deleted;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit_prune(bigint, timestamptz) FROM PUBLIC;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'qa_vault_app') THEN
    GRANT EXECUTE ON FUNCTION audit_prune(bigint, timestamptz) TO qa_vault_app;
  END IF;
END;
$$;
