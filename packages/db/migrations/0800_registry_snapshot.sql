-- The registry snapshot (issue 22): each API process keeps a columnar copy of the registry in
-- memory and follows the registry change queue (0630) to stay current. The queue loses its
-- entries once the re-match job has matched them, so it is mirrored into a log that nobody
-- consumes: one row per enterprise with the seq of its latest change (the same sequence), kept by
-- statement-level triggers on the queue itself. A snapshot reads the entries past the seq it has
-- applied. Bounded by the size of the registry (one row per enterprise).
CREATE TABLE registry_change_log (
  uscc text PRIMARY KEY,
  seq bigint NOT NULL
);
CREATE INDEX registry_change_log_seq_idx ON registry_change_log (seq);

CREATE FUNCTION log_registry_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registry_change_log (uscc, seq)
  SELECT q.uscc, q.seq FROM queued_rows q
  ON CONFLICT (uscc) DO UPDATE SET seq = GREATEST(registry_change_log.seq, EXCLUDED.seq);
  RETURN NULL;
END $$;

CREATE TRIGGER registry_changes_logged_inserted AFTER INSERT ON registry_changes
  REFERENCING NEW TABLE AS queued_rows FOR EACH STATEMENT EXECUTE FUNCTION log_registry_changes();
CREATE TRIGGER registry_changes_logged_updated AFTER UPDATE ON registry_changes
  REFERENCING NEW TABLE AS queued_rows FOR EACH STATEMENT EXECUTE FUNCTION log_registry_changes();
