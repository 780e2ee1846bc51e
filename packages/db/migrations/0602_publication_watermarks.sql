-- Re-matching after registry changes: for each enterprise, the registry state (profile version and
-- each year's figure version) it was last matched against published policies at. A periodic job
-- picks the enterprises whose state differs and notifies the newly eligible ones.
CREATE TABLE publication_match_watermarks (
  uscc text PRIMARY KEY REFERENCES enterprises (uscc),
  registry_stamp text NOT NULL,
  matched_at timestamptz NOT NULL
);
