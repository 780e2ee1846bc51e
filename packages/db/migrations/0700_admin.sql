-- Administration: the finance role (separation of duties), the account and department lifecycle
-- an administrator runs, and API tokens of department systems scoped to one department and to the
-- intake kinds it may submit, with an expiry.

-- 财务拨付人员 is its own role: payment batches and bank returns, nothing else. Like the other
-- roles without an organisation it carries no department (users_check1 stays as it is).
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE'));

-- Forced password change at next login (set by an administrator's reset); system accounts are the
-- principals of department-system tokens and never log in with a password.
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN is_system boolean NOT NULL DEFAULT false;

-- 上级部门 and deactivation. A department's district scope is its jurisdiction column.
ALTER TABLE departments ADD COLUMN parent_id text REFERENCES departments (id);
ALTER TABLE departments ADD COLUMN deactivated_at timestamptz;
ALTER TABLE departments ADD CONSTRAINT departments_parent_not_self CHECK (parent_id IS NULL OR parent_id <> id);

-- Token scope. department_id NULL: a personal token of its user (as before), no intake kinds.
ALTER TABLE api_tokens ADD COLUMN department_id text REFERENCES departments (id);
ALTER TABLE api_tokens ADD COLUMN intake_kinds text[] NOT NULL DEFAULT '{}';
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
ALTER TABLE api_tokens ADD COLUMN created_by text REFERENCES users (id);
ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_scope_check CHECK (department_id IS NOT NULL OR cardinality(intake_kinds) = 0);
CREATE INDEX api_tokens_department_idx ON api_tokens (department_id) WHERE department_id IS NOT NULL;
