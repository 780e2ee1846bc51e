-- Huiqi core schema: jurisdictions, organisations, identities, enterprise registry (versioned), audit log.
-- Runs unchanged on PostgreSQL 15 and PGlite. Timestamps are written by the application (UTC, ms).

CREATE TABLE app_settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- 辖区: a tree of ids such as cn-gd-sz and cn-gd-sz-futian (a child id extends its parent's id).
CREATE TABLE jurisdictions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z]{2}(-[a-z0-9]+)*$'),
  parent_id text REFERENCES jurisdictions (id),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  CHECK (parent_id IS NULL OR id LIKE parent_id || '-%')
);

-- 部门: government departments, including the SME bureau.
CREATE TABLE departments (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  jurisdiction text NOT NULL REFERENCES jurisdictions (id),
  is_sme_bureau boolean NOT NULL DEFAULT false
);

-- 金融机构
CREATE TABLE financial_institutions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
  name_zh text NOT NULL,
  name_en text NOT NULL,
  jurisdiction text NOT NULL REFERENCES jurisdictions (id)
);

-- 企业档案: the current state; every change is also appended to enterprise_versions.
CREATE TABLE enterprises (
  uscc text PRIMARY KEY CHECK (uscc ~ '^[0-9A-HJ-NP-RTUW-Y]{18}$'),
  name text NOT NULL CHECK (length(name) > 0),
  registered_address text NOT NULL,
  district text NOT NULL REFERENCES jurisdictions (id),
  industry_code text NOT NULL CHECK (industry_code ~ '^[A-T]([0-9]{2}([0-9]{1,2})?)?$'),
  registration_date date NOT NULL,
  taxpayer_type text NOT NULL CHECK (taxpayer_type IN ('GENERAL', 'SMALL_SCALE')),
  is_individual_business boolean NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text
);
CREATE INDEX enterprises_district_idx ON enterprises (district);
CREATE INDEX enterprises_industry_idx ON enterprises (industry_code);
CREATE INDEX enterprises_name_idx ON enterprises (name);

CREATE TABLE enterprise_versions (
  id bigserial PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  version integer NOT NULL,
  valid_from timestamptz NOT NULL,
  actor_user_id text,
  change_kind text NOT NULL CHECK (change_kind IN ('CREATED', 'IMPORTED', 'UPDATED')),
  changed_fields text[] NOT NULL,
  name text NOT NULL,
  registered_address text NOT NULL,
  district text NOT NULL,
  industry_code text NOT NULL,
  registration_date date NOT NULL,
  taxpayer_type text NOT NULL,
  is_individual_business boolean NOT NULL,
  tags text[] NOT NULL,
  UNIQUE (uscc, version)
);
CREATE INDEX enterprise_versions_asof_idx ON enterprise_versions (uscc, valid_from);

-- 年度数据: current figures per year; every change is appended to enterprise_figure_versions.
CREATE TABLE enterprise_figures (
  uscc text NOT NULL REFERENCES enterprises (uscc),
  year integer NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  employees integer NOT NULL CHECK (employees >= 0),
  revenue_fen bigint NOT NULL,
  total_assets_fen bigint NOT NULL,
  rd_expense_fen bigint CHECK (rd_expense_fen IS NULL OR rd_expense_fen >= 0),
  main_business_revenue_fen bigint,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by text,
  PRIMARY KEY (uscc, year)
);

CREATE TABLE enterprise_figure_versions (
  id bigserial PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  year integer NOT NULL,
  version integer NOT NULL,
  valid_from timestamptz NOT NULL,
  actor_user_id text,
  change_kind text NOT NULL CHECK (change_kind IN ('CREATED', 'IMPORTED', 'UPDATED')),
  changed_fields text[] NOT NULL,
  employees integer NOT NULL,
  revenue_fen bigint NOT NULL,
  total_assets_fen bigint NOT NULL,
  rd_expense_fen bigint,
  main_business_revenue_fen bigint,
  UNIQUE (uscc, year, version)
);
CREATE INDEX enterprise_figure_versions_asof_idx ON enterprise_figure_versions (uscc, year, valid_from);

-- Identities. Demo users (known passwords) carry is_demo and may log in only in demo mode.
CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN')),
  jurisdiction text NOT NULL REFERENCES jurisdictions (id),
  uscc text REFERENCES enterprises (uscc),
  department_id text REFERENCES departments (id),
  institution_id text REFERENCES financial_institutions (id),
  password_hash text NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL,
  CHECK ((role = 'ENTERPRISE') = (uscc IS NOT NULL)),
  CHECK ((role IN ('SME_BUREAU', 'DEPARTMENT')) = (department_id IS NOT NULL)),
  CHECK ((role = 'FINANCIAL_INSTITUTION') = (institution_id IS NOT NULL))
);

-- Browser sessions: only the sha256 of the cookie value is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- API tokens for machine clients (Authorization: Bearer …), stored hashed.
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  prefix text NOT NULL,
  created_at timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Failed logins per normalised username, for rate limiting (known and unknown names alike).
CREATE TABLE login_failures (
  id bigserial PRIMARY KEY,
  username_key text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_failures_key_idx ON login_failures (username_key, at);

-- 审计日志: append-only, hash-chained. audit_chain_head holds the last seq and hash (one row);
-- appenders lock it, so the chain has no forks and a removed tail is detectable.
CREATE TABLE audit_events (
  seq bigint PRIMARY KEY,
  type text NOT NULL CHECK (type ~ '^[A-Z][A-Z0-9_]*$'),
  occurred_at timestamptz NOT NULL,
  actor_user_id text,
  subject text,
  payload jsonb NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject);

CREATE TABLE audit_chain_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
