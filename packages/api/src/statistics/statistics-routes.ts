import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { today } from '@huiqi/kernel';
import { getRelease } from '@huiqi/db';
import { INDICATORS, indicatorById } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { PublicFundEvaluationView } from './fund-evaluation-schemas';
import { fundsDisclosure } from './funds-disclosure';
import { indicatorView } from './indicator-view';
import { lastCompleteMonth, publishedTables, tableCsv, type PublishedTableData } from './public-tables';
import { canReadStatistics } from './statistics-policy';
import { Definition, IndicatorQuery, IndicatorView, MonthQuery, PublishedTableView, YearParams } from './statistics-schemas';
import { fileAnswer } from '../schemas/common';

export function registerStatisticsRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** A month's public tables: its release as stored once it is published (figures no longer move), else computed now. */
  const monthTables = async (month: string, between: () => Promise<void>, budget: { expensive<T>(fn: () => Promise<T>): Promise<T> }) => {
    const stored = await getRelease<PublishedTableData>(db, month);
    if (stored) return { month, asOf: stored.asOf, publishedAt: stored.publishedAt, tables: stored.tables };
    return { ...(await budget.expensive(() => publishedTables(db, month, between))), publishedAt: null };
  };

  r.get('/api/statistics/indicators', {
    schema: {
      tags: ['statistics'],
      summary: '统计指标 Every indicator with its definition: formula, sources, breakdowns and the articles that ask for it (public)',
      response: { 200: z.object({ indicators: z.array(Definition) }) },
    },
  }, async () => ({ indicators: INDICATORS.map((d) => ({ ...d })) }));

  r.get('/api/statistics/indicators/:id', {
    schema: {
      tags: ['statistics'],
      summary: '指标详情 One indicator for a month with all its breakdowns (size class, district, industry section, month; or policy, fund, department), optionally within one district — officials, unsuppressed',
      params: z.object({ id: z.string().max(64) }),
      querystring: IndicatorQuery,
      response: { 200: IndicatorView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadStatistics(user));
    const def = indicatorById(request.params.id);
    if (!def) throw new AppError('STATISTICS_INDICATOR_NOT_FOUND');
    const month = request.query.month ?? lastCompleteMonth(today());
    const between = () => request.budget.checkpoint();
    const view = await request.budget.expensive(() => indicatorView(db, def, month, request.query.district, between));
    return { indicator: { ...def }, ...view };
  });

  r.get('/api/statistics/public', {
    schema: {
      tags: ['statistics'],
      summary: '公开统计 The published tables of a month (default: the last complete month), with cells covering fewer than 3 enterprises or dominated by one hidden (null), and enough others hidden that none can be recovered from the totals; the release of the month as stored once it is published (publishedAt), computed now before that (publishedAt null) (public)',
      querystring: MonthQuery,
      response: { 200: z.object({ month: z.string(), asOf: z.string(), publishedAt: z.string().nullable(), tables: z.array(PublishedTableView) }) },
    },
  }, async (request) => {
    const month = request.query.month ?? lastCompleteMonth(today());
    return monthTables(month, () => request.budget.checkpoint(), request.budget);
  });

  r.get('/api/statistics/public/:table/csv', {
    schema: {
      tags: ['statistics'],
      summary: '公开统计 CSV One published table as CSV (hidden cells are x) (public)',
      params: z.object({ table: z.string().max(64) }),
      querystring: MonthQuery,
      response: { 200: fileAnswer('text/csv', '统计表 CSV One table, hidden cells as x') },
    },
  }, async (request, reply) => {
    const month = request.query.month ?? lastCompleteMonth(today());
    const { tables } = await monthTables(month, () => request.budget.checkpoint(), request.budget);
    const t = tables.find((x) => x.id === request.params.table);
    if (!t) throw new AppError('NOT_FOUND', { message: { zh: '没有这张统计表', en: 'There is no such table' } });
    const name = `${t.id.replace(':', '-')}-${month}.csv`;
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(tableCsv(t));
  });

  r.get('/api/statistics/public/funds/:year', {
    schema: {
      tags: ['statistics'],
      summary: '资金使用公开 Use of the year\'s support funds: budget per fund, the amounts paid where at least 3 enterprises were paid, and each fund\'s published audit and performance-evaluation results (深圳 draft 第五十六条) (public)',
      params: YearParams,
      response: {
        200: z.object({
          year: z.number().int(),
          article: z.string(),
          funds: z.array(z.object({
            fundId: z.string(), nameZh: z.string(), nameEn: z.string(), departmentZh: z.string(), budgetFen: z.number().int(),
            paidFen: z.number().int().nullable(), smallMicroPaidFen: z.number().int().nullable(), recipients: z.number().int().nullable(),
            evaluations: z.array(PublicFundEvaluationView),
          })),
        }),
      },
    },
  }, async (request) => fundsDisclosure(db, request.params.year));
}
