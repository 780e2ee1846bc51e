-- Enterprise accounts (issue 13, item 4): sign-in through the city's unified identity service
-- (OpenID Connect), self-registration bound to a uscc, and each enterprise's own administrator.

-- 法定代表人姓名: optional registry column (filled by data intake, header `legal_representative`);
-- a self-registration naming the same person is confirmed without a bureau officer. Adding a
-- column leaves the statement-level change-queue triggers of 0630 as they are: they queue the
-- uscc of every inserted or updated row, whichever columns changed.
ALTER TABLE enterprises ADD COLUMN legal_representative_name text
  CHECK (legal_representative_name IS NULL OR length(btrim(legal_representative_name)) > 0);
ALTER TABLE enterprise_versions ADD COLUMN legal_representative_name text;

-- 企业管理员: the enterprise user who manages the enterprise's staff accounts (the first user).
CREATE TABLE enterprise_administrators (
  user_id text PRIMARY KEY REFERENCES users (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  since timestamptz NOT NULL
);
CREATE INDEX enterprise_administrators_uscc_idx ON enterprise_administrators (uscc);

-- 统一身份认证: one enterprise user per (identity provider, subject, enterprise acted for).
CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  user_id text NOT NULL UNIQUE REFERENCES users (id),
  created_at timestamptz NOT NULL,
  last_sign_in_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, subject, uscc)
);

-- A sign-in in progress: the sha256 of its state, the PKCE verifier and the nonce; used once.
CREATE TABLE oidc_sign_in_attempts (
  state_hash text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_sign_in_attempts_expiry_idx ON oidc_sign_in_attempts (expires_at);

-- 企业注册申请: a self-registration without an identity service, confirmed by the legal
-- representative's name in the registry or by a bureau officer.
CREATE TABLE enterprise_registrations (
  id text PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
  legal_representative_name text NOT NULL CHECK (length(btrim(legal_representative_name)) > 0),
  password_hash text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
  confirmed_by text CHECK (confirmed_by IN ('LEGAL_REPRESENTATIVE_MATCH', 'BUREAU')),
  decided_by_user_id text REFERENCES users (id),
  decided_at timestamptz,
  decision_note text,
  user_id text REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK ((status = 'CONFIRMED') = (confirmed_by IS NOT NULL AND user_id IS NOT NULL)),
  CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE UNIQUE INDEX enterprise_registrations_pending_username_idx ON enterprise_registrations (username) WHERE status = 'PENDING';
CREATE INDEX enterprise_registrations_status_idx ON enterprise_registrations (status, created_at);
