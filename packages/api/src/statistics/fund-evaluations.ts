import { randomUUID } from 'node:crypto';
import {
  changeFundEvaluation, findFundForEvaluation, FundEvaluationVersionConflictError, fundsOfYear, listFundEvaluations, publishFundEvaluation,
  recordFundEvaluation, type Database, type StoredFundEvaluation,
} from '@huiqi/db';
import { today } from '@huiqi/kernel';
import {
  checkFundEvaluation, FUND_EVALUATION_ARTICLE, FUND_EVALUATION_CONCLUSION_NAMES, FUND_EVALUATION_KIND_NAMES, type FundEvaluationContent,
} from '@huiqi/workflows';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { fundEvaluationNotFound, fundNotFound } from './statistics-error-codes';
import type { FundEvaluationContentBody } from './fund-evaluation-schemas';

/** A result as the public reads it (published ones only reach this). */
export function presentPublicFundEvaluation(e: StoredFundEvaluation) {
  return {
    evaluationId: e.evaluationId, kind: e.kind, kindLabel: FUND_EVALUATION_KIND_NAMES[e.kind], body: e.body, reportDate: e.reportDate,
    conclusion: e.conclusion, conclusionLabel: FUND_EVALUATION_CONCLUSION_NAMES[e.conclusion], findings: e.findings,
    rectification: e.rectification, rectifiedOn: e.rectifiedOn, publishedAt: e.publishedAt ?? '',
  };
}

/** A result as the officers see it. */
export function presentFundEvaluation(e: StoredFundEvaluation) {
  return {
    ...presentPublicFundEvaluation(e), fundId: e.fundId, fundYear: e.fundYear, published: e.published, publishedAt: e.publishedAt,
    version: e.version, recordedAt: e.recordedAt, updatedAt: e.updatedAt,
  };
}

/** The body's content, checked against today: a report dated in the future and inconsistent rectification fields are refused (422, every problem named). */
function checkedContent(b: z.infer<typeof FundEvaluationContentBody>): FundEvaluationContent {
  const content: FundEvaluationContent = {
    kind: b.kind, body: { zh: b.bodyZh.trim(), en: b.bodyEn?.trim() || null }, reportDate: b.reportDate, conclusion: b.conclusion,
    findings: b.findings, rectification: b.rectification, rectifiedOn: b.rectifiedOn,
  };
  const problems = checkFundEvaluation(content, today());
  if (problems.length > 0) {
    throw new AppError('STATISTICS_FUND_EVALUATION_INVALID', {
      message: { zh: problems.map((p) => p.message.zh).join(''), en: problems.map((p) => p.message.en).join(' ') },
      details: { problems },
    });
  }
  return content;
}

const conflict = (e: unknown): never => {
  if (e instanceof FundEvaluationVersionConflictError) throw new AppError('STATISTICS_FUND_EVALUATION_CONFLICT', { details: { currentVersion: e.current } });
  throw e;
};

export async function recordEvaluation(db: Database, body: z.infer<typeof FundEvaluationContentBody> & { fundId: string }, userId: string) {
  const fund = await findFundForEvaluation(db, body.fundId);
  if (!fund) throw fundNotFound(body.fundId);
  const content = checkedContent(body);
  return presentFundEvaluation(await recordFundEvaluation(db, { evaluationId: `fe-${randomUUID()}`, fundId: fund.id, content, userId }));
}

export async function changeEvaluation(db: Database, evaluationId: string, body: z.infer<typeof FundEvaluationContentBody> & { expectedVersion: number }, userId: string) {
  const content = checkedContent(body);
  const e = await changeFundEvaluation(db, { evaluationId, content, expectedVersion: body.expectedVersion, userId }).catch(conflict);
  if (!e) throw fundEvaluationNotFound(evaluationId);
  return presentFundEvaluation(e);
}

export async function publishEvaluation(db: Database, evaluationId: string, expectedVersion: number, userId: string) {
  const r = await publishFundEvaluation(db, { evaluationId, expectedVersion, userId }).catch(conflict);
  if (!r) throw fundEvaluationNotFound(evaluationId);
  return { evaluation: presentFundEvaluation(r.evaluation), changed: r.changed };
}

/** Every fund of the year with all its results, published or not (officers). */
export async function evaluationsOfYear(db: Database, year: number) {
  const [funds, evaluations] = await Promise.all([fundsOfYear(db, year), listFundEvaluations(db, year, 'ALL')]);
  return {
    year, article: FUND_EVALUATION_ARTICLE,
    funds: funds.map((f) => ({ fundId: f.fundId, nameZh: f.nameZh, nameEn: f.nameEn, evaluations: evaluations.filter((e) => e.fundId === f.fundId).map(presentFundEvaluation) })),
  };
}
