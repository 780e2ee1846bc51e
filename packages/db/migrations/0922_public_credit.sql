-- 公共信用 (issue 14 item 7): credit marks (信用记录 / 失信标记) that other modules produce — a debtor found in
-- arrears in a payment-arrears complaint, an administrative penalty after an inspection — kept with their
-- legal basis, the producing record (one mark per record) and the publication period (公示期限: start, the
-- end of the shortest period after which repair may be applied for, and the end; 社会信用条例 第七十九条、
-- 第四十八条); and credit-repair applications (信用修复, 第七十九—八十二条) as append-only action logs with a
-- folded projection. An approved repair ends the mark's publication (repaired_on, 第八十二条第二款第（一）项).

CREATE TABLE credit_marks (
  mark_id text PRIMARY KEY CHECK (mark_id ~ '^cm-[a-z0-9-]{8,64}$'),
  kind text NOT NULL CHECK (kind IN ('ARREARS_DEBTOR', 'ADMINISTRATIVE_PENALTY')),
  -- The subject is an organisation identified by its uscc (社会信用条例 第二十四条第二款); a debtor need not be
  -- an SME of the registry, so no foreign key.
  uscc text NOT NULL CHECK (uscc ~ '^[0-9A-Z]{18}$'),
  subject_name text NOT NULL CHECK (length(subject_name) BETWEEN 1 AND 200),
  source_kind text NOT NULL CHECK (source_kind IN ('ARREARS_COMPLAINT', 'INSPECTION_RESULT')),
  -- The appeal's tracking number, or the inspection visit's id.
  source_ref text NOT NULL,
  -- The department whose decision produced the mark (the handling department of the complaint, the inspecting department).
  department_id text REFERENCES departments (id),
  finding text NOT NULL CHECK (length(finding) BETWEEN 1 AND 4200),
  -- Law-library addresses: why it is in the credit record, why it may be published.
  record_basis jsonb NOT NULL,
  publication_basis jsonb NOT NULL,
  decided_on date NOT NULL,
  is_public boolean NOT NULL,
  publication_reason text NOT NULL,
  publication_start date NOT NULL,
  publication_min_end date NOT NULL,
  publication_end date NOT NULL,
  -- The parameter values the period was counted with: { minimum: { months, reference, unverified }, maximum: … }.
  period_basis jsonb NOT NULL,
  recorded_at timestamptz NOT NULL,
  recorded_by text REFERENCES users (id),
  repaired_on date,
  repaired_by text,
  UNIQUE (source_kind, source_ref),
  CHECK (publication_start <= publication_min_end AND publication_min_end <= publication_end),
  CHECK ((repaired_on IS NULL) = (repaired_by IS NULL))
);
CREATE INDEX credit_marks_uscc_idx ON credit_marks (uscc, decided_on DESC, mark_id);
CREATE INDEX credit_marks_public_idx ON credit_marks (decided_on DESC, mark_id) WHERE is_public AND repaired_on IS NULL;

CREATE TABLE credit_repairs (
  repair_id text PRIMARY KEY CHECK (repair_id ~ '^cr-[a-z0-9-]{8,64}$'),
  mark_id text NOT NULL REFERENCES credit_marks (mark_id),
  uscc text NOT NULL,
  status text NOT NULL CHECK (status IN ('SUBMITTED', 'MATERIALS_REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  decision_due date,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
-- One open application per mark (two racing submissions make one).
CREATE UNIQUE INDEX credit_repairs_one_open_idx ON credit_repairs (mark_id) WHERE status IN ('SUBMITTED', 'MATERIALS_REQUESTED');
CREATE INDEX credit_repairs_uscc_idx ON credit_repairs (uscc, submitted_at DESC);
CREATE INDEX credit_repairs_status_idx ON credit_repairs (status, submitted_at);

CREATE TABLE credit_repair_actions (
  repair_id text NOT NULL REFERENCES credit_repairs (repair_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type IN ('SUBMITTED', 'MATERIALS_REQUESTED', 'MATERIALS_PROVIDED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (repair_id, seq),
  UNIQUE (action_id)
);
