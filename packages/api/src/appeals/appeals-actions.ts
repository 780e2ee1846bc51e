import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { APPEAL_ACTION_TYPES } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canActOnAppeals } from './appeals-policy';
import { CaseViewSchema, TrackingNumberParam, WarningSchema } from './appeals-schemas';
import { performAppealAction } from './appeals-service';

const SYSTEM_ONLY = new Set(['SUBMITTED', 'REMINDER_SENT', 'DEADLINES_RECOMPUTED']);

export const ActionBody = z.object({
  /** The client's transaction id: sending the same id again is a no-op (idempotent retry). */
  id: z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/).optional(),
  type: z.enum(APPEAL_ACTION_TYPES),
  payload: z.record(z.string(), z.unknown()),
});

export function registerAppealActionRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/appeals/:trackingNumber/actions', {
    schema: {
      tags: ['appeals'],
      summary: '办理操作 Perform an action ({ type, payload, id? }): accept, dispatch, return, request/approve an extension, answer, rate, reopen, withdraw, urge … Refusals carry the domain code (APPEAL_…) and a bilingual reason. `case` is null when the action took the case out of my sight (a department returning it).',
      params: TrackingNumberParam,
      body: ActionBody,
      response: { 200: z.object({ case: CaseViewSchema.nullable(), isDuplicate: z.boolean(), warnings: z.array(WarningSchema) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canActOnAppeals(user));
    const b = request.body;
    if (SYSTEM_ONLY.has(b.type)) {
      throw new AppError('APPEAL_ACTOR_NOT_PERMITTED', { message: { zh: `${b.type} 只能由平台自动执行或通过提交接口`, en: `${b.type} is performed by the platform or through the submission endpoint only` } });
    }
    const out = await performAppealAction(db, user, request.params.trackingNumber, { id: b.id, type: b.type, payload: b.payload });
    return { case: out.view, isDuplicate: out.isDuplicate, warnings: out.warnings };
  });
}
