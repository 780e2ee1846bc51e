-- 产融合作白名单 (湖南 二次审议稿 第十条), continued (the lists themselves are migration 0943; this one is
-- numbered before it and so names none of its tables in a foreign key).
-- 移出: the SME bureau removes an enterprise with a reason; the removal takes it off every edition published
-- before the removal, and nominations accepted before it no longer count for later editions. Append-only.
CREATE TABLE whitelist_removals (
  removal_id text PRIMARY KEY,
  uscc text NOT NULL REFERENCES enterprises (uscc),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  removed_at timestamptz NOT NULL,
  removed_by text NOT NULL REFERENCES users (id)
);
CREATE INDEX whitelist_removals_enterprise_idx ON whitelist_removals (uscc, removed_at DESC);

-- 联合建立: the departments that act as the financial regulator (金融监督管理部门) in the joint building of the
-- list. While one is designated, an edition takes effect only once one of them has co-signed it (会签).
CREATE TABLE whitelist_partner_departments (
  department_id text PRIMARY KEY REFERENCES departments (id),
  designated_at timestamptz NOT NULL
);

CREATE TABLE whitelist_edition_cosigns (
  edition_no integer NOT NULL CHECK (edition_no >= 1),
  department_id text NOT NULL REFERENCES departments (id),
  cosigned_at timestamptz NOT NULL,
  cosigned_by text NOT NULL REFERENCES users (id),
  PRIMARY KEY (edition_no, department_id)
);
