import type { CultivationProjection } from '@huiqi/db';
import { recognitionStatuses, TIERS, type RecognitionApplication, type RecognitionActor } from '@huiqi/workflows';

/**
 * An application as its readers see it: the enterprise sees its scores' aggregate but not who scored
 * (experts are anonymous to the applicant); officers see the draw (seed, ranking, recusals) and each
 * sheet. Objectors are never named to the enterprise.
 */
export function presentApplication(c: RecognitionApplication, viewer: RecognitionActor) {
  const officer = viewer.kind === 'OFFICER';
  return {
    applicationId: c.applicationId,
    tier: c.tier,
    tierLabel: TIERS[c.tier].label,
    status: c.status,
    statusLabel: recognitionStatuses[c.status].label,
    uscc: c.uscc,
    enterpriseName: c.enterpriseName,
    district: c.district,
    round: c.round,
    selfAssessment: c.selfAssessment,
    attachments: c.attachments,
    submittedAt: c.submittedAt,
    districtReview: c.districtReview,
    cityReview: c.cityReview,
    sheet: c.sheet,
    draw: officer && c.draw ? c.draw : c.draw ? { at: c.draw.at, experts: c.draw.assigned.length } : null,
    scores: officer ? c.scores : c.scores.map((s) => ({ total: s.total, at: s.at })),
    aggregate: c.aggregate,
    publicity: c.publicity,
    objections: c.objections.map((o) => ({ ...o, objector: officer ? o.objector : null })),
    certificate: c.certificate ? { ...c.certificate, validityUnverified: TIERS[c.tier].validityUnverified } : null,
    renewals: c.renewals,
    closing: c.closing,
    version: c.version,
  };
}

/** One line of the public 公示 list: the enterprise, the tier, the period; nothing else. */
export const presentPublicity = (p: CultivationProjection) => ({
  applicationId: p.applicationId,
  enterpriseName: p.enterpriseName,
  uscc: p.uscc,
  district: p.district,
  tier: p.tier,
  tierLabel: TIERS[p.tier as keyof typeof TIERS]?.label ?? { zh: p.tier, en: p.tier },
  publicityFrom: p.publicityFrom,
  publicityUntil: p.publicityUntil,
});

/** May this reader see the application? (its enterprise; the district of the enterprise; the city) */
export function mayRead(c: { uscc: string; district: string }, viewer: RecognitionActor): boolean {
  if (viewer.kind === 'ENTERPRISE') return viewer.uscc === c.uscc;
  if (viewer.kind === 'OFFICER') return viewer.districtId === null || viewer.districtId === c.district;
  return false;
}
