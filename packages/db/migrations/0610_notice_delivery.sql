-- Notice delivery (消息推送): the enterprise's subscription preferences and an outbox of deliveries
-- of its policy notices through external channels. The in-app inbox is policy_notices itself; a
-- delivery row exists only for a channel the enterprise subscribed to.

-- Subscription preferences (订阅设置), one row per enterprise; no row means the defaults: every
-- topic, in-app inbox only, no quiet hours. A channel is on when its address is set.
CREATE TABLE notice_subscriptions (
  uscc text PRIMARY KEY REFERENCES enterprises (uscc),
  -- Policy topics (SCREAMING_SNAKE codes) the enterprise wants pushed; empty = every topic.
  topics text[] NOT NULL DEFAULT '{}',
  webhook_url text CHECK (webhook_url ~ '^https?://'),
  email text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  mobile text CHECK (mobile ~ '^1[3-9][0-9]{9}$'),
  -- Quiet hours in China Standard Time (Asia/Shanghai), HH:MM; from > until spans midnight.
  quiet_from text CHECK (quiet_from ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  quiet_until text CHECK (quiet_until ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  updated_at timestamptz NOT NULL,
  updated_by_user_id text REFERENCES users (id),
  CHECK ((quiet_from IS NULL) = (quiet_until IS NULL)),
  CHECK (quiet_from IS NULL OR quiet_from <> quiet_until)
);

-- The outbox: one row per (notice, channel). PENDING rows are sent by the delivery job; a row is
-- claimed with a lease (claim_token, claimed_until) so two workers never send it at the same time.
CREATE TABLE notice_deliveries (
  id bigserial PRIMARY KEY,
  notice_id bigint NOT NULL REFERENCES policy_notices (id),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  channel text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL', 'SMS')),
  -- The address at dispatch time (a later change of preferences does not redirect a queued delivery).
  address text NOT NULL,
  status text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')),
  -- Why a row is SUPPRESSED: TOPIC_NOT_SUBSCRIBED, CHANNEL_NOT_CONFIGURED.
  reason text,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at timestamptz,
  claim_token text,
  claimed_until timestamptz,
  last_error text,
  -- What the receiver answered (e.g. the gateway's message id), and the zh-CN text that was sent.
  receipt text,
  message_text text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (notice_id, channel),
  CHECK (status <> 'SUPPRESSED' OR reason IS NOT NULL),
  CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
  CHECK (status = 'PENDING' OR claim_token IS NULL)
);

CREATE INDEX notice_deliveries_due_idx ON notice_deliveries (next_attempt_at, id) WHERE status = 'PENDING';
CREATE INDEX notice_deliveries_enterprise_idx ON notice_deliveries (uscc, id DESC);

-- How far the dispatcher has read policy_notices (by id); one row.
CREATE TABLE notice_delivery_watermark (
  id integer PRIMARY KEY CHECK (id = 1),
  last_notice_id bigint NOT NULL,
  updated_at timestamptz NOT NULL
);

INSERT INTO notice_delivery_watermark (id, last_notice_id, updated_at) VALUES (1, 0, now());
