import { insertNotices, listChangedSinceMatch, listPublishedPolicies, loadPopulation, recordMatchWatermarks, type Database } from '@huiqi/db';
import { parsePlainDate } from '@huiqi/kernel';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { outcomesOf } from './reach';
import { policyOfDraft } from './validate-draft';

export const PUBLICATION_REMATCH_QUEUE = 'policies-publish.rematch';
export const REMATCH_BATCH = 500;

/**
 * Re-matching after registry changes (profile or figures): up to `batch` enterprises whose registry
 * state differs from their watermark are matched against every policy published and in force
 * `today`; a notice is inserted only where none exists for that (enterprise, version), so only the
 * newly eligible (or newly "needs X") hear about it. Then their watermarks move, in the same transaction.
 */
export async function rematchChanged(db: Database, today: string = new Date().toISOString().slice(0, 10), batch = REMATCH_BATCH): Promise<{ enterprises: number; policies: number; inserted: number }> {
  const date = parsePlainDate(today);
  if (!date) throw new RangeError(`bad date ${today}`);
  const changed = await listChangedSinceMatch(db, batch);
  if (changed.length === 0) return { enterprises: 0, policies: 0, inserted: 0 };
  const { rb } = await getRules();
  const population = await loadPopulation(db, { usccs: changed.map((c) => c.uscc) });
  const published = await listPublishedPolicies(db, today);
  const names = new Map((await db.query<{ id: string; name_zh: string }>('SELECT id, name_zh FROM jurisdictions')).map((r) => [r.id, r.name_zh]));
  const perPolicy: { draftId: string; notices: { uscc: string; kind: 'ELIGIBLE' | 'UNKNOWN'; missing: string[] }[] }[] = [];
  for (const draft of published) {
    const policy = await policyOfDraft(draft.policyKey, draft, ruleJurisdictionOf(rb, draft.jurisdiction, names.get(draft.jurisdiction) ?? '').id);
    const outcomes = outcomesOf(rb, policy, population, date);
    perPolicy.push({
      draftId: draft.id,
      notices: population.flatMap((m, i) => {
        const o = outcomes[i]!;
        return o.status === 'ELIGIBLE' || o.status === 'UNKNOWN' ? [{ uscc: m.profile.uscc, kind: o.status, missing: o.missing }] : [];
      }),
    });
  }
  const inserted = await db.transaction(async (tx) => {
    let n = 0;
    for (const p of perPolicy) n += await insertNotices(tx, p.draftId, p.notices);
    await recordMatchWatermarks(tx, changed);
    return n;
  });
  return { enterprises: changed.length, policies: published.length, inserted };
}
