-- Re-matching after registry changes, event-driven. Every insert or update of an enterprise's
-- profile or figures queues its uscc; statement-level triggers over transition tables make a bulk
-- load one upsert per statement, not one per row. The re-match job takes the queue in seq order
-- and, in the statement that writes its notices and watermarks, deletes the entries it matched
-- where seq is unchanged: a change that arrives during the match bumps seq and stays queued.
-- Replaces comparing every enterprise's registry stamp with its watermark on each run (a full scan).
CREATE SEQUENCE registry_change_seq;

CREATE TABLE registry_changes (
  uscc text PRIMARY KEY REFERENCES enterprises (uscc) ON DELETE CASCADE,
  seq bigint NOT NULL
);
CREATE INDEX registry_changes_seq_idx ON registry_changes (seq);

CREATE FUNCTION queue_registry_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO registry_changes (uscc, seq)
  SELECT c.uscc, nextval('registry_change_seq') FROM (SELECT DISTINCT uscc FROM changed_rows) c
  ON CONFLICT (uscc) DO UPDATE SET seq = EXCLUDED.seq;
  RETURN NULL;
END $$;

-- A trigger with a transition table has one event: two per table.
CREATE TRIGGER enterprises_queue_inserted AFTER INSERT ON enterprises
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_registry_changes();
CREATE TRIGGER enterprises_queue_updated AFTER UPDATE ON enterprises
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_registry_changes();
CREATE TRIGGER enterprise_figures_queue_inserted AFTER INSERT ON enterprise_figures
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_registry_changes();
CREATE TRIGGER enterprise_figures_queue_updated AFTER UPDATE ON enterprise_figures
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION queue_registry_changes();

-- What the scan would find today: enterprises never matched, or changed since their watermark.
INSERT INTO registry_changes (uscc, seq)
SELECT e.uscc, nextval('registry_change_seq')
FROM enterprises e LEFT JOIN publication_match_watermarks w ON w.uscc = e.uscc
WHERE w.registry_stamp IS DISTINCT FROM e.version::text || '/' || COALESCE((SELECT string_agg(f.year::text || ':' || f.version::text, ',' ORDER BY f.year) FROM enterprise_figures f WHERE f.uscc = e.uscc), '')
ORDER BY e.uscc;
