-- The consultation's throttle counters join the platform's one sliding-window table (0993).
INSERT INTO rate_events (scope, kind, at) SELECT scope, kind, at FROM consultation_rate_events;
DROP TABLE consultation_rate_events;
