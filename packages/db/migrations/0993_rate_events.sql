-- Sliding-window counters for abuse limits on anonymous submissions (Open311 and others):
-- one row per counted event and scope (e.g. `ip:203.0.113.7`); old rows are pruned as they leave every window.
CREATE TABLE rate_events (
  scope text NOT NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX rate_events_scope_kind_at ON rate_events (scope, kind, at);
