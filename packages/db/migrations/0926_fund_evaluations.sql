-- 资金评估审计结果 (深圳 draft 第五十六条【评估审计】): the results of audits (审计) and performance evaluations
-- (绩效评估) of a support fund, recorded by an SME bureau officer and published to the public. The fund's year is
-- the year evaluated. Every write is audited; every version of a result is kept (fund_evaluation_versions), so
-- an edit after publication can be traced to what the public saw before.
CREATE TABLE fund_evaluations (
  evaluation_id text PRIMARY KEY CHECK (evaluation_id ~ '^fe-[a-z0-9-]{8,64}$'),
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  kind text NOT NULL CHECK (kind IN ('AUDIT', 'PERFORMANCE_EVALUATION')),
  -- The body that did it: 审计机关 or 第三方评价机构 (free text; English optional).
  body_zh text NOT NULL CHECK (length(body_zh) BETWEEN 1 AND 200),
  body_en text CHECK (body_en IS NULL OR length(body_en) BETWEEN 1 AND 200),
  report_date date NOT NULL,
  conclusion text NOT NULL CHECK (conclusion IN ('NO_MAJOR_PROBLEM', 'PROBLEMS_RECTIFIED', 'RECTIFICATION_IN_PROGRESS')),
  findings text NOT NULL CHECK (length(findings) BETWEEN 1 AND 4000),
  rectification text NOT NULL CHECK (length(rectification) <= 4000),
  rectified_on date,
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  published_by text REFERENCES users (id),
  version integer NOT NULL CHECK (version >= 1),
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL REFERENCES users (id),
  CHECK (published = (published_at IS NOT NULL) AND published = (published_by IS NOT NULL)),
  CHECK ((conclusion = 'PROBLEMS_RECTIFIED') = (rectified_on IS NOT NULL)),
  CHECK (rectified_on IS NULL OR rectified_on >= report_date)
);
CREATE INDEX fund_evaluations_fund_idx ON fund_evaluations (fund_id, report_date, evaluation_id);

-- Every version of a result as written (content and publication state), with who wrote it and when.
CREATE TABLE fund_evaluation_versions (
  evaluation_id text NOT NULL REFERENCES fund_evaluations (evaluation_id),
  version integer NOT NULL CHECK (version >= 1),
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  written_at timestamptz NOT NULL,
  written_by text NOT NULL REFERENCES users (id),
  PRIMARY KEY (evaluation_id, version)
);
