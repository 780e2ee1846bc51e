-- Loan-loss risk compensation (风险补偿资金池; 深工信〔2023〕26号 第5项, 中小企业促进法 第九条): a bank registers
-- a loan it recorded in the financing marketplace in the pool; later it may file one claim for that loan
-- when it defaults; two SME-bureau officers approve it (双人复核) at the rule's amount, or one rejects it
-- with a reason; an approved claim is a payable line of its fund's benefit payment batch.
-- Numbered before the credit tables of 0940 and the vouchers of 0925: its foreign keys name only tables of
-- 0001 and 0400 (the loan's existence in financing_loans is checked by the API when it is registered).

-- 入池登记: one row per loan, never updated. The loan's terms are copied from financing_loans as registered.
CREATE TABLE risk_pool_loans (
  demand_id text PRIMARY KEY,
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  principal_fen bigint NOT NULL CHECK (principal_fen > 0),
  granted_on date NOT NULL,
  registered_on date NOT NULL CHECK (registered_on >= granted_on),
  registered_at timestamptz NOT NULL,
  registered_by text NOT NULL
);
CREATE INDEX risk_pool_loans_institution_idx ON risk_pool_loans (institution_id, registered_at DESC, demand_id);
CREATE INDEX risk_pool_loans_enterprise_idx ON risk_pool_loans (uscc, registered_at DESC);

-- 补偿申请: the projection of each claim's log. UNIQUE (demand_id): one claim per registered loan, ever.
CREATE TABLE risk_claims (
  claim_id text PRIMARY KEY,
  demand_id text NOT NULL UNIQUE REFERENCES risk_pool_loans (demand_id),
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  fund_id text REFERENCES benefit_funds (id),
  amount_fen bigint CHECK (amount_fen > 0),
  filed_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
CREATE INDEX risk_claims_institution_idx ON risk_claims (institution_id, updated_at DESC, claim_id);
CREATE INDEX risk_claims_enterprise_idx ON risk_claims (uscc, updated_at DESC, claim_id);
CREATE INDEX risk_claims_status_idx ON risk_claims (status, updated_at DESC, claim_id);
CREATE INDEX risk_claims_fund_idx ON risk_claims (fund_id, status);

CREATE TABLE risk_claim_actions (
  claim_id text NOT NULL REFERENCES risk_claims (claim_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (claim_id, seq),
  UNIQUE (claim_id, action_id)
);

-- 拨付: an approved claim's payable line in a benefit payment batch of its fund, for the bank's account. Kept
-- beside benefit_payments (whose one-payable check of 0925 this migration cannot change) with the same
-- columns; the batch's export, bank returns and counts read both (packages/db/src/benefits/benefit-payments.ts).
-- One line per claim, ever: a failed line moves to the fund's next batch.
CREATE TABLE risk_claim_payments (
  id text PRIMARY KEY,
  claim_id text NOT NULL UNIQUE REFERENCES risk_claims (claim_id),
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
CREATE INDEX risk_claim_payments_batch_idx ON risk_claim_payments (batch_id);
