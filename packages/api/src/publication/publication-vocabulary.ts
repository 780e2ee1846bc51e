import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parsePlainDate, today } from '@huiqi/kernel';
import { checkFormula } from '@huiqi/matching';
import { z } from 'zod';
import { PlainDateString } from '../schemas/common';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { canReadDrafts } from './publication-policy';
import { vocabularyOf } from './vocabulary';

const VocabularyName = z.object({
  name: z.string(),
  type: z.enum(['number', 'money', 'bool', 'date', 'enum', 'text', 'set']),
  unit: z.string().nullable(),
  labelZh: z.string(),
  labelEn: z.string(),
  values: z.array(z.string()).nullable(),
});

const VocabularyView = z.object({
  facts: z.array(VocabularyName),
  variables: z.array(VocabularyName),
  parameters: z.array(z.object({ path: z.string(), unit: z.string(), labelZh: z.string(), labelEn: z.string(), value: z.string().nullable() })),
  comparisons: z.array(z.enum(['<', '<=', '>', '>=', '==', '!='])),
});

/** The form builder's vocabulary, and checking one formula as the official types it. */
export function registerVocabularyRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/publication/vocabulary', {
    schema: {
      tags: ['publication'],
      summary: '条件词汇 Facts, derived variables and parameters a condition or amount may use (from the rule base), with the parameter values in force for the jurisdiction (default: the official\'s) on the date (default: today)',
      querystring: z.object({
        jurisdiction: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/).optional(),
        date: PlainDateString.optional(),
      }),
      response: { 200: VocabularyView },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    const date = request.query.date ? parsePlainDate(request.query.date) : today();
    if (!date) throw new AppError('VALIDATION_FAILED', { message: { zh: '日期格式应为 YYYY-MM-DD', en: 'The date must be YYYY-MM-DD' } });
    const jurisdiction = request.query.jurisdiction ?? user.jurisdiction;
    const [j] = await db.query<{ name_zh: string }>('SELECT name_zh FROM jurisdictions WHERE id = $1', [jurisdiction]);
    if (!j) throw new AppError('VALIDATION_FAILED', { message: { zh: `没有辖区 ${jurisdiction}`, en: `No jurisdiction ${jurisdiction}` } });
    const { rb } = await getRules();
    return vocabularyOf(rb, ruleJurisdictionOf(rb, jurisdiction, j.name_zh).id, date);
  });

  r.post('/api/publication/check-condition', {
    schema: {
      tags: ['publication'],
      summary: '校验条件 Check one condition (expect bool, the default) or amount formula (expect money: whole fen) against the rule base; a formula that does not check gives the 0-based character offset and the message',
      body: z.object({ when: z.string().min(1).max(2000), expect: z.enum(['bool', 'money']).default('bool') }).strict(),
      response: {
        200: z.union([
          z.object({ ok: z.literal(true) }),
          z.object({ ok: z.literal(false), offset: z.number().int(), messageZh: z.string(), messageEn: z.string() }),
        ]),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    const { rb } = await getRules();
    const checked = checkFormula(rb, request.body.when, request.body.expect);
    if (checked.ok) return { ok: true as const };
    const { offset, message } = checked.error;
    return { ok: false as const, offset, messageZh: `第 ${offset + 1} 个字符：${message.zh}`, messageEn: `at ${offset + 1}: ${message.en}` };
  });
}
