-- Yearly cultivation targets per tier and district (深工信〔2023〕26号 第14项: 到2023年底累计培育创新型中小企业
-- 1.3万家以上、专精特新中小企业5000家以上、"小巨人"500家以上). `district` is a registry district, or the city's
-- jurisdiction for a city-wide target. `cumulative`: counted as enterprises holding a valid recognition at
-- year end (the measure's 累计), otherwise as recognitions granted within the year. `source` names the text.
CREATE TABLE cultivation_targets (
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  tier text NOT NULL CHECK (tier IN ('INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT')),
  district text NOT NULL REFERENCES jurisdictions (id),
  target integer NOT NULL CHECK (target >= 0),
  cumulative boolean NOT NULL,
  source text NOT NULL,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (year, tier, district)
);
