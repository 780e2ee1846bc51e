-- 监督码 (扫码入企, issue 15): registered inspection visits (tasks) with their signed task code,
-- the enterprise's anonymous rating (one per visit, no rater stored) and its one-step complaint
-- (one per visit, the appeal it became).

-- A registered visit: to a drawn target of a plan, or an emergency inspection (no plan, a reason,
-- registered before it is carried out). inspector_ids: ≥ 2 ids of the department's roster.
CREATE TABLE inspection_visits (
  id text PRIMARY KEY CHECK (id ~ '^it-[a-z0-9-]{8,64}$'),
  department_id text NOT NULL REFERENCES departments (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  plan_id text REFERENCES inspection_plans (id),
  item_ids text[] NOT NULL CHECK (cardinality(item_ids) >= 1),
  inspector_ids text[] NOT NULL CHECK (cardinality(inspector_ids) >= 2),
  is_emergency boolean NOT NULL,
  emergency_reason text,
  registered_at timestamptz NOT NULL,
  registered_by text REFERENCES users (id),
  closed_at timestamptz,
  CHECK (is_emergency = (plan_id IS NULL)),
  CHECK (NOT is_emergency OR length(emergency_reason) BETWEEN 1 AND 500)
);
CREATE INDEX inspection_visits_uscc_idx ON inspection_visits (uscc);
CREATE INDEX inspection_visits_department_idx ON inspection_visits (department_id, registered_at);
-- One open visit per planned target (a second registration of the same target is refused).
CREATE UNIQUE INDEX inspection_visits_plan_target_idx ON inspection_visits (plan_id, uscc) WHERE plan_id IS NOT NULL;

-- Anonymous: neither the rating user nor the enterprise is stored beyond the visit; shown only aggregated.
CREATE TABLE inspection_visit_ratings (
  visit_id text PRIMARY KEY REFERENCES inspection_visits (id),
  department_id text NOT NULL REFERENCES departments (id),
  score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
  rated_on date NOT NULL
);
CREATE INDEX inspection_visit_ratings_department_idx ON inspection_visit_ratings (department_id);

CREATE TABLE inspection_visit_complaints (
  visit_id text PRIMARY KEY REFERENCES inspection_visits (id),
  appeal_case_id text NOT NULL,
  tracking_number text NOT NULL,
  submitted_at timestamptz NOT NULL
);
