import {
  benefitsByPolicy, consultationsByDepartment, financingByInstitution, fundsOfYear, inspectionsByDepartment, listFundEvaluations, procurementByDepartment, type Database,
} from '@huiqi/db';
import { CONSULTATION_FEEDBACK_TARGET, DEFAULT_DISCLOSURE_RULES, INDICATORS, REPORT_ARTICLE } from '@huiqi/workflows';
import { checkReportYear } from './annual-report-service';
import { presentPublicFundEvaluation } from './fund-evaluations';
import { publishedTables } from './public-tables';

/**
 * The third-party evaluation pack of a year (深圳 draft 第七十九条): every indicator's definition,
 * the year-end published tables (disclosure control applied) and the modules' yearly aggregates,
 * the published audit and evaluation results of the year's funds, with the rules used. Aggregates only: no enterprise-level record leaves the platform this way.
 */
export async function evaluationPack(db: Database, year: number, between: () => Promise<void>) {
  await checkReportYear(db, year);
  const [tables, funds, policies, procurement, evaluations] = await Promise.all([
    publishedTables(db, `${year}-12`, between), fundsOfYear(db, year), benefitsByPolicy(db, year), procurementByDepartment(db, year), listFundEvaluations(db, year, 'PUBLISHED'),
  ]);
  const [inspections, financing, consultations] = await Promise.all([
    inspectionsByDepartment(db, year, `${year}-01-01`, `${year}-12-31`), financingByInstitution(db, `${year}-01-01`, `${year}-12-31`),
    consultationsByDepartment(db, `${year}-01-01`, `${year}-12-31`, CONSULTATION_FEEDBACK_TARGET.days),
  ]);
  return {
    format: 'huiqi-evaluation-pack-1',
    year,
    generatedAt: new Date().toISOString(),
    reportArticle: REPORT_ARTICLE,
    disclosureRules: { minContributors: DEFAULT_DISCLOSURE_RULES.minContributors, dominanceShare: DEFAULT_DISCLOSURE_RULES.dominanceShare, reference: DEFAULT_DISCLOSURE_RULES.reference },
    definitions: INDICATORS,
    publishedTables: tables,
    funds: funds.map((f) => ({ fundId: f.fundId, nameZh: f.nameZh, nameEn: f.nameEn, departmentId: f.departmentId, budgetFen: Number(f.budgetFen), paidFen: Number(f.paidFen), smallMicroPaidFen: Number(f.smallMicroPaidFen) })),
    // The published audit and evaluation results of the year's funds (第五十六条), as the public reads them.
    fundEvaluations: evaluations.map((e) => ({ fundId: e.fundId, ...presentPublicFundEvaluation(e) })),
    policies: policies.map((p) => ({ policyId: p.policyId, fundId: p.fundId, cases: p.cases, paidCases: p.paidCases, paidFen: Number(p.paidFen) })),
    inspections: inspections.map((r) => ({ departmentId: r.departmentId, planned: r.planned, done: r.done, withFindings: r.withFindings })),
    financing,
    consultations,
    consultationFeedbackTargetDays: { days: CONSULTATION_FEEDBACK_TARGET.days, unverified: true, note: CONSULTATION_FEEDBACK_TARGET.note },
    procurement: procurement.map((p) => ({ departmentId: p.departmentId, projects: p.projects, budgetFen: Number(p.budgetFen), reservedFen: Number(p.reservedFen), smallMicroFen: Number(p.smallMicroFen) })),
  };
}
