-- Failed logins are counted per (account, client address) and per client address: typing a known
-- account's name wrongly from one place no longer locks it everywhere, and spraying passwords over
-- many accounts from one address is slowed. Rows from before this migration count for address ''.
ALTER TABLE login_failures ADD COLUMN client_address text NOT NULL DEFAULT '';
CREATE INDEX login_failures_address_idx ON login_failures (client_address, at);
