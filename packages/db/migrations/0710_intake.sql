-- Data intake from departments (数据归集): every batch a department (or the bureau's operator)
-- delivers, with its outcome and its row-by-row report; the rejected rows of a batch applied with
-- "accept the valid rows" stay downloadable. A batch is keyed by (department, batch key): the same
-- key again changes nothing. A batch refused as a whole (all-or-nothing) does not hold its key, so
-- the corrected file can be sent under the same key.
CREATE TABLE intake_batches (
  id text PRIMARY KEY,
  department_id text REFERENCES departments (id),
  kind text NOT NULL CHECK (kind IN ('REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'LOAN_RECORDS', 'SHARED_FACTS')),
  batch_key text NOT NULL CHECK (length(batch_key) BETWEEN 1 AND 200),
  channel text NOT NULL CHECK (channel IN ('CONSOLE', 'API', 'CLI')),
  file_name text,
  content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
  received_at timestamptz NOT NULL,
  actor_user_id text REFERENCES users (id),
  token_id text,
  accept_valid boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('APPLIED', 'PARTIALLY_APPLIED', 'REJECTED')),
  row_count integer NOT NULL CHECK (row_count >= 0),
  inserted integer NOT NULL CHECK (inserted >= 0),
  updated integer NOT NULL CHECK (updated >= 0),
  unchanged integer NOT NULL CHECK (unchanged >= 0),
  rejected integer NOT NULL CHECK (rejected >= 0),
  -- header cells of the file as received (for the download of rejected rows)
  header text[] NOT NULL
);
CREATE UNIQUE INDEX intake_batches_key_idx ON intake_batches (COALESCE(department_id, ''), batch_key) WHERE status <> 'REJECTED';
CREATE INDEX intake_batches_department_idx ON intake_batches (department_id, received_at DESC);

-- The report: one row per problem (a row can have several), line 1 is the header, 0 the whole file.
CREATE TABLE intake_row_errors (
  batch_id text NOT NULL REFERENCES intake_batches (id),
  seq integer NOT NULL,
  line integer NOT NULL CHECK (line >= 0),
  column_name text NOT NULL,
  message_zh text NOT NULL,
  message_en text NOT NULL,
  PRIMARY KEY (batch_id, seq)
);

-- Rejected rows as received (cells in file order), for the download.
CREATE TABLE intake_rejected_rows (
  batch_id text NOT NULL REFERENCES intake_batches (id),
  line integer NOT NULL,
  cells text[] NOT NULL,
  PRIMARY KEY (batch_id, line)
);

-- Provenance of registry facts: the intake batch that wrote a version (null: written in the
-- platform by a person). The batch gives the department and the time received. No foreign key:
-- a bulk load of 10 million version rows would pay one lookup each for a column only intake writes.
ALTER TABLE enterprise_versions ADD COLUMN intake_batch_id text;
ALTER TABLE enterprise_figure_versions ADD COLUMN intake_batch_id text;
