import { fundsOfYear, listDepartments, listFundEvaluations, type Database } from '@huiqi/db';
import { DEFAULT_DISCLOSURE_RULES, FUND_EVALUATION_ARTICLE } from '@huiqi/workflows';
import { presentPublicFundEvaluation } from './fund-evaluations';

export interface FundDisclosureRow {
  fundId: string;
  nameZh: string;
  nameEn: string;
  departmentZh: string;
  budgetFen: number;
  /** Null when fewer than 3 enterprises were paid (their amounts would be disclosed). */
  paidFen: number | null;
  smallMicroPaidFen: number | null;
  recipients: number | null;
  /** The fund's published audit and evaluation results, oldest report first. */
  evaluations: ReturnType<typeof presentPublicFundEvaluation>[];
}

/**
 * The use of the year's support funds for the public (深圳 draft 第五十六条【评估审计】: "审计等相关部门应当定期对
 * 各类扶持中小企业发展的资金和基金的使用情况进行绩效评估和审计，评估和审计结果应当向社会公布。"): budget per fund, the
 * paid amounts where at least 3 enterprises were paid, and under each fund its published audit and
 * performance-evaluation results (unpublished ones never appear here).
 */
export async function fundsDisclosure(db: Database, year: number): Promise<{ year: number; article: string; funds: FundDisclosureRow[] }> {
  const departments = new Map((await listDepartments(db)).map((d) => [d.id, d.name.zh]));
  const [rows, evaluations] = await Promise.all([fundsOfYear(db, year), listFundEvaluations(db, year, 'PUBLISHED')]);
  const min = DEFAULT_DISCLOSURE_RULES.minContributors;
  return {
    year,
    article: FUND_EVALUATION_ARTICLE,
    funds: rows.map((f) => {
      const shown = f.recipients === 0 || f.recipients >= min;
      return {
        fundId: f.fundId, nameZh: f.nameZh, nameEn: f.nameEn, departmentZh: departments.get(f.departmentId) ?? '', budgetFen: Number(f.budgetFen),
        paidFen: shown ? Number(f.paidFen) : null, smallMicroPaidFen: shown ? Number(f.smallMicroPaidFen) : null, recipients: shown ? f.recipients : null,
        evaluations: evaluations.filter((e) => e.fundId === f.fundId).map(presentPublicFundEvaluation),
      };
    }),
  };
}
