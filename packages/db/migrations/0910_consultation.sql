-- 征求意见 public consultation: an append-only action log (the truth) and a projection for lists,
-- written in the same transaction (as appeals, ADR 0002). Dates are Beijing plain dates as text.

CREATE TABLE consultations (
  consultation_id text PRIMARY KEY,
  work_id text NOT NULL,
  version_id text NOT NULL,
  draft_kind text NOT NULL CHECK (draft_kind ~ '^[A-Z][A-Z_]*$'),
  title text NOT NULL,
  issuing_body text NOT NULL,
  owner_department text NOT NULL,
  jurisdiction text NOT NULL,
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  start_date text NOT NULL CHECK (start_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  end_date text NOT NULL CHECK (end_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  published_at timestamptz,
  comment_count integer NOT NULL DEFAULT 0,
  -- Number of actions in the log: the optimistic-concurrency version.
  version integer NOT NULL CHECK (version >= 1)
);
CREATE INDEX consultations_work_idx ON consultations (work_id, version_id);
CREATE INDEX consultations_owner_idx ON consultations (owner_department);
CREATE INDEX consultations_open_end_idx ON consultations (end_date) WHERE status = 'OPEN';

CREATE TABLE consultation_actions (
  consultation_id text NOT NULL REFERENCES consultations (consultation_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  occurred_at timestamptz NOT NULL,
  at_text text NOT NULL,
  actor jsonb NOT NULL,
  actor_id text NOT NULL,
  payload jsonb NOT NULL,
  computed jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (consultation_id, seq),
  UNIQUE (consultation_id, action_id)
);
CREATE INDEX consultation_actions_actor_idx ON consultation_actions (actor_id, occurred_at);

-- Verified contacts of members of the public: a code sent by e-mail or SMS, stored only as a hash.
CREATE TABLE consultation_contacts (
  contact_id text PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
  address text NOT NULL,
  display_name text NOT NULL,
  code_hash text NOT NULL,
  code_expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  verified_at timestamptz,
  token_hash text UNIQUE,
  created_at timestamptz NOT NULL
);
CREATE INDEX consultation_contacts_address_idx ON consultation_contacts (address, created_at);

-- Submissions and code requests per scope (account, contact or client address), for throttling.
CREATE TABLE consultation_rate_events (
  scope text NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX consultation_rate_events_idx ON consultation_rate_events (scope, kind, at);

CREATE TABLE consultation_attachments (
  attachment_id text PRIMARY KEY,
  consultation_id text NOT NULL REFERENCES consultations (consultation_id),
  uploader_id text NOT NULL,
  name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL
);
