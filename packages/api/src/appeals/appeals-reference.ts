import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { localDateOf, parseArrearsComplaintForm, REJECTION_REASONS, rejectionReasons, SATISFACTION_LEVELS, APPEAL_TYPES, appealTypes } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { Bilingual } from '../schemas/common';
import { appealsRuntime, nowInstant } from './appeals-context';

export function registerAppealReferenceRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/appeals/types', {
    schema: {
      tags: ['appeals'],
      summary: '诉求类型 Appeal types (which may be anonymous), rejection reasons and satisfaction levels (public)',
      response: {
        200: z.object({
          types: z.array(z.object({ code: z.string(), label: Bilingual, description: Bilingual, isAnonymousAllowed: z.boolean() })),
          rejectionReasons: z.array(z.object({ code: z.string(), label: Bilingual, onlyFor: z.array(z.string()).nullable(), needsRelatedCase: z.boolean() })),
          satisfactionLevels: z.array(z.string()),
        }),
      },
    },
  }, async () => ({
    types: APPEAL_TYPES.map((code) => ({ code, label: appealTypes[code].label, description: appealTypes[code].description, isAnonymousAllowed: appealTypes[code].isAnonymousAllowed })),
    rejectionReasons: REJECTION_REASONS.map((code) => {
      const info = rejectionReasons[code] as { label: { zh: string; en: string }; onlyFor?: readonly string[]; needsRelatedCase: boolean };
      return { code, label: info.label, onlyFor: info.onlyFor ? [...info.onlyFor] : null, needsRelatedCase: info.needsRelatedCase };
    }),
    satisfactionLevels: [...SATISFACTION_LEVELS],
  }));

  r.post('/api/appeals/arrears-terms', {
    schema: {
      tags: ['appeals'],
      summary: '拖欠账款测算 The statutory payment due date and overdue interest of an arrears complaint form as of today (保障中小企业款项支付条例), before submitting; field errors name the field',
      body: z.record(z.string(), z.unknown()),
      response: {
        200: z.object({
          dueDate: z.string(), asOf: z.string(), outstandingFen: z.number(), overdueDays: z.number(), interestFen: z.number(), basis: z.array(z.string()), explanation: Bilingual,
        }),
      },
    },
  }, async (request) => {
    requirePrincipal(request.principal);
    const form = parseArrearsComplaintForm(request.body);
    if (!form.ok) throw new AppError('APPEAL_ARREARS_FORM_INVALID', { message: form.error.message, details: { fields: form.error.fields.map(({ path, message }) => ({ path, message })) } });
    const { context } = await appealsRuntime(db);
    if (!context.paymentTerms) throw new AppError('APPEAL_ARREARS_TERMS_FAILED');
    const terms = context.paymentTerms.compute(form.value, localDateOf(nowInstant()));
    if (!terms.ok) throw new AppError('APPEAL_ARREARS_TERMS_FAILED', { message: terms.error.message, details: { cause: terms.error.code } });
    return terms.value;
  });
}
