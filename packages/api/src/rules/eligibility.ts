import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getDeclaredFacts, getDeclaredFactsAsOf, getEnterpriseAsOf, getFigures, getFiguresAsOf, listDepartmentFacts, listSharedFactsOf, sourcesOfVersions, type Database, type User } from '@huiqi/db';
import { plainDate, today, type PlainDate } from '@huiqi/kernel';
import { factsFromJson, type Facts } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { loadReadableEnterprise } from '../routes/enterprise-detail';
import { endOfDayInstant } from '../presenters/as-of';
import { PlainDateString, UsccParam } from '../schemas/common';
import { coveringOn, publishedPolicies } from '../publication/published-policy-cache';
import { checkEligibility, type EligibilityAnswer } from './check-eligibility';
import { policyDataSources, sharedOrigin, versionRefsOf, withOrigins, type FactOrigin } from './fact-origins';
import { getRules } from './rule-base';
import { EligibilityResponse } from './rules-schemas';

/**
 * The registry state the answer is based on: as it stood at the end of `date` (China time, or now
 * for a future date). For a date before the enterprise was recorded on this platform, the current
 * registry is used and the answer says so in `basis.note` (figures are still chosen by fiscal year).
 * `now` is today's date in China (passed in so a request computes it once). The published authored
 * policies in force that day whose jurisdiction covers the district are evaluated beside the rule base's.
 */
export async function eligibilityFor(db: Database, user: User, uscc: string, date: PlainDate, explain: boolean, now: PlainDate = today()): Promise<EligibilityAnswer> {
  const shared = await sharedFactsOf(db, uscc);
  return nameDataSources(db, await registryAnswer(db, user, uscc, date, explain, now, shared), shared);
}

/** Data shared for 数据比对 per policy (money in fen), with its source; a row that does not fit the fact schema is left out. */
async function sharedFactsOf(db: Database, uscc: string): Promise<Map<string, { facts: Facts; source: string }>> {
  const out = new Map<string, { facts: Facts; source: string }>();
  for (const s of await listSharedFactsOf(db, uscc)) {
    const parsed = factsFromJson(s.facts, { money: 'fen' });
    if (parsed.ok) out.set(s.policyId, { facts: parsed.value, source: s.source });
  }
  return out;
}

/**
 * 数据来源: each fact source gets its origin (the department and time received, or 企业自行填报), and
 * each explained policy lists the facts it read with their origins (see fact-origins.ts).
 */
async function nameDataSources(db: Database, answer: EligibilityAnswer, shared: ReadonlyMap<string, { facts: Facts; source: string }>): Promise<EligibilityAnswer> {
  const written = await sourcesOfVersions(db, answer.uscc, versionRefsOf(answer.basis.sources));
  const sources = withOrigins(answer.basis.sources, written);
  const origins = new Map<string, FactOrigin>();
  for (const s of sources) if (s.origin) origins.set(s.fact, s.origin);
  // A policy evaluated with shared data names its source for the facts the registry did not give (the same precedence as checkEligibility).
  const fromRegistry = new Set<string>(sources.filter((x) => x.from !== 'DECLARED').map((x) => x.fact));
  const originsFor = (policyId: string): ReadonlyMap<string, FactOrigin> => {
    const s = shared.get(policyId);
    if (!s) return origins;
    const own = new Map(origins);
    for (const fact of Object.keys(s.facts)) if (!fromRegistry.has(fact)) own.set(fact, sharedOrigin(s.source));
    return own;
  };
  const policies = answer.policies.map((p) => (p.explanation ? { ...p, dataSources: policyDataSources(p.explanation as Parameters<typeof policyDataSources>[0], originsFor(p.policyId)) } : p));
  return { ...answer, basis: { ...answer.basis, sources }, policies };
}

async function registryAnswer(db: Database, user: User, uscc: string, date: PlainDate, explain: boolean, now: PlainDate, shared: ReadonlyMap<string, { facts: Facts; source: string }>): Promise<EligibilityAnswer> {
  const sharedFacts = new Map([...shared].map(([policyId, s]) => [policyId, s.facts]));
  const current = await loadReadableEnterprise(db, user, uscc);
  const { rb, lawNote } = await getRules();
  const at = endOfDayInstant(date < now ? date : now);
  const fiscalYear = Number(date.slice(0, 4)) - 1;
  // Independent reads: in parallel (separate pool connections on PostgreSQL).
  const [then, figuresThen, declaredThen, published, departmentFacts] = await Promise.all([
    getEnterpriseAsOf(db, uscc, at),
    getFiguresAsOf(db, uscc, at),
    getDeclaredFactsAsOf(db, uscc, fiscalYear, at),
    publishedPolicies(db, rb),
    listDepartmentFacts(db, uscc), // current department facts; certificates are judged valid or not on `date`
  ]);
  // Published authored policies in force on the date for the enterprise's district, beside the rule base's.
  const extra = coveringOn(published, (then ?? current).district, date);
  if (then) return checkEligibility(rb, { profile: then, figures: figuresThen, declared: declaredThen, departmentFacts, date, explain, lawNote, extra, sharedFacts });
  const figures = await getFigures(db, uscc);
  const declared = await getDeclaredFacts(db, uscc, fiscalYear);
  const recorded = current.validFrom.slice(0, 10);
  return checkEligibility(rb, {
    profile: current,
    figures,
    declared,
    departmentFacts,
    date,
    explain,
    lawNote,
    extra,
    sharedFacts,
    basisNote: {
      zh: `${date} 早于该企业在本平台的最早登记记录，按当前登记数据（第 ${current.version} 版，${recorded}）判断`,
      en: `${date} is before the enterprise's first record on this platform; the current registry data (version ${current.version}, ${recorded}) is used`,
    },
  });
}

export function registerEligibilityRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/enterprises/:uscc/eligibility', {
    schema: {
      tags: ['rules'],
      summary: '政策匹配 Every policy of the enterprise\'s jurisdiction on a date: ELIGIBLE / INELIGIBLE / UNKNOWN / NOT_IN_FORCE with amount (fen), reasons with the gap, missing facts, cited articles, the size class; explain=1 adds the explanation tree. Readable by whoever may read the enterprise.',
      params: z.object({ uscc: UsccParam }),
      querystring: z.object({
        date: PlainDateString.optional(),
        explain: z.enum(['0', '1', 'true', 'false']).optional(),
      }),
      response: { 200: EligibilityResponse },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const now = today(); // once per request: it builds an Intl formatter each call
    const date = request.query.date ? plainDate(request.query.date) : now;
    const explain = request.query.explain === '1' || request.query.explain === 'true';
    return eligibilityFor(db, user, request.params.uscc, date, explain, now);
  });
}
