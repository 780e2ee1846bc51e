-- Policy notices (政策推送消息): one per (enterprise, published policy version), whatever how often the
-- matching job runs; ELIGIBLE ("you qualify") or UNKNOWN ("we need X to tell": missing facts listed).
CREATE TABLE policy_notices (
  id bigserial PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  draft_id text NOT NULL REFERENCES policy_drafts (id),
  kind text NOT NULL CHECK (kind IN ('ELIGIBLE', 'UNKNOWN')),
  missing text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL,
  read_at timestamptz,
  UNIQUE (uscc, draft_id)
);

CREATE INDEX policy_notices_inbox_idx ON policy_notices (uscc, id DESC);
