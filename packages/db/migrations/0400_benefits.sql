-- Benefits delivered (惠企政策兑现): special funds with annual budgets, applications and 免申即享
-- cases as append-only action logs, payment batches, bank return imports.

-- 专项资金: one row per fund and budget year. department_id reviews the policies it pays for.
CREATE TABLE benefit_funds (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  jurisdiction text NOT NULL REFERENCES jurisdictions (id),
  department_id text NOT NULL REFERENCES departments (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  budget_fen bigint NOT NULL CHECK (budget_fen >= 0),
  created_at timestamptz NOT NULL
);

-- Which fund pays a policy (a policy draws from one fund), with its per-policy settings:
-- cap_param: rules parameter giving the per-enterprise cap; notice_working_days: 公示 period (0 = none);
-- review_working_days: time limit from 受理 to decision; expense_kind: what the expense reference names.
CREATE TABLE benefit_fund_policies (
  policy_id text PRIMARY KEY CHECK (policy_id ~ '^[a-z0-9][a-z0-9-]*$'),
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  channel text NOT NULL CHECK (channel IN ('ONLINE_APPLICATION', 'NO_APPLICATION')),
  cap_param text,
  notice_working_days integer NOT NULL DEFAULT 0 CHECK (notice_working_days BETWEEN 0 AND 60),
  review_working_days integer NOT NULL DEFAULT 20 CHECK (review_working_days BETWEEN 1 AND 120),
  expense_kind text
);
CREATE INDEX benefit_fund_policies_fund_idx ON benefit_fund_policies (fund_id);

-- Officers who may prepare payment batches and import bank return files (财务拨付).
CREATE TABLE benefit_finance_officers (
  user_id text PRIMARY KEY REFERENCES users (id),
  granted_at timestamptz NOT NULL
);

-- Data shared by other bodies for 数据比对 (e.g. the guarantee institution's records), per enterprise and policy.
CREATE TABLE benefit_shared_facts (
  uscc text NOT NULL REFERENCES enterprises (uscc),
  policy_id text NOT NULL,
  facts jsonb NOT NULL,
  source text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (uscc, policy_id)
);

-- One case per application or 免申即享 listing. status/amount are derived from benefit_actions
-- and kept here for queries; the log is the truth.
CREATE TABLE benefit_cases (
  id text PRIMARY KEY,
  tracking_number text NOT NULL UNIQUE,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  policy_id text NOT NULL REFERENCES benefit_fund_policies (policy_id),
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  channel text NOT NULL CHECK (channel IN ('ONLINE_APPLICATION', 'NO_APPLICATION')),
  status text NOT NULL,
  request_key text,
  expense_key text,
  form jsonb NOT NULL,
  facts jsonb NOT NULL,
  evaluation jsonb NOT NULL,
  size_class text,
  district text NOT NULL,
  amount_fen bigint,
  decision jsonb,
  due_on date,
  version integer NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (uscc, request_key)
);
CREATE INDEX benefit_cases_policy_idx ON benefit_cases (policy_id, status);
CREATE INDEX benefit_cases_uscc_idx ON benefit_cases (uscc);
CREATE INDEX benefit_cases_expense_idx ON benefit_cases (expense_key);
-- 免申即享: one listing per enterprise and policy.
CREATE UNIQUE INDEX benefit_cases_listing_uniq ON benefit_cases (uscc, policy_id) WHERE channel = 'NO_APPLICATION';

CREATE TABLE benefit_actions (
  case_id text NOT NULL REFERENCES benefit_cases (id),
  seq integer NOT NULL CHECK (seq >= 1),
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  at timestamptz NOT NULL,
  on_day date NOT NULL,
  actor_role text NOT NULL,
  actor_user_id text REFERENCES users (id),
  payload jsonb NOT NULL,
  PRIMARY KEY (case_id, seq)
);

CREATE TABLE benefit_attachments (
  id text PRIMARY KEY,
  case_id text NOT NULL REFERENCES benefit_cases (id),
  file_name text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text REFERENCES users (id),
  uploaded_at timestamptz NOT NULL
);
CREATE INDEX benefit_attachments_case_idx ON benefit_attachments (case_id);

CREATE TABLE benefit_payment_batches (
  id text PRIMARY KEY,
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  created_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  line_count integer NOT NULL,
  total_fen bigint NOT NULL
);

-- One payment per case, ever: a failed payment is retried by re-batching the same row.
CREATE TABLE benefit_payments (
  id text PRIMARY KEY,
  case_id text NOT NULL UNIQUE REFERENCES benefit_cases (id),
  batch_id text NOT NULL REFERENCES benefit_payment_batches (id),
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  payee_name text NOT NULL,
  account_number text NOT NULL,
  bank_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
  bank_reference text,
  failure_reason text,
  settled_on date,
  updated_at timestamptz NOT NULL
);
CREATE INDEX benefit_payments_batch_idx ON benefit_payments (batch_id);

-- Imported bank return files, by content hash: importing the same file twice changes nothing.
CREATE TABLE benefit_bank_imports (
  sha256 text PRIMARY KEY,
  batch_id text NOT NULL REFERENCES benefit_payment_batches (id),
  imported_by text NOT NULL REFERENCES users (id),
  imported_at timestamptz NOT NULL,
  summary jsonb NOT NULL
);

CREATE SEQUENCE benefit_tracking_seq;
