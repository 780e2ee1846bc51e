import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listDepartments } from '@huiqi/db';
import { computeAppealStatistics, publicAppealStatistics } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { Bilingual } from '../schemas/common';
import { canSupervise } from './appeals-policy';
import { foldCasesSubmittedBetween, monthRange, recentMonths } from './appeal-cases-folded';
import { nowInstant } from './appeals-context';

const Month = z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), { message: 'must be a month YYYY-MM', params: { zh: '应为 YYYY-MM 月份', en: 'must be a month YYYY-MM' } });
const MonthQuery = z.object({ from: Month.optional(), to: Month.optional() });
const Rate = z.object({ numerator: z.number(), denominator: z.number(), rate: z.number().nullable() });

function range(q: { from?: string | undefined; to?: string | undefined }) {
  const d = recentMonths(11);
  const from = q.from ?? d.from;
  const to = q.to ?? d.to;
  if (from > to) throw new AppError('VALIDATION_FAILED', { message: { zh: '起始月份不能晚于结束月份', en: 'from must not be after to' } });
  return { fromMonth: from, toMonth: to, ...monthRange(from, to) };
}

export function registerAppealStatisticsRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/appeals/dashboard', {
    schema: {
      tags: ['appeals'],
      summary: '督办看板 Per responsible department and month of submission: 响应率、办结率、解决率、满意率 with counts (supervision office and auditors). Default: the last 12 months.',
      querystring: MonthQuery,
      response: {
        200: z.object({
          from: z.string(), to: z.string(), asOf: z.string(), isTruncated: z.boolean(),
          departments: z.array(z.object({ id: z.string(), name: Bilingual })),
          rows: z.array(z.object({
            department: z.string(), month: z.string(), received: z.number(), rejected: z.number(), withdrawn: z.number(), handled: z.number(), due: z.number(), undetermined: z.number(),
            responseRate: Rate, onTimeClosingRate: Rate, resolutionRate: Rate, satisfactionRate: Rate,
            ratings: z.object({ satisfied: z.number(), basicallySatisfied: z.number(), dissatisfied: z.number() }),
          })),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSupervise(user));
    const q = range(request.query);
    const asOf = nowInstant();
    const { cases, isTruncated } = await foldCasesSubmittedBetween(db, q.from, q.to);
    const departments = (await listDepartments(db)).map((d) => ({ id: d.id, name: d.name }));
    return { from: q.fromMonth, to: q.toMonth, asOf, isTruncated, departments, rows: computeAppealStatistics(cases, asOf) };
  });

  r.get('/api/appeals/public-statistics', {
    schema: {
      tags: ['appeals'],
      summary: '诉求公开统计 Monthly counts by type, responsible department and outcome — no case ids, names, texts or dates finer than the month (public, no login)',
      querystring: MonthQuery,
      response: {
        200: z.object({
          from: z.string(), to: z.string(),
          rows: z.array(z.object({ month: z.string(), type: z.string(), department: z.string(), counts: z.record(z.string(), z.number()), total: z.number() })),
        }),
      },
    },
  }, async (request) => {
    const q = range(request.query);
    const { cases } = await foldCasesSubmittedBetween(db, q.from, q.to);
    return { from: q.fromMonth, to: q.toMonth, rows: publicAppealStatistics(cases) };
  });
}
