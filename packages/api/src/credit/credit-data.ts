import { getEnterprise, getEnterpriseAsOf, getFigures, listDataSources, listDepartmentFacts, type Database, type DataSource } from '@huiqi/db';
import { CREDIT_SCOPE_INFO, type CreditScope, type VerificationData, type VerificationQuestion } from '@huiqi/workflows';
import { originOf, type FactOrigin } from '../rules/fact-origins';
import { readCreditMarkScope } from '../public-credit/credit-mark-scope';

/** One scope's data as an institution reads it: each value with where it came from (数据来源). */
export type ScopeData =
  | { scope: CreditScope; label: { zh: string; en: string }; isHeld: false }
  | { scope: CreditScope; label: { zh: string; en: string }; isHeld: true; records: { values: Record<string, unknown>; year: number | null; period: string | null; origin: FactOrigin; validFrom: string }[] };

const originFor = (sources: DataSource[], kind: 'PROFILE' | 'FIGURES', year: number | null) => {
  const s = sources.find((x) => x.kind === kind && x.year === year);
  return s ? { origin: originOf(s.source), validFrom: s.validFrom } : null;
};

/** Reads exactly the granted scopes of one enterprise (nothing else is fetched). */
export async function readScopes(db: Database, uscc: string, scopes: readonly CreditScope[]): Promise<ScopeData[]> {
  const profile = await getEnterprise(db, uscc);
  const sources = profile ? await listDataSources(db, uscc) : [];
  const out: ScopeData[] = [];
  for (const scope of scopes) {
    const label = CREDIT_SCOPE_INFO[scope].label;
    if (!CREDIT_SCOPE_INFO[scope].held || !profile) {
      out.push({ scope, label, isHeld: false });
      continue;
    }
    const p = originFor(sources, 'PROFILE', null);
    const fallback = { origin: originOf({ type: 'USER', role: null, displayName: null }), validFrom: profile.validFrom };
    if (scope === 'REGISTRY_PROFILE') {
      const values = {
        name: profile.name, registeredAddress: profile.registeredAddress, district: profile.districtName, industryCode: profile.industryCode,
        registrationDate: profile.registrationDate, taxpayerType: profile.taxpayerType, isIndividualBusiness: profile.isIndividualBusiness,
      };
      out.push({ scope, label, isHeld: true, records: [{ values, year: null, period: null, ...(p ?? fallback) }] });
    } else if (scope === 'QUALIFICATIONS') {
      out.push({ scope, label, isHeld: true, records: [{ values: { tags: profile.tags }, year: null, period: null, ...(p ?? fallback) }] });
    } else if (scope === 'YEARLY_FIGURES') {
      const figures = await getFigures(db, uscc);
      out.push({
        scope, label, isHeld: true,
        records: figures.map((f) => ({
          year: f.year,
          period: null,
          values: { employees: f.employees, revenueFen: f.revenueFen, totalAssetsFen: f.totalAssetsFen, rdExpenseFen: f.rdExpenseFen, mainBusinessRevenueFen: f.mainBusinessRevenueFen },
          ...(originFor(sources, 'FIGURES', f.year) ?? { origin: fallback.origin, validFrom: f.validFrom }),
        })),
      });
    } else if (scope === 'TAX_CREDIT_RATING' || scope === 'SOCIAL_SECURITY_HEADCOUNT') {
      // Delivered by the tax and social-security departments through data intake (migration 0712), newest period first.
      const facts = (await listDepartmentFacts(db, uscc)).filter((f) => f.kind === scope);
      out.push({ scope, label, isHeld: true, records: facts.map((f) => ({ year: null, period: f.period, values: f.value, origin: originOf(f.source), validFrom: f.source.receivedAt })) });
    } else if (scope === 'PUBLIC_CREDIT_MARKS') {
      out.push({ scope, label, isHeld: true, records: await readCreditMarkScope(db, uscc) });
    }
  }
  return out;
}

/** The values one verification question reads, and the origin of the value the answer rests on. */
export async function verificationData(db: Database, uscc: string, q: VerificationQuestion): Promise<{ data: VerificationData; origin: FactOrigin | null }> {
  if (q.kind === 'HOLDS_QUALIFICATION') {
    const endOfDay = new Date(Date.parse(`${q.onDate}T23:59:59.999+08:00`)).toISOString();
    const p = await getEnterpriseAsOf(db, uscc, endOfDay);
    const sources = p ? await listDataSources(db, uscc) : [];
    return { data: { figures: null, tagsOnDate: p ? p.tags : null }, origin: p ? (originFor(sources, 'PROFILE', null)?.origin ?? null) : null };
  }
  const f = (await getFigures(db, uscc)).find((x) => x.year === q.year) ?? null;
  const sources = f ? await listDataSources(db, uscc) : [];
  return { data: { figures: f ? { revenueFen: f.revenueFen, employees: f.employees } : null, tagsOnDate: null }, origin: f ? (originFor(sources, 'FIGURES', f.year)?.origin ?? null) : null };
}
