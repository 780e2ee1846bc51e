-- 产融合作白名单 (湖南省实施《中华人民共和国中小企业促进法》办法（二次审议稿）第十条): departments
-- nominate enterprises, the SME bureau reviews each nomination and publishes editions of the list
-- with a validity period. Every table is append-only: a review is its own row (at most one per
-- nomination), an edition and its entries are never changed; a new edition supersedes an old one.

CREATE TABLE whitelist_nominations (
  nomination_id text PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  department_id text NOT NULL REFERENCES departments (id),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  nominated_at timestamptz NOT NULL,
  nominated_by text NOT NULL REFERENCES users (id)
);
CREATE INDEX whitelist_nominations_enterprise_idx ON whitelist_nominations (uscc, department_id);
CREATE INDEX whitelist_nominations_recent_idx ON whitelist_nominations (nominated_at DESC, nomination_id DESC);

CREATE TABLE whitelist_reviews (
  nomination_id text PRIMARY KEY REFERENCES whitelist_nominations (nomination_id),
  decision text NOT NULL CHECK (decision IN ('ACCEPTED', 'REFUSED')),
  reason text,
  reviewed_at timestamptz NOT NULL,
  reviewed_by text NOT NULL REFERENCES users (id),
  CHECK (decision = 'ACCEPTED' OR btrim(coalesce(reason, '')) <> '')
);

CREATE TABLE whitelist_editions (
  edition_no integer PRIMARY KEY CHECK (edition_no >= 1),
  valid_from date NOT NULL,
  valid_until date NOT NULL CHECK (valid_until >= valid_from),
  published_at timestamptz NOT NULL,
  published_by text NOT NULL REFERENCES users (id)
);

CREATE TABLE whitelist_edition_entries (
  edition_no integer NOT NULL REFERENCES whitelist_editions (edition_no),
  uscc text NOT NULL REFERENCES enterprises (uscc),
  -- the accepted nominations this entry rests on (one or more departments)
  nomination_ids jsonb NOT NULL,
  PRIMARY KEY (edition_no, uscc)
);
CREATE INDEX whitelist_edition_entries_enterprise_idx ON whitelist_edition_entries (uscc, edition_no DESC);
