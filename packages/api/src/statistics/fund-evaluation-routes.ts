import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import {
  ChangeFundEvaluationBody, FundEvaluationParams, FundEvaluationsOfYearView, FundEvaluationView, FundYearParams, PublishFundEvaluationBody, RecordFundEvaluationBody,
} from './fund-evaluation-schemas';
import { changeEvaluation, evaluationsOfYear, publishEvaluation, recordEvaluation } from './fund-evaluations';
import { canReadStatistics, canRecordFundEvaluations } from './statistics-policy';

/**
 * 资金评估审计结果 (深圳 draft 第五十六条【评估审计】): the SME bureau records the audit and performance-evaluation
 * results of the support funds and publishes them; published results appear under their fund in the public
 * funds disclosure (`GET /api/statistics/public/funds/:year`) and in section (二) of the annual report.
 */
export function registerFundEvaluationRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/statistics/fund-evaluations/:year', {
    schema: {
      tags: ['statistics'],
      summary: '资金评估审计结果 Every support fund of a year with its audit and evaluation results, published or not (officials and auditors)',
      params: FundYearParams,
      response: { 200: FundEvaluationsOfYearView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    return evaluationsOfYear(db, request.params.year);
  });

  r.post('/api/statistics/fund-evaluations', {
    schema: {
      tags: ['statistics'],
      summary: '登记评估审计结果 Records an audit or performance-evaluation result of a fund, unpublished (SME bureau); an unknown fund is 404 naming it, a report dated in the future or inconsistent rectification fields 422; audited',
      body: RecordFundEvaluationBody,
      response: { 200: z.object({ evaluation: FundEvaluationView }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canRecordFundEvaluations(user));
    return { evaluation: await recordEvaluation(db, request.body, user.id) };
  });

  r.put('/api/statistics/fund-evaluations/:evaluationId', {
    schema: {
      tags: ['statistics'],
      summary: '修改评估审计结果 Changes a result (SME bureau) as a new version, kept with the earlier ones; `expectedVersion` guards against overwriting someone else\'s change (409); a published result stays published; audited',
      params: FundEvaluationParams,
      body: ChangeFundEvaluationBody,
      response: { 200: z.object({ evaluation: FundEvaluationView }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canRecordFundEvaluations(user));
    return { evaluation: await changeEvaluation(db, request.params.evaluationId, request.body, user.id) };
  });

  r.post('/api/statistics/fund-evaluations/:evaluationId/publish', {
    schema: {
      tags: ['statistics'],
      summary: '公布评估审计结果 Publishes a result to the public funds disclosure (SME bureau); one already published is returned as it is (changed: false); audited',
      params: FundEvaluationParams,
      body: PublishFundEvaluationBody,
      response: { 200: z.object({ evaluation: FundEvaluationView, changed: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canRecordFundEvaluations(user));
    return publishEvaluation(db, request.params.evaluationId, request.body.expectedVersion, user.id);
  });
}
