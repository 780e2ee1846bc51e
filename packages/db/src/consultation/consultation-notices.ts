import type { Queryable } from '../database';
import type { UsccRange } from '../publication/registry-columns';

/** Who a consultation's notice goes to (the API decides it from the draft). */
export interface ConsultationAudience {
  consultationId: string;
  /** The law library's work under consultation: published console policies citing it relate their matched enterprises. */
  citedWorkId: string | null;
  /** The console policy under consultation: the enterprises matched by its published versions relate. */
  policyKey: string | null;
  /** Enterprises registered in this jurisdiction (or a district below it) relate by their profile; null for none. */
  jurisdiction: string | null;
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Inserts one CONSULTATION_OPENED notice per related enterprise of one uscc range ('' = open end),
 * into the inbox every policy notice uses, so the delivery outbox sends it through the enterprise's
 * subscribed channels (docs/delivery.md). Related means: matched (an ELIGIBLE or UNKNOWN notice of a
 * PUBLISHED console policy that is the policy under consultation or cites the work under
 * consultation in a condition or its amount), or registered in the consultation's jurisdiction.
 * One statement, set-based; an enterprise that already has the notice keeps it, so a job run twice
 * inserts nothing. Returns how many were inserted.
 */
export async function insertConsultationNotices(q: Queryable, audience: ConsultationAudience, range: UsccRange, at: Date = new Date()): Promise<number> {
  const work = audience.citedWorkId;
  const params: unknown[] = [
    audience.consultationId,
    audience.policyKey,
    work === null ? null : `${likeEscaped(work)}@%`,
    work === null ? null : `${likeEscaped(work)}#%`,
    work,
    audience.jurisdiction,
    audience.jurisdiction === null ? null : `${likeEscaped(audience.jurisdiction)}-%`,
    range.from,
    range.to,
    at.toISOString(),
  ];
  const cites = (x: string) => `(${x} LIKE $3 OR ${x} LIKE $4 OR ${x} = $5)`;
  const [row] = await q.query<{ n: number }>(
    `WITH related AS (
       SELECT n.uscc FROM policy_notices n JOIN policy_drafts d ON d.id = n.draft_id
       WHERE n.kind IN ('ELIGIBLE', 'UNKNOWN') AND d.status = 'PUBLISHED'
         AND n.uscc >= $8 AND ($9 = '' OR n.uscc < $9)
         AND (d.policy_key = $2
              OR ${cites("d.amount->>'cite'")}
              OR EXISTS (SELECT 1 FROM jsonb_array_elements(d.conditions) c WHERE ${cites("c->>'cite'")}))
       UNION
       SELECT e.uscc FROM enterprises e
       WHERE $6::text IS NOT NULL AND (e.district = $6 OR e.district LIKE $7)
         AND e.uscc >= $8 AND ($9 = '' OR e.uscc < $9)
     ), ins AS (
       INSERT INTO policy_notices (uscc, draft_id, consultation_id, kind, missing, created_at)
       SELECT uscc, NULL, $1, 'CONSULTATION_OPENED', '{}', $10 FROM related
       ON CONFLICT (uscc, consultation_id) WHERE consultation_id IS NOT NULL DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    params,
  );
  return row?.n ?? 0;
}

/** How many enterprises were notified of a consultation (for the officer's page). */
export async function countConsultationNotices(q: Queryable, consultationId: string): Promise<number> {
  const [row] = await q.query<{ n: number | string }>('SELECT count(*) AS n FROM policy_notices WHERE consultation_id = $1', [consultationId]);
  return Number(row?.n ?? 0);
}
