import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listReleases, releaseDay, setReleaseDay } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { tableCsv } from './public-tables';
import { canPublishStatistics } from './statistics-policy';
import { publishRelease, storedRelease } from './statistics-releases';
import { MonthParams, PublishBody, ReleaseDayBody, ReleaseSummaryView, ReleaseView } from './statistics-schemas';
import { fileAnswer } from '../schemas/common';

/**
 * 统计发布: the monthly releases of the public tables. The job `statistics.monthly-release`
 * publishes the previous month on the release day; the SME bureau can publish a complete month by
 * hand and set the day. Releases are stored as published (after disclosure control) and never change.
 */
const yieldOnly = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerReleaseRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/statistics/releases', {
    schema: {
      tags: ['statistics'],
      summary: '统计发布 The monthly releases, newest first, and the day of the month on which the previous month is published (public)',
      response: { 200: z.object({ releaseDay: z.number().int(), releases: z.array(ReleaseSummaryView) }) },
    },
  }, async () => ({ releaseDay: await releaseDay(db), releases: await listReleases(db) }));

  r.get('/api/statistics/releases/:month', {
    schema: {
      tags: ['statistics'],
      summary: '统计发布 One month\'s release: its tables as published (hidden cells null), the date they are as of and the registry state they were computed on (public; 404 before the month is published)',
      params: MonthParams,
      response: { 200: ReleaseView },
    },
  }, async (request) => storedRelease(db, request.params.month));

  r.get('/api/statistics/releases/:month/:table/csv', {
    schema: {
      tags: ['statistics'],
      summary: '统计发布 CSV One table of a month\'s release as CSV (hidden cells are x) (public)',
      params: MonthParams.extend({ table: z.string().max(64) }),
      response: { 200: fileAnswer('text/csv', '统计表 CSV One table of the release, hidden cells as x') },
    },
  }, async (request, reply) => {
    const { month, table } = request.params;
    const release = await storedRelease(db, month);
    const t = release.tables.find((x) => x.id === table);
    if (!t) throw new AppError('NOT_FOUND', { message: { zh: '没有这张统计表', en: 'There is no such table' } });
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${t.id.replace(':', '-')}-${month}.csv"`).send(tableCsv(t));
  });

  r.post('/api/statistics/releases', {
    schema: {
      tags: ['statistics'],
      summary: '发布月度统计 Publishes a complete month by hand (SME bureau); a month already published is returned as it is (created: false); audited',
      body: PublishBody,
      response: { 200: z.object({ release: ReleaseSummaryView, created: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canPublishStatistics(user));
    // A publication is shared by concurrent requests for the month: it yields to the event loop but is not bound to one request's budget.
    return request.budget.expensive(() => publishRelease(db, request.body.month, 'MANUAL', user.id, yieldOnly));
  });

  r.put('/api/statistics/releases/day', {
    schema: {
      tags: ['statistics'],
      summary: '发布日 Sets the day of the month (1–28) on which the previous month is published (SME bureau); audited',
      body: ReleaseDayBody,
      response: { 200: z.object({ releaseDay: z.number().int() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canPublishStatistics(user));
    return { releaseDay: await setReleaseDay(db, request.body.releaseDay, user.id) };
  });
}
