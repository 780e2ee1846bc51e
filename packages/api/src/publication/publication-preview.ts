import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parsePlainDate } from '@huiqi/kernel';
import { snapshotPolicyOutcomes, type RegistrySnapshot, type SnapshotPolicyOutcomes } from '@huiqi/matching';
import { z } from 'zod';
import { PlainDateString } from '../schemas/common';
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
import { registrySnapshots } from '../snapshot/registry-snapshot-service';
import { costDelta, hasAmount } from './reach';
import { reachOfSnapshot, snapshotReachDiff } from './snapshot-reach';

/**
 * The base run of a draft per snapshot (draft version, date and snapshot version in the key): a
 * what-if after a preview evaluates only the variant. A few entries per snapshot (codes and amounts,
 * about 24 MB each at 2.6 million).
 */
const baseRuns = new WeakMap<RegistrySnapshot, Map<string, SnapshotPolicyOutcomes>>();
const BASE_RUNS_KEPT = 4;

const Counts = { eligible: z.number(), unknown: z.number(), ineligible: z.number(), outside: z.number() };
const Group = z.object({ key: z.string(), nameZh: z.string(), ...Counts });
const Cost = z.object({ eligibleFen: z.number().int(), unknownAmount: z.number().int() });
const ReachView = z.object({ total: z.number(), ...Counts, byDistrict: z.array(Group), bySection: z.array(Group), bySize: z.array(Group), cost: Cost.nullable() });

/** A what-if change: a condition's text, or the amount formula. */
const Change = z.union([
  z.object({ conditionId: z.string().min(1), when: z.string().min(1).max(2000) }).strict(),
  z.object({ amount: z.string().min(1).max(2000) }).strict(),
]);

/**
 * 覆盖面预览 and what-if: a draft over the whole registry before it is published, on the process's
 * registry snapshot with the batch engine's kernels (never the registry loaded as objects), in one
 * of the guard's expensive slots, checking the request's budgets between slices of rows.
 */
export function registerPreviewRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/publication/drafts/:id/preview', {
    schema: {
      tags: ['publication'],
      summary: '覆盖面预览 Reach of a draft over the registry (by district, industry section, size class; cost in fen when it has an amount), and what-if with changed conditions or amount',
      params: DraftIdParams,
      body: z.object({
        date: PlainDateString.optional(),
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
    const budget = request.budget;
    const between = () => budget.checkpoint();
    const jurisdictionOf = (district: string, nameZh: string) => ruleJurisdictionOf(rb, district, nameZh).id;
    const { changes } = request.body;
    // The what-if variant, checked before any population-wide work.
    const variant = changes.length === 0 ? null : await (async () => {
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
      return policyOfDraft(draft.policyKey, { ...draft, conditions, amount }, ruleJurisdiction);
    })();
    return budget.expensive(async () => {
      const snapshots = registrySnapshots(db);
      const snap = await snapshots.current(date, { between });
      // Codes, amounts (8 bytes a row) and sizes of two runs: refused up front when that would pass the memory budget.
      budget.reserve(snap.rowCount * (changes.length > 0 ? 2 : 1) * (hasAmount(base) ? 10 : 2));
      const sizes = await snapshots.sizes(snap, rb, date, jurisdictionOf, { between });
      const runs = baseRuns.get(snap) ?? new Map<string, SnapshotPolicyOutcomes>();
      baseRuns.set(snap, runs);
      const key = `${draft.id}:${draft.version}:${draft.updatedAt}:${date}:${snap.version}`;
      const before = runs.get(key) ?? await snapshotPolicyOutcomes(snap, rb, base, date, jurisdictionOf, { amount: hasAmount(base), between });
      runs.delete(key);
      runs.set(key, before);
      while (runs.size > BASE_RUNS_KEPT) runs.delete(runs.keys().next().value!);
      const baseReach = reachOfSnapshot(snap, before, sizes, hasAmount(base));
      if (!variant) return { date, base: baseReach, variant: null, diff: null };
      const after = await snapshotPolicyOutcomes(snap, rb, variant, date, jurisdictionOf, { amount: hasAmount(variant), between });
      const variantReach = reachOfSnapshot(snap, after, sizes, hasAmount(variant));
      const diff = { ...snapshotReachDiff(snap, before.codes, after.codes), costDeltaFen: costDelta(baseReach, variantReach) };
      return { date, base: baseReach, variant: variantReach, diff };
    });
  });
}
