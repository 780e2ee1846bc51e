-- 征求意见通知: when a consultation opens, the enterprises related to its draft get a notice of the
-- kind CONSULTATION_OPENED in the same inbox (policy_notices), and from there the delivery outbox
-- sends it through their subscribed channels like any policy notice (docs/delivery.md). Such a
-- notice names a consultation instead of a policy version.
ALTER TABLE policy_notices ALTER COLUMN draft_id DROP NOT NULL;
ALTER TABLE policy_notices ADD COLUMN consultation_id text REFERENCES consultations (consultation_id);
ALTER TABLE policy_notices DROP CONSTRAINT policy_notices_kind_check;
ALTER TABLE policy_notices ADD CONSTRAINT policy_notices_kind_check CHECK (kind IN ('ELIGIBLE', 'UNKNOWN', 'CONSULTATION_OPENED'));
-- A notice is about exactly one thing: a policy version, or (for CONSULTATION_OPENED) a consultation.
ALTER TABLE policy_notices ADD CONSTRAINT policy_notices_subject_check
  CHECK ((kind = 'CONSULTATION_OPENED' AND consultation_id IS NOT NULL AND draft_id IS NULL) OR (kind <> 'CONSULTATION_OPENED' AND consultation_id IS NULL AND draft_id IS NOT NULL));
-- One notice per enterprise and consultation (the notify job may run twice).
CREATE UNIQUE INDEX policy_notices_consultation_idx ON policy_notices (uscc, consultation_id) WHERE consultation_id IS NOT NULL;
