-- Publishing to millions of enterprises inserts hundreds of thousands of notices at once, and each
-- index on policy_notices is maintained per row. The inbox reads (uscc = ?, newest first, a few
-- hundred rows at most per enterprise) are served by the UNIQUE (uscc, draft_id) index's uscc
-- prefix followed by a small sort, so the separate (uscc, id DESC) index only cost inserts.
DROP INDEX IF EXISTS policy_notices_inbox_idx;
