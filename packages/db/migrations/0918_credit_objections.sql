-- 异议 (issue 14; 深圳经济特区社会信用条例 第四十八—五十一条): the enterprise a credit mark names objects to it; the
-- unit that provided the information decides within the time limit of 第五十一条第三款 (decision_due, counted on the
-- official calendar when the objection is accepted). An append-only action log with a folded projection, like
-- credit repairs. The marks' table is created by 0922, which runs after this migration (the numbers assigned to this
-- work come before it), so mark_id has no foreign key: the API loads the mark before it stores an objection.

CREATE TABLE credit_objections (
  objection_id text PRIMARY KEY CHECK (objection_id ~ '^co-[a-z0-9-]{8,64}$'),
  mark_id text NOT NULL,
  uscc text NOT NULL,
  status text NOT NULL CHECK (status IN ('SUBMITTED', 'UPHELD', 'DISMISSED')),
  ground text NOT NULL CHECK (ground IN ('ERROR_OR_OMISSION', 'PUBLISHED_PAST_PERIOD', 'OTHER_UNLAWFUL')),
  decision_due date,
  submitted_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL CHECK (version >= 1)
);
-- One open objection per mark (two racing submissions make one).
CREATE UNIQUE INDEX credit_objections_one_open_idx ON credit_objections (mark_id) WHERE status = 'SUBMITTED';
CREATE INDEX credit_objections_mark_idx ON credit_objections (mark_id, submitted_at DESC);
CREATE INDEX credit_objections_uscc_idx ON credit_objections (uscc, submitted_at DESC);

CREATE TABLE credit_objection_actions (
  objection_id text NOT NULL REFERENCES credit_objections (objection_id),
  seq integer NOT NULL CHECK (seq >= 1),
  action_id text NOT NULL,
  type text NOT NULL CHECK (type IN ('SUBMITTED', 'UPHELD', 'DISMISSED')),
  at timestamptz NOT NULL,
  actor jsonb NOT NULL,
  payload jsonb NOT NULL,
  PRIMARY KEY (objection_id, seq),
  UNIQUE (action_id)
);
