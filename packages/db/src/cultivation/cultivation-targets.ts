import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface CultivationTarget {
  year: number;
  tier: string;
  /** A registry district, or the city's jurisdiction for a city-wide target. */
  district: string;
  target: number;
  cumulative: boolean;
  source: string;
}

/** Sets targets (replacing those of the same year, tier and district), one audit event each. */
export async function setCultivationTargets(tx: Queryable, items: readonly CultivationTarget[], actorUserId: string, at: Date = new Date()): Promise<void> {
  for (const t of items) {
    await tx.query(
      `INSERT INTO cultivation_targets (year, tier, district, target, cumulative, source, updated_by, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (year, tier, district) DO UPDATE SET target = EXCLUDED.target, cumulative = EXCLUDED.cumulative, source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [t.year, t.tier, t.district, t.target, t.cumulative, t.source, actorUserId, at.toISOString()],
    );
    await appendAuditEvent(tx, { type: 'CULTIVATION_TARGET_SET', subject: `${t.year}:${t.tier}:${t.district}`, payload: { target: t.target, cumulative: t.cumulative } }, actorUserId, at);
  }
}

export interface TargetProgress extends CultivationTarget {
  /** The district's (or city's) name. */
  districtName: string;
  /** Enterprises of the district (or city) holding a recognition of the tier valid on `asOf`. */
  holding: number;
  /** Recognitions of the tier granted on this platform within the year. */
  recognisedInYear: number;
  /** Applications of the year still under review. */
  inProgress: number;
}

/**
 * Targets of a year with their progress: holders counted from the QUALIFICATIONS certificates (the
 * one store recognitions write to) valid on `asOf`, within the district — or every district below
 * the city — by set-based SQL.
 */
export async function cultivationTargetProgress(q: Queryable, year: number, asOf: string, district: string | null): Promise<TargetProgress[]> {
  const rows = await q.query<{ year: number; tier: string; district: string; target: number; cumulative: boolean; source: string; holding: number; recognised: number; in_progress: number; district_name: string | null }>(
    `SELECT t.year, t.tier, t.district, t.target, t.cumulative, t.source, (SELECT name_zh FROM jurisdictions WHERE id = t.district) AS district_name,
       (SELECT count(*) FROM department_facts f JOIN enterprises e ON e.uscc = f.uscc JOIN jurisdictions j ON j.id = e.district
         WHERE f.kind = 'QUALIFICATIONS' AND f.period = t.tier AND f.value->>'validFrom' <= $2 AND f.value->>'validUntil' >= $2
           AND (e.district = t.district OR j.parent_id = t.district))::int AS holding,
       (SELECT count(*) FROM cultivation_applications a JOIN jurisdictions j ON j.id = a.district
         WHERE a.tier = t.tier AND a.valid_from LIKE $1::text || '-%' AND (a.district = t.district OR j.parent_id = t.district))::int AS recognised,
       (SELECT count(*) FROM cultivation_applications a JOIN cultivation_rounds r ON r.round_id = a.round_id JOIN jurisdictions j ON j.id = a.district
         WHERE a.tier = t.tier AND r.year = t.year AND a.status IN ('SUBMITTED', 'DISTRICT_PASSED', 'CITY_PASSED', 'EXPERT_REVIEW', 'IN_PUBLICITY')
           AND (a.district = t.district OR j.parent_id = t.district))::int AS in_progress
     FROM cultivation_targets t WHERE t.year = $3 ${district ? 'AND t.district = $4' : ''} ORDER BY t.tier, t.district`,
    district ? [String(year), asOf, year, district] : [String(year), asOf, year],
  );
  return rows.map((r) => ({ year: Number(r.year), tier: r.tier, district: r.district, target: Number(r.target), cumulative: r.cumulative, source: r.source, districtName: r.district_name ?? r.district, holding: r.holding, recognisedInYear: r.recognised, inProgress: r.in_progress }));
}
