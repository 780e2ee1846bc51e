-- Facts departments deliver about enterprises beyond the registry (数据归集, issue 13 item 5):
-- 社保 insured headcount per month, 税务 纳税信用等级 per evaluation year. One current row per
-- (enterprise, kind, period) and every change appended to the versions, each written by an intake
-- batch (the batch gives the department and the time received). Only departments write them: an
-- enterprise cannot declare these facts, so there is no precedence to settle (docs/intake.md).
CREATE TABLE department_facts (
  uscc text NOT NULL REFERENCES enterprises (uscc),
  kind text NOT NULL CHECK (kind IN ('SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING')),
  -- YYYY (a year) or YYYY-MM (a month), as the kind says
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'),
  value jsonb NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  intake_batch_id text NOT NULL REFERENCES intake_batches (id) DEFERRABLE INITIALLY DEFERRED,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (uscc, kind, period)
);

CREATE TABLE department_fact_versions (
  id bigserial PRIMARY KEY,
  uscc text NOT NULL,
  kind text NOT NULL,
  period text NOT NULL,
  version integer NOT NULL,
  value jsonb NOT NULL,
  intake_batch_id text NOT NULL,
  valid_from timestamptz NOT NULL,
  UNIQUE (uscc, kind, period, version)
);
