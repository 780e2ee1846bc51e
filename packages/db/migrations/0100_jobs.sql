-- Background jobs (后台任务): a queue in the platform database, see docs/adr/0006-job-queue.md.
-- A job is enqueued in the caller's transaction (it exists iff the business write committed),
-- claimed with FOR UPDATE SKIP LOCKED under a lease, retried with exponential backoff and finally
-- DEAD with its last error kept. Delivery is at least once: handlers must be idempotent.
-- Timestamps are written by the application clock (UTC, ms), like the rest of the schema.

CREATE TABLE jobs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- '<module>.<task>', e.g. 'appeals.deadline-sweep'
  queue text NOT NULL CHECK (queue ~ '^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$' AND length(queue) <= 100),
  state text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'DEAD')),
  payload jsonb NOT NULL,
  priority integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1000 AND 1000),
  run_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
  singleton_key text CHECK (singleton_key IS NULL OR length(singleton_key) BETWEEN 1 AND 200),
  -- the current claim: which worker holds it, until when, and a token that stale workers cannot match
  locked_by text,
  locked_until timestamptz,
  lease_token text,
  last_error text,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  CHECK ((state = 'RUNNING') = (lease_token IS NOT NULL AND locked_until IS NOT NULL AND locked_by IS NOT NULL))
);

-- At most one unfinished job per (queue, singleton_key): enqueue with a key is idempotent.
CREATE UNIQUE INDEX jobs_singleton_idx ON jobs (queue, singleton_key)
  WHERE singleton_key IS NOT NULL AND state IN ('QUEUED', 'RUNNING');
-- Claiming: ready jobs by priority, then due time.
CREATE INDEX jobs_ready_idx ON jobs (priority DESC, run_at, id) WHERE state = 'QUEUED';
-- Lease expiry sweep.
CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'RUNNING';
-- Status counts and retention.
CREATE INDEX jobs_queue_state_idx ON jobs (queue, state);
CREATE INDEX jobs_finished_idx ON jobs (finished_at) WHERE state = 'SUCCEEDED';

-- Recurring schedules (定时任务): one per queue. The runner turns each due slot into one job; the
-- compare-and-set on next_run_at makes two runners agree on who enqueues a slot.
CREATE TABLE job_schedules (
  queue text PRIMARY KEY CHECK (queue ~ '^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$' AND length(queue) <= 100),
  every_seconds integer CHECK (every_seconds BETWEEN 1 AND 31622400),
  daily_at text CHECK (daily_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  time_zone text NOT NULL,
  payload jsonb NOT NULL,
  max_attempts integer NOT NULL CHECK (max_attempts BETWEEN 1 AND 100),
  next_run_at timestamptz NOT NULL,
  last_slot_at timestamptz,
  updated_at timestamptz NOT NULL,
  CHECK ((every_seconds IS NULL) <> (daily_at IS NULL))
);
