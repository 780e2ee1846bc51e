-- 授权—核验—使用 (深圳经济特区中小企业发展促进条例 第六十七条): consents an enterprise grants a financial
-- institution, their revocations, and the access log of every read (allowed or refused).
-- A consent row is never updated: a revocation is its own row (at most one per consent).

CREATE TABLE credit_consents (
  consent_id text PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  -- [{ "scope": "REGISTRY_PROFILE", "access": "FULL" | "VERIFY_ONLY" }, …]
  scopes jsonb NOT NULL,
  -- { "kind": "FINANCING_DEMAND", "demandId": …, "text": … } | { "kind": "PRODUCT", "productName": …, "text": … }
  purpose jsonb NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL CHECK (end_date >= start_date),
  starts_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > starts_at),
  granted_at timestamptz NOT NULL,
  granted_by text NOT NULL REFERENCES users (id),
  -- SHA-256 of the canonical receipt body (授权证明): a presented receipt is checked against it.
  digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$')
);
CREATE INDEX credit_consents_pair_idx ON credit_consents (institution_id, uscc);
CREATE INDEX credit_consents_enterprise_idx ON credit_consents (uscc, granted_at DESC, consent_id DESC);
CREATE INDEX credit_consents_institution_idx ON credit_consents (institution_id, granted_at DESC, consent_id DESC);

CREATE TABLE credit_consent_revocations (
  consent_id text PRIMARY KEY REFERENCES credit_consents (consent_id),
  revoked_at timestamptz NOT NULL,
  revoked_by text NOT NULL REFERENCES users (id)
);

-- 使用记录: every read or verification question by an institution, allowed or refused, kept with who,
-- when, which scopes, which consent and purpose (深圳经济特区社会信用条例 第四十五条第二款).
-- Append-only; the uscc is the one asked about (no foreign key: a guessed code is logged too).
CREATE TABLE credit_access_log (
  entry_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  user_id text NOT NULL REFERENCES users (id),
  uscc text NOT NULL,
  consent_id text REFERENCES credit_consents (consent_id),
  action text NOT NULL CHECK (action IN ('READ', 'VERIFY')),
  scopes jsonb NOT NULL,
  purpose_text text,
  outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'REFUSED')),
  reason text CHECK (reason ~ '^[A-Z][A-Z_]*$'),
  question jsonb,
  answer text CHECK (answer IN ('YES', 'NO', 'UNKNOWN')),
  CHECK ((outcome = 'REFUSED') = (reason IS NOT NULL))
);
CREATE INDEX credit_access_log_enterprise_idx ON credit_access_log (uscc, entry_id DESC);
CREATE INDEX credit_access_log_institution_idx ON credit_access_log (institution_id, entry_id DESC);
CREATE INDEX credit_access_log_refused_idx ON credit_access_log (entry_id DESC) WHERE outcome = 'REFUSED';

-- 融资需求: an append-only action log (the truth) and its projection, written in one transaction.
CREATE TABLE financing_demands (
  demand_id text PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  term_months integer NOT NULL CHECK (term_months > 0),
  purpose text NOT NULL,
  collateral text NOT NULL CHECK (collateral ~ '^[A-Z][A-Z_]*$'),
  urgency text NOT NULL CHECK (urgency ~ '^[A-Z][A-Z_]*$'),
  taken_by text REFERENCES financial_institutions (id),
  published_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
CREATE INDEX financing_demands_enterprise_idx ON financing_demands (uscc, published_at DESC);
CREATE INDEX financing_demands_open_idx ON financing_demands (published_at DESC, demand_id) WHERE status = 'PUBLISHED';
CREATE INDEX financing_demands_taker_idx ON financing_demands (taken_by, updated_at DESC) WHERE taken_by IS NOT NULL;

CREATE TABLE financing_demand_actions (
  demand_id text NOT NULL REFERENCES financing_demands (demand_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (demand_id, seq),
  UNIQUE (demand_id, action_id)
);

-- 放款记录: one per demand that ended in a loan (the source of statistics and of the first-loan facts).
CREATE TABLE financing_loans (
  demand_id text PRIMARY KEY REFERENCES financing_demands (demand_id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  granted_amount_fen bigint NOT NULL CHECK (granted_amount_fen > 0),
  -- exact decimal percent as written by the bank, e.g. '3.45'
  annual_rate_percent text NOT NULL CHECK (annual_rate_percent ~ '^[0-9]{1,2}(\.[0-9]{1,4})?$'),
  term_months integer NOT NULL CHECK (term_months > 0),
  is_first_loan boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('CREDIT', 'SECURED')),
  granted_on date NOT NULL,
  recorded_at timestamptz NOT NULL
);
CREATE INDEX financing_loans_enterprise_idx ON financing_loans (uscc, granted_on);
