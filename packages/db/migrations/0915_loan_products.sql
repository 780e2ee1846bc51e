-- 贷款产品 (issue 14): what a financial institution offers — amount range in fen, annual rate as an exact
-- decimal, term range, the 担保方式 it accepts, and eligibility conditions written in the rules language
-- ([{ "id", "label": { "zh", "en" }, "when", "cite" }], checked against the fact schema when defined,
-- evaluated by the rules engine, never executed as code). A product row is never changed; a withdrawal is
-- its own row. (Numbered before the credit tables of 0940: it references only tables of 0001.)
CREATE TABLE loan_products (
  product_id text PRIMARY KEY,
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  name text NOT NULL CHECK (btrim(name) <> ''),
  description text NOT NULL,
  min_amount_fen bigint NOT NULL CHECK (min_amount_fen > 0),
  max_amount_fen bigint NOT NULL CHECK (max_amount_fen >= min_amount_fen),
  annual_rate_percent text NOT NULL CHECK (annual_rate_percent ~ '^[0-9]{1,2}(\.[0-9]{1,4})?$'),
  min_term_months integer NOT NULL CHECK (min_term_months >= 1),
  max_term_months integer NOT NULL CHECK (max_term_months >= min_term_months),
  collateral jsonb NOT NULL,
  conditions jsonb NOT NULL,
  defined_at timestamptz NOT NULL,
  defined_by text NOT NULL REFERENCES users (id)
);
CREATE INDEX loan_products_institution_idx ON loan_products (institution_id, defined_at DESC);

CREATE TABLE loan_product_withdrawals (
  product_id text PRIMARY KEY REFERENCES loan_products (product_id),
  withdrawn_at timestamptz NOT NULL,
  withdrawn_by text NOT NULL REFERENCES users (id)
);
