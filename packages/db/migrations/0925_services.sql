-- Public service system (公共服务体系): registered service providers and service/innovation vouchers
-- (深圳 第十四—十七条; 湖南 第二十七条; 上海 第十一—十二条; 青岛 第五十七条). Providers and vouchers are
-- append-only action logs (the truth) with a projection row, written in one transaction.

-- 服务机构: a provider is an organisation of the registry (its account is the enterprise account of its uscc).
CREATE TABLE service_providers (
  provider_id text PRIMARY KEY,
  uscc text NOT NULL UNIQUE REFERENCES enterprises (uscc),
  name text NOT NULL,
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  -- ["IP_PROTECTION", …]
  categories jsonb NOT NULL,
  rating_score integer CHECK (rating_score BETWEEN 1 AND 5),
  registered_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
CREATE INDEX service_providers_status_idx ON service_providers (status, name, provider_id);

CREATE TABLE service_provider_actions (
  provider_id text NOT NULL REFERENCES service_providers (provider_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (provider_id, seq),
  UNIQUE (provider_id, action_id)
);

-- 服务券/创新券项目: the terms copied onto each voucher at issue; the budget; the fund whose payment
-- batches settle redeemed vouchers (benefit_payment_batches).
CREATE TABLE voucher_programmes (
  programme_id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('SERVICE', 'INNOVATION')),
  name text NOT NULL,
  description text NOT NULL,
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  valid_from date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= valid_from),
  categories jsonb NOT NULL,
  eligibility_policy_id text,
  budget_fen bigint NOT NULL CHECK (budget_fen >= amount_fen),
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  created_by text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL
);

CREATE TABLE vouchers (
  voucher_id text PRIMARY KEY,
  programme_id text NOT NULL REFERENCES voucher_programmes (programme_id),
  code text NOT NULL UNIQUE,
  status text NOT NULL CHECK (status ~ '^[A-Z][A-Z_]*$'),
  amount_fen bigint NOT NULL CHECK (amount_fen > 0),
  valid_until date NOT NULL,
  holder_uscc text REFERENCES enterprises (uscc),
  provider_id text REFERENCES service_providers (provider_id),
  payable_fen bigint CHECK (payable_fen > 0),
  issued_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
-- One voucher of a programme per enterprise (a concurrent second claim fails here).
CREATE UNIQUE INDEX vouchers_one_per_enterprise ON vouchers (programme_id, holder_uscc) WHERE holder_uscc IS NOT NULL;
CREATE INDEX vouchers_programme_idx ON vouchers (programme_id, status);
CREATE INDEX vouchers_holder_idx ON vouchers (holder_uscc) WHERE holder_uscc IS NOT NULL;
CREATE INDEX vouchers_provider_idx ON vouchers (provider_id, status) WHERE provider_id IS NOT NULL;
CREATE INDEX vouchers_expiry_idx ON vouchers (valid_until, voucher_id) WHERE status IN ('ISSUED', 'CLAIMED');

CREATE TABLE voucher_actions (
  voucher_id text NOT NULL REFERENCES vouchers (voucher_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z_]*$'),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (voucher_id, seq),
  UNIQUE (voucher_id, action_id)
);

-- Settlement (结算) through the benefits payment batches: a redeemed voucher is a payable line of a
-- benefit_payment_batches batch, in benefit_payments, for the provider's account. A line is either a
-- benefit case's payment or a voucher's (never both); one line per voucher, ever.
ALTER TABLE benefit_payments ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE benefit_payments ADD COLUMN voucher_id text UNIQUE REFERENCES vouchers (voucher_id);
ALTER TABLE benefit_payments ADD CONSTRAINT benefit_payments_one_payable CHECK ((case_id IS NULL) <> (voucher_id IS NULL));
