-- Statistics: the monthly releases of the public tables (统计发布). One release per month, written
-- once — by the monthly job or by an SME bureau officer by hand — and never changed: the tables as
-- published after disclosure control (hidden cells are null; the unsuppressed values are never
-- stored), the date they are as of, and the registry they were computed on (the snapshot's figure
-- year and change-log position, so a figure can be traced to the registry state behind it).
CREATE TABLE statistics_releases (
  month text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  as_of date NOT NULL,
  figure_year integer NOT NULL CHECK (figure_year BETWEEN 1999 AND 2200),
  snapshot_seq bigint NOT NULL CHECK (snapshot_seq >= 0),
  trigger text NOT NULL CHECK (trigger IN ('SCHEDULE', 'MANUAL')),
  published_at timestamptz NOT NULL,
  published_by text REFERENCES users (id),
  tables jsonb NOT NULL CHECK (jsonb_typeof(tables) = 'array'),
  hidden_cells integer NOT NULL CHECK (hidden_cells >= 0),
  CHECK ((trigger = 'MANUAL') = (published_by IS NOT NULL))
);
CREATE INDEX statistics_releases_published_idx ON statistics_releases (published_at DESC);

-- The day of the month on which the previous month is published (one row; absent: the default).
CREATE TABLE statistics_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  release_day integer NOT NULL CHECK (release_day BETWEEN 1 AND 28),
  updated_at timestamptz NOT NULL,
  updated_by text REFERENCES users (id)
);
