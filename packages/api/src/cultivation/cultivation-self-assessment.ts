import type { Database, User } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { FACT_SCHEMA, type ClauseExplanation, type FactField } from '@huiqi/rules-engine';
import { TIERS, type CultivationTier, type SelfAssessment } from '@huiqi/workflows';
import { eligibilityFor } from '../rules/eligibility';

/**
 * The self-assessment of an enterprise for a tier on a date: the same evaluation 我的政策 runs (the
 * registry, yearly figures, declared facts and department certificates as of that date, through the
 * rules engine), narrowed to the tier's policy — its version in force on the date (2022 or 2026
 * criteria) — article by article.
 */
/** A fact's name in words (the page never shows fact ids). */
const factLabel = (name: string) => (FACT_SCHEMA as Record<string, FactField>)[name]?.label ?? { zh: name, en: name };

export async function selfAssessmentFor(db: Database, user: User, uscc: string, tier: CultivationTier, date: PlainDate): Promise<SelfAssessment & { criteria: Array<SelfAssessment['criteria'][number] & { missingLabels: { zh: string; en: string }[] }> }> {
  const answer = await eligibilityFor(db, user, uscc, date, true);
  const p = answer.policies.find((x) => x.policyId === TIERS[tier].policyId);
  const clauses = ((p?.explanation as { clauses?: ClauseExplanation[] } | undefined)?.clauses ?? []);
  const out = p?.outputs.score;
  const score = typeof out === 'number' ? out : typeof out === 'string' && out !== '' && !Number.isNaN(Number(out)) ? Number(out) : null;
  return {
    tier,
    policyId: TIERS[tier].policyId,
    date,
    status: p?.status ?? 'NOT_IN_FORCE',
    version: p?.version ?? null,
    score,
    criteria: clauses.map((c) => ({ id: c.id, label: c.label, cite: c.cite, citeText: c.citeText, met: c.value, missing: c.missing, missingLabels: c.missing.map(factLabel), gap: c.gap })),
    reasons: p?.reasons ?? [],
  };
}
