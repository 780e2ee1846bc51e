-- 政府采购 procurement (issue 8): a department's annual projects with their reserved share, bid
-- evaluations as stored decisions, suppliers' 中小企业声明函, and award notices. Each evaluation and
-- declaration keeps its input and its full result with the date, so the decision reproduces later.

-- One project of a department's annual procurement plan (采购人 = the department).
-- reservation: how the SME share is reserved, as entered ({method, reservedFor | lots | smeShare …});
-- reserved_fen / small_micro_fen are what it guarantees, computed by the procurement rules on write.
CREATE TABLE procurement_projects (
  id text PRIMARY KEY CHECK (id ~ '^pp-[a-z0-9-]{8,64}$'),
  department_id text NOT NULL REFERENCES departments (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  category text NOT NULL CHECK (category IN ('GOODS', 'WORKS', 'SERVICES')),
  budget_fen bigint NOT NULL CHECK (budget_fen > 0),
  suitable_for_sme boolean NOT NULL,
  exemption_article text,
  exemption_reason text,
  reservation jsonb NOT NULL,
  reservation_method text NOT NULL CHECK (reservation_method IN ('NONE', 'WHOLE_PROJECT', 'LOTS', 'CONSORTIUM', 'SUBCONTRACT')),
  reserved_fen bigint NOT NULL CHECK (reserved_fen >= 0 AND reserved_fen <= budget_fen),
  small_micro_fen bigint NOT NULL CHECK (small_micro_fen >= 0 AND small_micro_fen <= reserved_fen),
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  updated_by text REFERENCES users (id),
  CHECK (suitable_for_sme OR (exemption_reason IS NOT NULL AND length(exemption_reason) > 0)),
  UNIQUE (department_id, year, code)
);
CREATE INDEX procurement_projects_year_idx ON procurement_projects (year, department_id);

-- 评审: the bids of a project (or one of its lots) as entered, and the evaluation the rules gave on
-- evaluated_on (evaluated prices, deduction, reason, citations, rank, parameters read).
CREATE TABLE procurement_evaluations (
  id text PRIMARY KEY CHECK (id ~ '^pe-[a-z0-9-]{8,64}$'),
  project_id text NOT NULL REFERENCES procurement_projects (id),
  lot_id text,
  evaluated_on date NOT NULL,
  reserved_for_sme boolean NOT NULL,
  input jsonb NOT NULL,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id)
);
CREATE INDEX procurement_evaluations_project_idx ON procurement_evaluations (project_id, created_at);

-- 中小企业声明函 issued by a supplier from registry data, with the registry check at issue
-- (status CONSISTENT / MISMATCH / INCOMPLETE): the mismatch list of the SME bureau reads it.
CREATE TABLE procurement_declarations (
  id text PRIMARY KEY CHECK (id ~ '^pd-[a-z0-9-]{8,64}$'),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  project_id text REFERENCES procurement_projects (id),
  category text NOT NULL CHECK (category IN ('GOODS', 'WORKS', 'SERVICES')),
  purchaser text NOT NULL,
  project_name text NOT NULL,
  declared_on date NOT NULL,
  declared_size text NOT NULL CHECK (declared_size IN ('medium', 'small', 'micro')),
  computed_size text CHECK (computed_size IS NULL OR computed_size IN ('large', 'medium', 'small', 'micro')),
  check_status text NOT NULL CHECK (check_status IN ('CONSISTENT', 'MISMATCH', 'INCOMPLETE')),
  content jsonb NOT NULL,
  check_result jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id)
);
CREATE INDEX procurement_declarations_uscc_idx ON procurement_declarations (uscc, created_at);
CREATE INDEX procurement_declarations_status_idx ON procurement_declarations (check_status, created_at);

-- 中标（成交）结果公告: one award per evaluation; the winner's 声明函 is published with it when an
-- SME preference was used (notice holds the rendered text).
CREATE TABLE procurement_awards (
  id text PRIMARY KEY CHECK (id ~ '^pa-[a-z0-9-]{8,64}$'),
  project_id text NOT NULL REFERENCES procurement_projects (id),
  evaluation_id text NOT NULL UNIQUE REFERENCES procurement_evaluations (id),
  winner_bid_id text NOT NULL,
  winner_name text NOT NULL,
  declaration_id text REFERENCES procurement_declarations (id),
  announced_on date NOT NULL,
  used_sme_preference boolean NOT NULL,
  notice jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text REFERENCES users (id)
);
CREATE INDEX procurement_awards_date_idx ON procurement_awards (announced_on DESC);
