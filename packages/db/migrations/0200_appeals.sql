-- 企业诉求 appeals: an append-only action log (the truth) and a case projection for queries,
-- written in the same transaction (ADR 0002). Attachments keep their bytes in the database.

CREATE TABLE appeal_cases (
  case_id text PRIMARY KEY,
  tracking_number text NOT NULL UNIQUE CHECK (tracking_number ~ '^[A-Z]{2,4}[0-9]{15}$'),
  -- Idempotent submission: the submitter's scope (user id, or 'anonymous:<client>') and its key.
  submitter_scope text NOT NULL,
  idempotency_key text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  jurisdiction text NOT NULL,
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  is_anonymous boolean NOT NULL,
  reporter_user_id text,
  reporter_uscc text,
  owner_department text NOT NULL,
  lead_department text,
  co_handlers text[] NOT NULL DEFAULT '{}',
  -- Every department a dispatch or transfer ever named (for "dispatched to me" queries).
  assigned_ever text[] NOT NULL DEFAULT '{}',
  title text NOT NULL,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  closed_at timestamptz,
  -- Earliest running due instant (null: none running or unknown), for the supervision list.
  next_due_at timestamptz,
  is_paused boolean NOT NULL DEFAULT false,
  -- Number of actions in the log: the optimistic-concurrency version.
  version integer NOT NULL CHECK (version >= 1),
  UNIQUE (submitter_scope, idempotency_key)
);
CREATE INDEX appeal_cases_reporter_user_idx ON appeal_cases (reporter_user_id);
CREATE INDEX appeal_cases_reporter_uscc_idx ON appeal_cases (reporter_uscc);
CREATE INDEX appeal_cases_owner_idx ON appeal_cases (owner_department);
CREATE INDEX appeal_cases_lead_idx ON appeal_cases (lead_department);
CREATE INDEX appeal_cases_submitted_idx ON appeal_cases (submitted_at);
CREATE INDEX appeal_cases_next_due_idx ON appeal_cases (next_due_at) WHERE closed_at IS NULL;

CREATE TABLE appeal_actions (
  case_id text NOT NULL REFERENCES appeal_cases (case_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  occurred_at timestamptz NOT NULL,
  -- The action time exactly as the domain stored it (ISO with offset).
  at_text text NOT NULL,
  actor jsonb NOT NULL,
  actor_user_id text NOT NULL,
  payload jsonb NOT NULL,
  computed jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (case_id, seq),
  UNIQUE (case_id, action_id)
);

-- Day sequence of tracking numbers per prefix (SZ + date + sequence + check digit).
CREATE TABLE appeal_tracking_sequences (
  prefix text NOT NULL,
  day date NOT NULL,
  last_value integer NOT NULL,
  PRIMARY KEY (prefix, day)
);

-- 附件: uploaded before submission (case_id null) or to a case; never executed, served as attachment.
CREATE TABLE appeal_attachments (
  id text PRIMARY KEY,
  case_id text REFERENCES appeal_cases (case_id),
  uploaded_by text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX appeal_attachments_case_idx ON appeal_attachments (case_id);
