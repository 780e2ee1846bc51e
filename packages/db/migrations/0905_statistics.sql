-- Statistics: the officers' text of the annual report's narrative sections (问题及对策, 其他事项),
-- one row per year and section, versioned for optimistic concurrency; every save is audited.
CREATE TABLE statistics_report_narratives (
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  section text NOT NULL CHECK (section IN ('PROBLEMS', 'OTHER')),
  text text NOT NULL CHECK (length(text) <= 20000),
  version integer NOT NULL CHECK (version >= 1),
  updated_at timestamptz NOT NULL,
  updated_by text REFERENCES users (id),
  PRIMARY KEY (year, section)
);
