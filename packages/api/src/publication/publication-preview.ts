import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loadPopulation } from '@huiqi/db';
import { parsePlainDate } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { loadDraft } from './publication-drafts';
import { canReadDraft, canReadDrafts } from './publication-policy';
import { DraftIdParams } from './publication-schemas';
import { policyOfDraft } from './validate-draft';
import { costDelta, evaluateSubjects, hasAmount, reachDiff, reachOf, sizesOf, subjectsOf } from './reach';

const Counts = { eligible: z.number(), unknown: z.number(), ineligible: z.number(), outside: z.number() };
const Group = z.object({ key: z.string(), nameZh: z.string(), ...Counts });
const Cost = z.object({ eligibleFen: z.number().int(), unknownAmount: z.number().int() });
const ReachView = z.object({ total: z.number(), ...Counts, byDistrict: z.array(Group), bySection: z.array(Group), bySize: z.array(Group), cost: Cost.nullable() });

/** A what-if change: a condition's text, or the amount formula. */
const Change = z.union([
  z.object({ conditionId: z.string().min(1), when: z.string().min(1).max(2000) }).strict(),
  z.object({ amount: z.string().min(1).max(2000) }).strict(),
]);

/** 覆盖面预览 and what-if: a draft over the whole registry before it is published. */
export function registerPreviewRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/publication/drafts/:id/preview', {
    schema: {
      tags: ['publication'],
      summary: '覆盖面预览 Reach of a draft over the registry (by district, industry section, size class; cost in fen when it has an amount), and what-if with changed conditions or amount',
      params: DraftIdParams,
      body: z.object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
        changes: z.array(Change).max(31).default([]),
      }).strict(),
      response: {
        200: z.object({
          date: z.string(),
          base: ReachView,
          variant: ReachView.nullable(),
          diff: z.object({ gained: z.number(), lost: z.number(), unknownDelta: z.number(), costDeltaFen: z.number().int().nullable() }).nullable(),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canReadDraft(user, draft));
    const date = parsePlainDate(request.body.date ?? draft.effectiveFrom);
    if (!date) throw new AppError('VALIDATION_FAILED', { message: { zh: '日期格式应为 YYYY-MM-DD', en: 'The date must be YYYY-MM-DD' } });
    const { rb } = await getRules();
    const [j] = await db.query<{ name_zh: string }>('SELECT name_zh FROM jurisdictions WHERE id = $1', [draft.jurisdiction]);
    const ruleJurisdiction = ruleJurisdictionOf(rb, draft.jurisdiction, j?.name_zh ?? '').id;
    const base = await policyOfDraft(draft.policyKey, draft, ruleJurisdiction);
    const population = await loadPopulation(db);
    const subjects = subjectsOf(rb, population, date);
    const sizes = sizesOf(rb, subjects, date);
    const before = evaluateSubjects(rb, base, subjects, date);
    const baseReach = reachOf(population, before, sizes, hasAmount(base));
    const { changes } = request.body;
    if (changes.length === 0) return { date, base: baseReach, variant: null, diff: null };
    const conditions = draft.conditions.map((c) => ({ ...c }));
    let amount = draft.amount;
    for (const ch of changes) {
      if ('amount' in ch) {
        // A what-if amount on a draft without one: labelled as such, cited like the policy's first condition.
        amount = { labelZh: amount?.labelZh ?? '金额（模拟）', labelEn: amount?.labelEn ?? 'Amount (what-if)', formula: ch.amount, cite: amount?.cite ?? conditions[0]!.cite };
        continue;
      }
      const c = conditions.find((x) => x.id === ch.conditionId);
      if (!c) throw new AppError('VALIDATION_FAILED', { message: { zh: `草稿中没有条件 ${ch.conditionId}`, en: `The draft has no condition ${ch.conditionId}` } });
      c.when = ch.when;
    }
    const variant = await policyOfDraft(draft.policyKey, { ...draft, conditions, amount }, ruleJurisdiction);
    const after = evaluateSubjects(rb, variant, subjects, date);
    const variantReach = reachOf(population, after, sizes, hasAmount(variant));
    const diff = { ...reachDiff(before.map((o) => o.status), after.map((o) => o.status)), costDeltaFen: costDelta(baseReach, variantReach) };
    return { date, base: baseReach, variant: variantReach, diff };
  });
}
