-- LOAN_RECORDS (issue 13 item 5, docs/intake.md): loans a bank's system (or an officer in the console)
-- delivers for the first-loan subsidy. One current record per loan: the key within the kind (`period`) is
-- `<institution id>:<loan contract number>`, so a re-delivery of a contract updates it (a new version with
-- its batch) rather than duplicating it, and a contract belongs to one enterprise. The value holds the
-- institution, the contract number, the grant date, the principal in fen, the term in months, whether the
-- bank says it is the enterprise's first loan, and CREDIT or SECURED. packages/db/src/credit/first-loan-facts.ts
-- derives the first-loan facts from these records and the marketplace's financing_loans together.
ALTER TABLE department_facts DROP CONSTRAINT department_facts_kind_check;
ALTER TABLE department_facts DROP CONSTRAINT department_facts_period_check;
ALTER TABLE department_facts ADD CONSTRAINT department_facts_kind_check
  CHECK (kind IN ('SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'SHARED_FACTS', 'LOAN_RECORDS'));
ALTER TABLE department_facts ADD CONSTRAINT department_facts_period_check CHECK (CASE kind
  WHEN 'QUALIFICATIONS' THEN period IN ('HIGH_TECH', 'TECH_SME', 'INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT')
  WHEN 'SHARED_FACTS' THEN period ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$'
  WHEN 'LOAN_RECORDS' THEN period ~ '^[a-z0-9][a-z0-9._-]*:[^[:space:]]{1,64}$'
  ELSE period ~ '^[0-9]{4}(-(0[1-9]|1[0-2]))?$' END);
-- A loan contract of an institution belongs to one enterprise.
CREATE UNIQUE INDEX department_facts_loan_contract ON department_facts (period) WHERE kind = 'LOAN_RECORDS';
