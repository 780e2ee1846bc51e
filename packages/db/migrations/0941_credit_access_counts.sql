-- Counts of the access log per institution, Beijing day and outcome, kept in the same statement as
-- each append, so the bureau's oversight page does not count a million log rows on every view.
CREATE TABLE credit_access_counts (
  institution_id text NOT NULL REFERENCES financial_institutions (id),
  day date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ALLOWED', 'REFUSED')),
  n bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (institution_id, day, outcome)
);

INSERT INTO credit_access_counts (institution_id, day, outcome, n)
SELECT institution_id, (at AT TIME ZONE 'Asia/Shanghai')::date, outcome, count(*)
  FROM credit_access_log GROUP BY 1, 2, 3;
