-- Policy publication (政策发布): policies authored by department officials in the console, one row
-- per dated version, with an append-only action log. A version moves DRAFTED → SUBMITTED_FOR_REVIEW
-- → PUBLISHED (by a second official, not its author) → AMENDED (a later version was published) or
-- WITHDRAWN. Conditions are stored as the condition-language text the rules engine checks.
CREATE TABLE policy_drafts (
  id text PRIMARY KEY,
  policy_key text NOT NULL CHECK (policy_key ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
  version integer NOT NULL CHECK (version >= 1),
  title_zh text NOT NULL,
  title_en text NOT NULL,
  summary_zh text NOT NULL,
  summary_en text NOT NULL,
  department_id text NOT NULL REFERENCES departments (id),
  jurisdiction text NOT NULL REFERENCES jurisdictions (id),
  effective_from date NOT NULL,
  effective_until date,
  channel text NOT NULL CHECK (channel IN ('ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY')),
  topics text[] NOT NULL DEFAULT '{}',
  -- [{ id, labelZh, labelEn, when, cite }]: condition text in the rules engine's language, each tied to an article address.
  conditions jsonb NOT NULL CHECK (jsonb_typeof(conditions) = 'array'),
  status text NOT NULL CHECK (status IN ('DRAFTED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED', 'AMENDED', 'WITHDRAWN')),
  author_user_id text NOT NULL REFERENCES users (id),
  published_by_user_id text REFERENCES users (id),
  published_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (policy_key, version),
  CHECK (effective_until IS NULL OR effective_until >= effective_from),
  CHECK (status NOT IN ('PUBLISHED', 'AMENDED') OR (published_at IS NOT NULL AND published_by_user_id IS NOT NULL)),
  CHECK (published_by_user_id IS NULL OR published_by_user_id <> author_user_id)
);

CREATE INDEX policy_drafts_status_idx ON policy_drafts (status, department_id);

-- Every lifecycle step of a version, append-only (who, when, from which status to which).
CREATE TABLE policy_draft_actions (
  id bigserial PRIMARY KEY,
  draft_id text NOT NULL REFERENCES policy_drafts (id),
  action text NOT NULL CHECK (action IN ('DRAFTED', 'EDITED', 'SUBMITTED_FOR_REVIEW', 'RETURNED', 'PUBLISHED', 'AMENDED', 'WITHDRAWN')),
  from_status text,
  to_status text NOT NULL,
  actor_user_id text NOT NULL REFERENCES users (id),
  note text,
  at timestamptz NOT NULL
);

CREATE INDEX policy_draft_actions_draft_idx ON policy_draft_actions (draft_id, id);
