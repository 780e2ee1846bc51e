-- A verified contact comments as a member of the public or on behalf of an association (行业协会).
ALTER TABLE consultation_contacts ADD COLUMN commenter_kind text NOT NULL DEFAULT 'PUBLIC' CHECK (commenter_kind IN ('PUBLIC', 'ASSOCIATION'));
