import { enqueue, getPolicyDraft, insertNotices, loadPopulation, PermanentJobError, type Database, type Queryable } from '@huiqi/db';
import { parsePlainDate } from '@huiqi/kernel';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { outcomesOf } from './reach';
import { policyOfDraft } from './validate-draft';

export const PUBLICATION_NOTICES_QUEUE = 'policies-publish.notices';
/** Enterprises per notice job (roughly: partitions are by uscc hash). */
export const NOTICE_PARTITION_SIZE = 1000;

export interface NoticeJobPayload {
  [key: string]: string | number;
  draftId: string;
  partition: number;
  partitions: number;
}

/**
 * On publication, in the publishing transaction: one notice job per partition of the registry
 * (about NOTICE_PARTITION_SIZE enterprises each). A job exists if and only if the publication committed.
 */
export async function enqueueNoticeJobs(tx: Queryable, draftId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>('SELECT count(*) AS n FROM enterprises');
  const partitions = Math.max(1, Math.ceil((row?.n ?? 0) / NOTICE_PARTITION_SIZE));
  for (let partition = 0; partition < partitions; partition++) {
    await enqueue<NoticeJobPayload>(tx, { queue: PUBLICATION_NOTICES_QUEUE, payload: { draftId, partition, partitions }, singletonKey: `${draftId}:${partition}/${partitions}` });
  }
  return partitions;
}

/**
 * The notice job: evaluates the published version for its partition of the registry on the later
 * of today and the policy's start, and inserts a notice per ELIGIBLE and per UNKNOWN enterprise
 * (once per enterprise and version: running it again inserts nothing). A version no longer
 * PUBLISHED (withdrawn, amended meanwhile) sends nothing.
 */
export async function notifyPublication(db: Database, payload: NoticeJobPayload, today: string = new Date().toISOString().slice(0, 10)): Promise<{ evaluated: number; inserted: number; skipped: string | null }> {
  const draft = await getPolicyDraft(db, payload.draftId);
  if (!draft) throw new PermanentJobError(`no policy draft ${payload.draftId}`);
  if (draft.status !== 'PUBLISHED') return { evaluated: 0, inserted: 0, skipped: draft.status };
  const { rb } = await getRules();
  const [j] = await db.query<{ name_zh: string }>('SELECT name_zh FROM jurisdictions WHERE id = $1', [draft.jurisdiction]);
  const policy = await policyOfDraft(draft.policyKey, draft, ruleJurisdictionOf(rb, draft.jurisdiction, j?.name_zh ?? '').id);
  const date = parsePlainDate(today > draft.effectiveFrom ? today : draft.effectiveFrom)!;
  const population = await loadPopulation(db, { index: payload.partition, count: payload.partitions });
  const outcomes = outcomesOf(rb, policy, population, date);
  const notices = population.flatMap((m, i) => {
    const o = outcomes[i]!;
    return o.status === 'ELIGIBLE' || o.status === 'UNKNOWN' ? [{ uscc: m.profile.uscc, kind: o.status, missing: o.missing }] : [];
  });
  const inserted = await db.transaction((tx) => insertNotices(tx, draft.id, notices));
  return { evaluated: population.length, inserted, skipped: null };
}
