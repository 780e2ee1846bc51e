import { insertNoticeRows, listChangedSinceMatch, loadPopulation, type Database, type NoticeRow, type RegistryChange } from '@huiqi/db';
import { parsePlainDate, type PlainDate } from '@huiqi/kernel';
import { matchEnterprise } from '@huiqi/matching';
import { getRules } from '../rules/rule-base';
import { publishedPolicies } from './published-policy-cache';
import { subjectsOf } from './reach';

export const PUBLICATION_REMATCH_QUEUE = 'policies-publish.rematch';
export const REMATCH_BATCH = 500;

/**
 * Re-matching after registry changes (profile or figures): up to `batch` enterprises from the
 * registry change queue (oldest first) are matched against every policy published and in force
 * `today`; a notice is inserted only where none exists for that (enterprise, version), so only the
 * newly eligible (or newly "needs X") hear about it. Their watermarks move and their queue entries
 * go in the same statement (an entry changed meanwhile stays for the next run).
 */
export async function rematchChanged(db: Database, today: string = new Date().toISOString().slice(0, 10), batch = REMATCH_BATCH): Promise<{ enterprises: number; policies: number; inserted: number }> {
  const date = parsePlainDate(today);
  if (!date) throw new RangeError(`bad date ${today}`);
  const changed = await listChangedSinceMatch(db, batch);
  if (changed.length === 0) return { enterprises: 0, policies: 0, inserted: 0 };
  return rematchEnterprises(db, changed, date);
}

/**
 * The incremental path for known enterprises (each with the registry stamp it is matched at): their
 * registry rows in two statements, every published version in force from the process cache of
 * compiled policies, one rules-engine context per enterprise shared by all versions, the notices of
 * all versions and the watermarks in one statement.
 */
export async function rematchEnterprises(db: Database, changed: readonly RegistryChange[], date: PlainDate): Promise<{ enterprises: number; policies: number; inserted: number }> {
  const { rb } = await getRules();
  const population = await loadPopulation(db, { usccs: changed.map((c) => c.uscc) });
  const inForce = (await publishedPolicies(db, rb)).filter((a) => a.effectiveFrom <= date && (a.effectiveUntil === null || date <= a.effectiveUntil));
  const policies = inForce.map((a) => a.policy);
  const rows: NoticeRow[] = [];
  subjectsOf(rb, population, date).forEach(({ facts, jurisdiction }, i) => {
    const uscc = population[i]!.profile.uscc;
    matchEnterprise(rb, facts, { date, jurisdiction }, policies).evaluations.forEach((ev, k) => {
      if (ev.status === 'ELIGIBLE') rows.push({ draftId: inForce[k]!.draftId, uscc, kind: 'ELIGIBLE', missing: [] });
      else if (ev.status === 'UNKNOWN') rows.push({ draftId: inForce[k]!.draftId, uscc, kind: 'UNKNOWN', missing: [...ev.missing] });
    });
  });
  const inserted = await insertNoticeRows(db, rows, new Date(), changed);
  return { enterprises: changed.length, policies: inForce.length, inserted };
}
