-- Separation of duties: officers who were granted payments through benefit_finance_officers (a
-- bureau officer with a finance flag) become SME_BUREAU_FINANCE officers without a department.
-- Their sessions end, so the next sign-in carries the new role.
DELETE FROM sessions WHERE user_id IN (SELECT user_id FROM benefit_finance_officers);
UPDATE users SET role = 'SME_BUREAU_FINANCE', department_id = NULL
  WHERE id IN (SELECT user_id FROM benefit_finance_officers) AND role IN ('SME_BUREAU', 'DEPARTMENT');
