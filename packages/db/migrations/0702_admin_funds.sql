-- Funds administration: a per-enterprise cap in fen on a policy's fund link (policies published in
-- the console have no rules parameter to hold one), and budget changes with four-eyes approval
-- above a threshold (app setting `funds.budget_approval_threshold_fen`; default in code).
ALTER TABLE benefit_fund_policies ADD COLUMN cap_fen bigint CHECK (cap_fen IS NULL OR cap_fen > 0);

CREATE TABLE benefit_fund_budget_changes (
  id text PRIMARY KEY,
  fund_id text NOT NULL REFERENCES benefit_funds (id),
  old_budget_fen bigint NOT NULL CHECK (old_budget_fen >= 0),
  new_budget_fen bigint NOT NULL CHECK (new_budget_fen >= 0),
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  status text NOT NULL CHECK (status IN ('APPLIED', 'PENDING', 'APPROVED', 'REJECTED')),
  proposed_by text NOT NULL REFERENCES users (id),
  proposed_at timestamptz NOT NULL,
  decided_by text REFERENCES users (id),
  decided_at timestamptz,
  decision_note text,
  CHECK (decided_by IS NULL OR decided_by <> proposed_by),
  CHECK ((status IN ('APPROVED', 'REJECTED')) = (decided_by IS NOT NULL))
);
CREATE INDEX benefit_fund_budget_changes_fund_idx ON benefit_fund_budget_changes (fund_id, proposed_at);
CREATE UNIQUE INDEX benefit_fund_budget_changes_one_pending_idx ON benefit_fund_budget_changes (fund_id) WHERE status = 'PENDING';
