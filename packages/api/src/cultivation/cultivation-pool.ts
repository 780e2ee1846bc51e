import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { plainDate, type PlainDate } from '@huiqi/kernel';
import { OUTCOME_ELIGIBLE, OUTCOME_INELIGIBLE_BASE, OUTCOME_UNKNOWN, snapshotPolicyOutcomes, versionOn, type RegistrySnapshot } from '@huiqi/matching';
import type { PolicyDef, RuleBase } from '@huiqi/rules-engine';
import { localDateOf, TIERS, type CultivationTier } from '@huiqi/workflows';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import type { ApiDeps } from '../deps';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { registrySnapshots } from '../snapshot/registry-snapshot-service';
import { PlainDateString } from '../schemas/common';
import { requireOfficer } from './cultivation-actor';
import { beijingInstant } from './cultivation-clock';
import { PoolView } from './cultivation-schemas';

const PoolQuery = z.object({
  tier: z.enum(['INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT']),
  date: PlainDateString.optional(),
  /** Criteria still unmet, at most (1–5; default 2). */
  maxMissing: z.coerce.number().int().min(1).max(5).default(2),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** The tier's policy narrowed to one criterion of the version in force (so the batch engine answers it alone). */
function oneCriterion(policy: PolicyDef, date: PlainDate, k: number): PolicyDef {
  return { ...policy, versions: policy.versions.map((v) => (versionOn(policy, date) === v ? { ...v, conditions: [v.conditions[k]!], amount: null, outputs: [] } : v)) } as PolicyDef;
}

export interface PoolTally {
  /** Per row: criteria unmet, undecided, met (255: outside the policy). */
  unmet: Uint8Array;
  unknown: Uint8Array;
  met: Uint8Array;
  /** Per row: bit k set when criterion k is unmet. */
  unmetBits: Uint32Array;
}

/**
 * 培育库: every registry row against each criterion of the tier (the batch engine's kernels over the
 * registry snapshot, one run per criterion — never the registry as objects), tallied in typed arrays.
 */
export async function tallyPool(snap: RegistrySnapshot, rb: RuleBase, policy: PolicyDef, date: PlainDate, jurisdictionOf: (d: string, n: string) => string, between: () => Promise<void>): Promise<PoolTally> {
  const n = snap.rowCount;
  const t: PoolTally = { unmet: new Uint8Array(n), unknown: new Uint8Array(n), met: new Uint8Array(n), unmetBits: new Uint32Array(n) };
  const version = versionOn(policy, date);
  if (!version) return t;
  for (let k = 0; k < Math.min(version.conditions.length, 32); k++) {
    const { codes } = await snapshotPolicyOutcomes(snap, rb, oneCriterion(policy, date, k), date, jurisdictionOf, { amount: false, between });
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      if (c === OUTCOME_ELIGIBLE) t.met[i]!++;
      else if (c === OUTCOME_UNKNOWN) t.unknown[i]!++;
      else if (c >= OUTCOME_INELIGIBLE_BASE) {
        t.unmet[i]!++;
        t.unmetBits[i]! |= 1 << k;
      } else t.unmet[i] = 255; // NOT_IN_FORCE for the row's jurisdiction
    }
  }
  return t;
}

/**
 * GET /api/cultivation/pool: enterprises meeting part of a tier's criteria, ranked by distance (criteria
 * unmet, then undecided), with the unmet criteria named; counts by distance and district. A district
 * officer sees the district's enterprises, the city all.
 */
export function registerCultivationPoolRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/cultivation/pool', { schema: { tags: ['cultivation'], summary: '培育库 Enterprises meeting part of a tier’s criteria, ranked by distance to it (batch engine over the registry snapshot)', querystring: PoolQuery , response: { 200: PoolView } } }, async (request) => {
    const { actor } = await requireOfficer(db, request);
    const q = request.query;
    const tier = q.tier as CultivationTier;
    const date = q.date ? plainDate(q.date) : localDateOf(beijingInstant());
    const { rb } = await getRules();
    const policy = rb.policies.get(TIERS[tier].policyId);
    const version = policy ? versionOn(policy, date) : null;
    if (!policy || !version) throw new AppError('VALIDATION_FAILED', { message: { zh: `${date} 没有有效的${TIERS[tier].label.zh}认定标准`, en: `no ${TIERS[tier].label.en} criteria in force on ${date}` } });
    const budget = request.budget;
    const between = () => budget.checkpoint();
    const jurisdictionOf = (district: string, nameZh: string) => ruleJurisdictionOf(rb, district, nameZh).id;
    return budget.expensive(async () => {
      const snap = await registrySnapshots(db).current(date, { between });
      budget.reserve(snap.rowCount * 8);
      const t = await tallyPool(snap, rb, policy, date, jurisdictionOf, between);
      const districts = snap.districtDictionary;
      const cols = snap.columns(0, snap.rowCount);
      const byDistance = new Array<number>(q.maxMissing + 1).fill(0);
      const byDistrict = new Map<string, number>();
      const rows: number[] = [];
      for (let i = 0; i < snap.rowCount; i++) {
        if (snap.isRemoved(i) || t.unmet[i] === 255 || t.unmet[i]! > q.maxMissing || t.met[i] === 0) continue;
        const d = districts[cols.district[i]!];
        if (actor.districtId && d?.slug !== actor.districtId) continue;
        byDistance[t.unmet[i]!]!++;
        byDistrict.set(d?.slug ?? '', (byDistrict.get(d?.slug ?? '') ?? 0) + 1);
        rows.push(i);
      }
      rows.sort((a, b) => t.unmet[a]! - t.unmet[b]! || t.unknown[a]! - t.unknown[b]! || (snap.usccAt(a) < snap.usccAt(b) ? -1 : 1));
      const top = rows.slice(0, q.limit);
      const usccs = top.map((i) => snap.usccAt(i));
      const names = new Map((await db.query<{ uscc: string; name: string; district: string; tags: string[] }>('SELECT uscc, name, district, tags FROM enterprises WHERE uscc = ANY ($1::text[])', [usccs])).map((e) => [e.uscc, e]));
      const label = (k: number) => version.conditions[k]!.label;
      return {
        tier, date, version: { from: version.from, unverified: version.unverified },
        total: rows.length,
        byDistance: byDistance.map((count, distance) => ({ distance, count })),
        byDistrict: [...byDistrict].map(([district, count]) => ({ district, name: districts.find((x) => x.slug === district)?.name ?? district, count })),
        items: top.map((i) => {
          const e = names.get(snap.usccAt(i));
          const unmet = version.conditions.map((_, k) => k).filter((k) => (t.unmetBits[i]! >>> k) & 1);
          return {
            uscc: snap.usccAt(i), name: e?.name ?? null, district: e?.district ?? null, holdsTier: e?.tags.includes(TIERS[tier].tag) ?? false,
            distance: t.unmet[i]!, met: t.met[i]!, undecided: t.unknown[i]!, unmetCriteria: unmet.map((k) => ({ id: version.conditions[k]!.id, label: label(k), cite: version.conditions[k]!.cite })),
          };
        }),
      };
    });
  });
}
