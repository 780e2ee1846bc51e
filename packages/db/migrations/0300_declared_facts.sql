-- Declared facts (企业自报数据): facts an enterprise states for one fiscal year that the registry
-- does not hold (细分市场年限, 知识产权数, 应纳税所得额, loans …), read by the rules engine.
-- Append-only like the registry: each save is a new version of the whole set for that year,
-- valid from when it was saved; the eligibility answer reads the version in force at its instant.
CREATE TABLE enterprise_declared_fact_versions (
  id bigserial PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 1990 AND 2999),
  version integer NOT NULL CHECK (version >= 1),
  valid_from timestamptz NOT NULL,
  actor_user_id text REFERENCES users (id),
  -- fact name → value as the rules engine's fact schema types it (money in integer fen).
  facts jsonb NOT NULL CHECK (jsonb_typeof(facts) = 'object'),
  changed_fields text[] NOT NULL,
  UNIQUE (uscc, fiscal_year, version)
);

CREATE INDEX enterprise_declared_fact_versions_lookup ON enterprise_declared_fact_versions (uscc, fiscal_year, valid_from DESC);
