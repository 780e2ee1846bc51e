-- 双随机、一公开 inspections (issue 15): published inspection items (检查事项清单), departments'
-- inspector rosters (执法检查人员名录库) with declared conflicts, enterprises' risk grade and credit
-- class (检查对象名录库 strata), plans as append-only action logs with a folded projection, the
-- candidate list frozen when the seed's digest is published, the secret seed (public after the draw)
-- and the drawn targets with their inspectors.

-- One published (or draft) inspection item of a department. legal_basis: law addresses work@version#eId.
CREATE TABLE inspection_items (
  id text PRIMARY KEY CHECK (id ~ '^ii-[a-z0-9-]{8,64}$'),
  department_id text NOT NULL REFERENCES departments (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  legal_basis text[] NOT NULL CHECK (cardinality(legal_basis) >= 1),
  method text NOT NULL CHECK (method IN ('ON_SITE', 'IN_WRITING', 'REMOTE')),
  annual_cap integer NOT NULL CHECK (annual_cap BETWEEN 1 AND 366),
  published_at timestamptz,
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id)
);
CREATE INDEX inspection_items_department_idx ON inspection_items (department_id);

-- 执法检查人员名录库: one certified inspector of a department; conflicts: USCCs declared (回避).
CREATE TABLE inspection_inspectors (
  id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9-]{1,64}$'),
  department_id text NOT NULL REFERENCES departments (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  certificate_no text NOT NULL CHECK (length(certificate_no) BETWEEN 1 AND 64),
  user_id text REFERENCES users (id),
  conflicts text[] NOT NULL DEFAULT '{}',
  is_active boolean NOT NULL DEFAULT true
);
CREATE INDEX inspection_inspectors_department_idx ON inspection_inspectors (department_id);

-- 企业信用风险分类 (A low … D high) and credit class, as supplied by the market regulator.
CREATE TABLE inspection_risk_grades (
  uscc text PRIMARY KEY REFERENCES enterprises (uscc),
  risk_grade text NOT NULL CHECK (risk_grade IN ('A', 'B', 'C', 'D')),
  credit_class text,
  graded_on date NOT NULL
);
CREATE INDEX inspection_risk_grades_grade_idx ON inspection_risk_grades (risk_grade);

-- A plan's projection (folded from inspection_plan_actions; version = number of actions).
CREATE TABLE inspection_plans (
  id text PRIMARY KEY CHECK (id ~ '^ip-[a-z0-9-]{8,64}$'),
  department_id text NOT NULL REFERENCES departments (id),
  kind text NOT NULL CHECK (kind IN ('ANNUAL', 'AD_HOC')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  title text NOT NULL,
  status text NOT NULL CHECK (status IN ('DRAFT', 'SEED_COMMITTED', 'DRAWN', 'CLOSED', 'CANCELLED')),
  projection jsonb NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  updated_at timestamptz NOT NULL
);
CREATE INDEX inspection_plans_department_idx ON inspection_plans (department_id, year);

CREATE TABLE inspection_plan_actions (
  plan_id text NOT NULL REFERENCES inspection_plans (id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL,
  at_text text NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (plan_id, seq),
  UNIQUE (plan_id, action_id)
);

-- The candidate list, frozen when the seed digest is published (its digest is in the log).
CREATE TABLE inspection_plan_candidates (
  plan_id text NOT NULL REFERENCES inspection_plans (id),
  uscc text NOT NULL,
  stratum text NOT NULL,
  PRIMARY KEY (plan_id, uscc)
);

-- The seed: secret until the draw (the API shows it only once the plan log has DRAWN).
CREATE TABLE inspection_plan_seeds (
  plan_id text PRIMARY KEY REFERENCES inspection_plans (id),
  seed text NOT NULL CHECK (seed ~ '^[0-9a-f]{64}$')
);

-- A drawn target with its rank, digest and assigned inspectors ([{id, rank, digest}]).
CREATE TABLE inspection_targets (
  plan_id text NOT NULL REFERENCES inspection_plans (id),
  uscc text NOT NULL,
  stratum text NOT NULL,
  rank integer NOT NULL CHECK (rank >= 1),
  digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
  inspectors jsonb NOT NULL,
  PRIMARY KEY (plan_id, uscc)
);
CREATE INDEX inspection_targets_uscc_idx ON inspection_targets (uscc);
