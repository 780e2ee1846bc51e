import { FUND_EVALUATION_CONCLUSIONS, FUND_EVALUATION_KINDS } from '@huiqi/workflows';
import { z } from 'zod';
import { PlainDateString, yearOf } from '../schemas/common';

/** A result as an officer writes it (深圳 draft 第五十六条): who did what to the fund, when, what was found and how it was put right. */
export const FundEvaluationContentBody = z.object({
  kind: z.enum(FUND_EVALUATION_KINDS).meta({ description: 'AUDIT 审计 / PERFORMANCE_EVALUATION 绩效评估' }),
  bodyZh: z.string().min(1).max(200).meta({ description: '实施单位（审计机关或第三方评价机构）The body that did it, in Chinese' }),
  bodyEn: z.string().min(1).max(200).nullable().default(null).meta({ description: 'The body in English (optional)' }),
  reportDate: PlainDateString.meta({ description: '报告日期 The report\'s date (not in the future)' }),
  conclusion: z.enum(FUND_EVALUATION_CONCLUSIONS).meta({ description: 'NO_MAJOR_PROBLEM 未发现重大问题 / PROBLEMS_RECTIFIED 发现问题，已整改 / RECTIFICATION_IN_PROGRESS 发现问题，正在整改' }),
  findings: z.string().min(1).max(4000).meta({ description: '主要发现 Findings' }),
  rectification: z.string().max(4000).default('').meta({ description: '整改情况 Rectification (required when problems were found)' }),
  rectifiedOn: PlainDateString.nullable().default(null).meta({ description: '整改完成日期 Day rectification was completed (only with PROBLEMS_RECTIFIED)' }),
});

export const RecordFundEvaluationBody = FundEvaluationContentBody.extend({
  fundId: z.string().min(1).max(64).meta({ description: '资金编号 The fund evaluated (its year is the year evaluated)' }),
});

export const ChangeFundEvaluationBody = FundEvaluationContentBody.extend({ expectedVersion: z.number().int().min(1) });
export const PublishFundEvaluationBody = z.object({ expectedVersion: z.number().int().min(1) });
export const FundEvaluationParams = z.object({ evaluationId: z.string().regex(/^fe-[a-z0-9-]{8,64}$/) });
export const FundYearParams = z.object({ year: yearOf(2000, 2200) });

const Label = z.object({ zh: z.string(), en: z.string() });

/** A published result as the public reads it: plain words for the kind and the conclusion, dates as dates. */
export const PublicFundEvaluationView = z.object({
  evaluationId: z.string(),
  kind: z.enum(FUND_EVALUATION_KINDS),
  kindLabel: Label,
  body: z.object({ zh: z.string(), en: z.string().nullable() }),
  reportDate: PlainDateString,
  conclusion: z.enum(FUND_EVALUATION_CONCLUSIONS),
  conclusionLabel: Label,
  findings: z.string(),
  rectification: z.string(),
  rectifiedOn: PlainDateString.nullable(),
  publishedAt: z.string(),
});

/** A result as the officers see it: published or not, its version, when it was recorded and last changed. */
export const FundEvaluationView = PublicFundEvaluationView.extend({
  fundId: z.string(),
  fundYear: z.number().int(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  recordedAt: z.string(),
  updatedAt: z.string(),
});

export const FundEvaluationsOfYearView = z.object({
  year: z.number().int(),
  article: z.string(),
  funds: z.array(z.object({ fundId: z.string(), nameZh: z.string(), nameEn: z.string(), evaluations: z.array(FundEvaluationView) })),
});
