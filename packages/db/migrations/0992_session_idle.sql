-- Sessions also end after inactivity: the last time a session was used (updated at most once a minute).
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
