import { z } from 'zod';
import { PlainDateString, yearOf } from '../schemas/common';

export const MonthQuery = z.object({
  month: z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), { message: 'must be a month YYYY-MM', params: { zh: '月份应为 YYYY-MM', en: 'must be a month YYYY-MM' } }).optional(),
});

export const IndicatorQuery = MonthQuery.extend({
  district: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(),
});

export const YearParams = z.object({ year: yearOf(2000, 2200) });

export const Definition = z.object({
  id: z.string(), nameZh: z.string(), nameEn: z.string(), formulaZh: z.string(), formulaEn: z.string(), unit: z.string(),
  sources: z.array(z.string()), breakdowns: z.array(z.string()), articles: z.array(z.string()), published: z.boolean(),
});

export const BreakdownRow = z.object({ key: z.string(), labelZh: z.string(), value: z.number().nullable(), detail: z.record(z.string(), z.number()).optional() });

export const IndicatorView = z.object({
  indicator: Definition,
  month: z.string(),
  asOf: z.string(),
  district: z.object({ slug: z.string(), nameZh: z.string() }).nullable(),
  total: z.number().nullable(),
  breakdowns: z.array(z.object({ by: z.string(), rows: z.array(BreakdownRow) })),
});

export const PublishedTableView = z.object({
  id: z.string(), indicatorId: z.string(), by: z.string(), titleZh: z.string(), titleEn: z.string(), unitZh: z.string(),
  rowKeys: z.array(z.string()), rowLabels: z.array(z.string()), colKeys: z.array(z.string()), colLabels: z.array(z.string()),
  values: z.array(z.array(z.number().nullable())), hiddenCount: z.number().int(),
});

export const ReportSectionView = z.object({
  key: z.string(), headingZh: z.string(), headingEn: z.string(), paragraphs: z.array(z.string()), editable: z.boolean(),
  tables: z.array(z.object({ captionZh: z.string(), headers: z.array(z.string()), rows: z.array(z.array(z.string())) })),
  narrative: z.object({ text: z.string(), version: z.number().int(), updatedAt: z.string().nullable() }).nullable(),
});

export const ReportView = z.object({
  year: z.number().int(), titleZh: z.string(), asOf: z.string(), article: z.string(),
  sections: z.array(ReportSectionView), sources: z.array(z.object({ indicatorId: z.string(), asOf: z.string() })),
});

export const NarrativeParams = z.object({ year: yearOf(2000, 2200), section: z.enum(['PROBLEMS', 'OTHER']) });
export const NarrativeBody = z.object({ text: z.string().max(20_000), expectedVersion: z.number().int().min(0) });

export const MonthParams = z.object({
  month: z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), { message: 'must be a month YYYY-MM', params: { zh: '月份应为 YYYY-MM', en: 'must be a month YYYY-MM' } }),
});

export const ReleaseSummaryView = z.object({
  month: z.string(), asOf: z.string(), figureYear: z.number().int(), snapshotSeq: z.number().int(), trigger: z.enum(['SCHEDULE', 'MANUAL']),
  publishedAt: z.string(), tableCount: z.number().int(), hiddenCells: z.number().int(),
});

export const ReleaseView = ReleaseSummaryView.extend({ tables: z.array(PublishedTableView) });

export const PublishBody = MonthParams.extend({});
export const ReleaseDayBody = z.object({ releaseDay: z.number().int().min(1).max(28) });

/**
 * The evaluation pack as downloaded (a JSON file; format huiqi-evaluation-pack-1): the year, the
 * disclosure rules, the indicator definitions, the year-end published tables, the modules' yearly
 * aggregates (money in integer fen) and the published audit and evaluation results of the year's funds. Aggregates only.
 */
export const EvaluationPackView = z.looseObject({
  format: z.literal('huiqi-evaluation-pack-1'),
  year: z.number().int(),
  generatedAt: z.string(),
  reportArticle: z.string(),
  disclosureRules: z.looseObject({ minContributors: z.number(), dominanceShare: z.number(), reference: z.string() }),
  definitions: z.array(z.record(z.string(), z.unknown())),
  publishedTables: z.array(z.record(z.string(), z.unknown())),
  funds: z.array(z.looseObject({ fundId: z.string(), budgetFen: z.number().int(), paidFen: z.number().int(), smallMicroPaidFen: z.number().int() })),
  fundEvaluations: z.array(z.looseObject({ fundId: z.string(), evaluationId: z.string(), kind: z.string(), reportDate: PlainDateString, conclusion: z.string() })),
  policies: z.array(z.looseObject({ policyId: z.string(), cases: z.number().int(), paidCases: z.number().int(), paidFen: z.number().int() })),
  inspections: z.array(z.record(z.string(), z.unknown())),
  financing: z.array(z.record(z.string(), z.unknown())),
  consultations: z.array(z.record(z.string(), z.unknown())),
  procurement: z.array(z.looseObject({ departmentId: z.string(), projects: z.number().int(), budgetFen: z.number().int(), reservedFen: z.number().int(), smallMicroFen: z.number().int() })),
});
