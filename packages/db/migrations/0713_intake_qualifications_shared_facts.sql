-- Two more department-fact kinds (issue 13 item 5, docs/intake.md):
-- QUALIFICATIONS: a qualification certificate or recognition (高新技术企业证书, 科技型中小企业入库编号,
--   创新型中小企业 / 专精特新中小企业 / 专精特新"小巨人"企业 recognitions). The key within the kind is the
--   qualification (one of the registry's qualification tags, enterprise-types.ts QUALIFICATION_TAGS): one
--   current certificate per enterprise and qualification, a renewal a new version. The value holds the
--   number, the validity dates and the issuing department. They feed the rules' `tags` fact (and
--   isRegisteredTechSme) on the evaluation date; the profile's tags stay what the bureau granted.
-- SHARED_FACTS: the facts 免申即享 compares, per enterprise and policy (the key is the policy id); each
--   applied row is also merged into benefit_shared_facts, the store 数据比对 reads.
ALTER TABLE department_facts DROP CONSTRAINT department_facts_kind_check;
ALTER TABLE department_facts DROP CONSTRAINT department_facts_period_check;
ALTER TABLE department_facts ADD CONSTRAINT department_facts_kind_check
  CHECK (kind IN ('SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS'));
-- `period` is the key within the kind: YYYY or YYYY-MM, a qualification tag, or a policy id.
ALTER TABLE department_facts ADD CONSTRAINT department_facts_period_check CHECK (CASE kind
  WHEN 'QUALIFICATIONS' THEN period IN ('HIGH_TECH', 'TECH_SME', 'INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT')
  WHEN 'SHARED_FACTS' THEN period ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$'
  ELSE period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$' END);
