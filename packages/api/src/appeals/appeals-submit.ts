import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { APPEAL_TYPES } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { actorOf } from './appeals-context';
import { canSubmitAppeal } from './appeals-policy';
import { CaseViewSchema, WarningSchema } from './appeals-schemas';
import { submitAppeal } from './appeals-service';
import { viewCaseFor } from './appeal-viewer';
import { appealsRuntime } from './appeals-context';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const SubmitBody = z.object({
  type: z.enum(APPEAL_TYPES),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(20_000),
  /** Hide my identity from the handling departments (only for types that allow it). */
  isAnonymous: z.boolean().default(false),
  contactName: optionalText(50),
  contactPhone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/).nullable().optional(),
  contactEmail: z.email().max(200).nullable().optional(),
  attachmentIds: z.array(z.string().min(1).max(100)).max(20).default([]),
  relatedCaseId: z.string().max(100).nullable().optional(),
  /** Required for ARREARS_COMPLAINT (checked by the domain's arrears form, with field errors). */
  arrears: z.unknown().optional(),
});

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/** The Idempotency-Key header, checked; a random key when absent (then a retry is a new case). */
export function idempotencyKeyOf(header: string | string[] | undefined): string {
  if (header === undefined) return `auto-${randomUUID()}`;
  const key = Array.isArray(header) ? header[0] : header;
  if (!key || !IDEMPOTENCY_KEY.test(key)) throw new AppError('APPEAL_IDEMPOTENCY_KEY_INVALID');
  return key;
}

export function registerAppealSubmitRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/appeals', {
    schema: {
      tags: ['appeals'],
      summary: '提交诉求 Submit an appeal (enterprise users). Send an Idempotency-Key header: a retry with the same key returns the same case (200) instead of a second one (201).',
      body: SubmitBody,
      response: { 200: z.object({ trackingNumber: z.string(), isDuplicate: z.boolean(), case: CaseViewSchema, warnings: z.array(WarningSchema) }), 201: z.object({ trackingNumber: z.string(), isDuplicate: z.boolean(), case: CaseViewSchema, warnings: z.array(WarningSchema) }) },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSubmitAppeal(user));
    const key = idempotencyKeyOf(request.headers['idempotency-key']);
    const b = request.body;
    const outcome = await submitAppeal(db, {
      actor: actorOf(user)!,
      submitterScope: `user:${user.id}`,
      idempotencyKey: key,
      auditUserId: user.id,
      draft: {
        type: b.type,
        title: b.title,
        description: b.description,
        isAnonymous: b.isAnonymous,
        reporter: {
          userId: user.id,
          enterpriseId: user.uscc,
          enterpriseName: user.enterpriseName,
          uscc: user.uscc,
          contactName: b.contactName ?? null,
          contactPhone: b.contactPhone ?? null,
          contactEmail: b.contactEmail ?? null,
        },
        relatedCaseId: b.relatedCaseId ?? null,
        arrears: b.type === 'ARREARS_COMPLAINT' ? ((b.arrears ?? null) as never) : ((b.arrears ?? null) as never),
        attachmentIds: b.attachmentIds,
      },
    });
    const view = viewCaseFor(user, outcome.log, (await appealsRuntime(db)).smeBureauId);
    if (!view.ok) throw new AppError('APPEAL_NOT_FOUND');
    reply.status(outcome.isDuplicate ? 200 : 201);
    return { trackingNumber: outcome.trackingNumber, isDuplicate: outcome.isDuplicate, case: view.value, warnings: outcome.warnings };
  });
}
