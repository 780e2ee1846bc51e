import type { BilingualText, PlainDate } from '@huiqi/kernel';
import { evaluatePolicy, type EligibilityStatus, type Facts, type RuleBase } from '@huiqi/rules-engine';
import type { SelfAssessmentSummary } from './action';
import { TIERS, type CultivationTier } from './tier';

/** One criterion (条件) of the tier's criteria, as the self-assessment found it. */
export interface AssessedCriterion {
  id: string;
  label: BilingualText;
  /** The article or annex paragraph the criterion encodes (a law address) and its text. */
  cite: string;
  citeText: string | null;
  /** true: met; false: not met; null: cannot be decided from the data held (see `missing`). */
  met: boolean | null;
  missing: string[];
  /** What is short, in words (e.g. "研发费用 80万元，需 100万元"). */
  gap: BilingualText[];
}

export interface SelfAssessment {
  tier: CultivationTier;
  policyId: string;
  date: PlainDate;
  status: EligibilityStatus;
  /** The criteria version in force on `date` (2022 or 2026 national measures), and whether it is unverified. */
  version: { from: PlainDate; until: PlainDate | null; unverified: boolean; note: string | null } | null;
  score: number | null;
  criteria: AssessedCriterion[];
  reasons: BilingualText[];
}

/** The score fact or output each tier's criteria use. */
const SCORE_OF: Record<CultivationTier, string> = { INNOVATIVE_SME: 'innovativeScore', SPECIALIZED: 'specializedScore', LITTLE_GIANT: 'littleGiantScore' };

/**
 * Runs the tier's policy of the rule base on the enterprise's facts on `date` — the version in force
 * that day, so an application made before 2026-04-01 is assessed under the 2022 measures and one from
 * that day under the 2026 measures — and lists every criterion with its article, met or not or
 * undecided, and what is missing.
 */
export function selfAssess(rb: RuleBase, tier: CultivationTier, facts: Facts, date: PlainDate, jurisdiction: string): SelfAssessment {
  const policyId = TIERS[tier].policyId;
  const policy = rb.policies.get(policyId);
  if (!policy) throw new RangeError(`the rule base has no policy ${policyId}`);
  const r = evaluatePolicy(rb, policy, facts, { date, jurisdiction, explain: true });
  const out = r.outputs.score;
  const raw = typeof out === 'number' || typeof out === 'string' ? out : (facts as Record<string, unknown>)[SCORE_OF[tier]];
  const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : null;
  return {
    tier,
    policyId,
    date,
    status: r.status,
    version: r.version,
    score,
    criteria: (r.explanation?.clauses ?? []).map((c) => ({ id: c.id, label: c.label, cite: c.cite, citeText: c.citeText, met: c.value, missing: c.missing, gap: c.gap })),
    reasons: r.reasons,
  };
}

/** The summary stored with an application. */
export function summariseSelfAssessment(a: SelfAssessment): SelfAssessmentSummary {
  return {
    status: a.status,
    score: a.score,
    met: a.criteria.filter((c) => c.met === true).length,
    total: a.criteria.length,
    versionFrom: a.version?.from ?? null,
    unverified: a.version?.unverified ?? false,
    assessedOn: a.date,
  };
}
