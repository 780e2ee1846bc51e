-- Search officials use at city scale (issue 22): pages by key in name order, tag filters, and
-- name search by any part of the name. Name contains uses a trigram index where the pg_trgm
-- extension can be created (PostgreSQL: a trusted extension, in contrib); where it cannot
-- (PGlite without the extension loaded) the migration still runs and the search scans.
CREATE INDEX enterprises_name_uscc_idx ON enterprises (name, uscc);
CREATE INDEX enterprises_tags_idx ON enterprises USING gin (tags);

DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm unavailable (%): name search without a trigram index', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX enterprises_name_trgm_idx ON enterprises USING gin (name gin_trgm_ops)';
  END IF;
END $$;
