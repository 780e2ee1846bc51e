-- 优质中小企业梯度培育 (issue 17): recognition rounds, applications as an append-only action log (the
-- truth) with a projection for lists written in the same transaction (as appeals, ADR 0002), the
-- experts' registry and the applications' attachments. Dates are Beijing plain dates as text.
-- On recognition the qualification is written as a QUALIFICATIONS department fact through an intake
-- batch of the recognising department (0712/0713): the same path certificates feed the rules by.

CREATE TABLE cultivation_rounds (
  round_id text PRIMARY KEY,
  tier text NOT NULL CHECK (tier IN ('INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  title text NOT NULL,
  deadline text NOT NULL CHECK (deadline ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
  required_attachments text[] NOT NULL,
  publicity_working_days integer NOT NULL CHECK (publicity_working_days BETWEEN 1 AND 60),
  pass_mark integer NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
  aggregation text NOT NULL CHECK (aggregation IN ('MEAN', 'MEDIAN', 'TRIMMED_MEAN')),
  experts_per_application integer NOT NULL CHECK (experts_per_application BETWEEN 2 AND 15),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX cultivation_rounds_year_idx ON cultivation_rounds (year DESC, tier);

CREATE TABLE cultivation_applications (
  application_id text PRIMARY KEY,
  round_id text NOT NULL REFERENCES cultivation_rounds (round_id),
  tier text NOT NULL,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  enterprise_name text NOT NULL,
  district text NOT NULL,
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  publicity_from text,
  publicity_until text,
  certificate_number text,
  valid_from text,
  valid_until text,
  -- Number of actions in the log: the optimistic-concurrency version.
  version integer NOT NULL CHECK (version >= 1)
);
-- One live application per enterprise and round (the domain refuses it first; this stops a race).
CREATE UNIQUE INDEX cultivation_applications_live_idx ON cultivation_applications (round_id, uscc)
  WHERE status NOT IN ('REJECTED', 'WITHDRAWN', 'NOT_RENEWED', 'REVOKED');
CREATE INDEX cultivation_applications_uscc_idx ON cultivation_applications (uscc);
CREATE INDEX cultivation_applications_district_idx ON cultivation_applications (district, status);
CREATE INDEX cultivation_applications_publicity_idx ON cultivation_applications (publicity_until) WHERE status = 'IN_PUBLICITY';

CREATE TABLE cultivation_actions (
  application_id text NOT NULL REFERENCES cultivation_applications (application_id),
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
  PRIMARY KEY (application_id, seq),
  UNIQUE (application_id, action_id)
);

-- 评审专家库: fields (industry sections of GB/T 4754) and declared conflicts of interest (USCCs).
CREATE TABLE cultivation_experts (
  expert_id text PRIMARY KEY,
  name text NOT NULL,
  organisation text NOT NULL,
  fields text[] NOT NULL,
  conflicts text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE cultivation_attachments (
  attachment_id text PRIMARY KEY,
  uscc text NOT NULL,
  uploader_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('FINANCIAL_STATEMENTS', 'IP_CERTIFICATES', 'DECLARATION', 'OTHER')),
  name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX cultivation_attachments_uscc_idx ON cultivation_attachments (uscc, created_at);
