-- 一公开 of results (issue 15): the result of each registered visit (one per visit), its finding on
-- the department's list of minor violations with the 轻微免罚/首违不罚 answer, the last day for
-- publishing it (counted on the official calendar) and when it was published; and enterprises'
-- reports of visits that were not registered (each became an appeal of type INSPECTION_COMPLAINT).

CREATE TABLE inspection_results (
  visit_id text PRIMARY KEY REFERENCES inspection_visits (id),
  department_id text NOT NULL REFERENCES departments (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  outcome text NOT NULL CHECK (outcome IN ('NO_PROBLEM', 'PROBLEM_FOUND', 'ORDERED_TO_RECTIFY', 'CASE_OPENED')),
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
  -- The entry of the department's list of minor violations the finding falls under, if any, and the answer.
  violation_entry_id text,
  penalty_assessment jsonb,
  inspected_on date NOT NULL,
  -- NULL when the official calendar has no data yet for a year the period runs into (shown as such, never guessed).
  publish_due date,
  recorded_at timestamptz NOT NULL,
  recorded_by text REFERENCES users (id),
  published_at timestamptz,
  published_by text REFERENCES users (id),
  CHECK ((violation_entry_id IS NULL) = (penalty_assessment IS NULL)),
  CHECK (publish_due >= inspected_on)
);
CREATE INDEX inspection_results_uscc_idx ON inspection_results (uscc, inspected_on);
CREATE INDEX inspection_results_department_idx ON inspection_results (department_id, inspected_on DESC);
CREATE INDEX inspection_results_published_idx ON inspection_results (published_at DESC) WHERE published_at IS NOT NULL;

CREATE TABLE inspection_unregistered_reports (
  id text PRIMARY KEY CHECK (id ~ '^iu-[a-z0-9-]{8,64}$'),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  department_id text REFERENCES departments (id),
  visited_on date NOT NULL,
  appeal_case_id text NOT NULL,
  tracking_number text NOT NULL,
  submitted_at timestamptz NOT NULL
);
CREATE INDEX inspection_unregistered_reports_uscc_idx ON inspection_unregistered_reports (uscc);
