import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cultivationTargetProgress, setCultivationTargets } from '@huiqi/db';
import { localDateOf } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { yearOf } from '../schemas/common';
import { requireCityOfficer, requireOfficer } from './cultivation-actor';
import { beijingInstant } from './cultivation-clock';
import { TargetProgressList, TargetsSaved } from './cultivation-schemas';

/** 深工信〔2023〕26号 第14项: the measure the targets come from unless another text is named. */
export const TARGETS_SOURCE = 'cn-gd-sz/measures/sme-relief-2023#measure_14';

const YearParams = z.object({ year: yearOf(2000, 2999) });
const TargetsBody = z.object({
  items: z.array(z.object({
    tier: z.enum(['INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT']),
    district: z.string().regex(/^[a-z0-9-]{1,64}$/),
    target: z.number().int().min(0).max(10_000_000),
    cumulative: z.boolean().default(true),
    source: z.string().min(1).max(200).default(TARGETS_SOURCE),
  })).min(1).max(100),
});

/** Yearly targets per tier and district, and progress against them (recognitions hold the tag through the QUALIFICATIONS certificates). */
export function registerCultivationTargetRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put('/api/cultivation/targets/:year', { schema: { tags: ['cultivation'], summary: '年度培育目标 Set the year’s targets per tier and district (city or district), with their source', params: YearParams, body: TargetsBody , response: { 200: TargetsSaved } } }, async (request) => {
    const { user } = await requireCityOfficer(db, request);
    const ids = [...new Set(request.body.items.map((i) => i.district))];
    const known = await db.query<{ id: string }>('SELECT id FROM jurisdictions WHERE id = ANY ($1::text[])', [ids]);
    const missing = ids.filter((id) => !known.some((k) => k.id === id));
    if (missing.length) throw new AppError('VALIDATION_FAILED', { message: { zh: `没有这些区域：${missing.join('、')}`, en: `unknown districts: ${missing.join(', ')}` } });
    await db.transaction((tx) => setCultivationTargets(tx, request.body.items.map((i) => ({ ...i, year: request.params.year })), user.id));
    // tiers as TargetsBody accepted them; the response schema checks them on the way out
    return { items: (await cultivationTargetProgress(db, request.params.year, localDateOf(beijingInstant()), null)) as z.output<typeof TargetsSaved>['items'] };
  });
  r.get('/api/cultivation/targets/:year', { schema: { tags: ['cultivation'], summary: '培育目标进度 The year’s targets with progress (holders at year end or today, recognitions in the year, applications under review)', params: YearParams , response: { 200: TargetProgressList } } }, async (request) => {
    const { actor } = await requireOfficer(db, request);
    const today = localDateOf(beijingInstant());
    const end = `${request.params.year}-12-31`;
    const asOf = end < today ? end : today;
    return { asOf, items: (await cultivationTargetProgress(db, request.params.year, asOf, actor.districtId)) as z.output<typeof TargetProgressList>['items'] };
  });
}
