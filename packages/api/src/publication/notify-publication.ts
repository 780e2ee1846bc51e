import { enqueue, getPolicyDraft, insertNoticeColumns, loadRegistryRange, PermanentJobError, registryRanges, type Database, type Queryable, type UsccRange } from '@huiqi/db';
import { parsePlainDate } from '@huiqi/kernel';
import { figureYearOn, OUTCOME_ELIGIBLE, OUTCOME_UNKNOWN, policyOutcomesOfRegistry, RegistryColumnsBuilder } from '@huiqi/matching';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';
import { policyOfDraft } from './validate-draft';

export const PUBLICATION_NOTICES_QUEUE = 'policies-publish.notices';
/**
 * Enterprises per notice job: a job is a few seconds at this size, and a city of 2.6 million is
 * 52 jobs that the worker processes share (docs/matching.md, "Publication at scale").
 */
export const NOTICE_PARTITION_SIZE = 50_000;

/** A notice job: one uscc range of the registry ('' = open end), the `partition`-th of `partitions`. */
export interface NoticeJobPayload {
  [key: string]: string | number;
  draftId: string;
  from: string;
  to: string;
  partition: number;
  partitions: number;
}

/**
 * On publication, in the publishing transaction: one notice job per uscc range of the registry
 * (NOTICE_PARTITION_SIZE enterprises each, the ranges covering every key). A job exists if and
 * only if the publication committed.
 */
export async function enqueueNoticeJobs(tx: Queryable, draftId: string): Promise<number> {
  const ranges = await registryRanges(tx, NOTICE_PARTITION_SIZE);
  for (const [partition, { from, to }] of ranges.entries()) {
    await enqueue<NoticeJobPayload>(tx, {
      queue: PUBLICATION_NOTICES_QUEUE,
      payload: { draftId, from, to, partition, partitions: ranges.length },
      singletonKey: `${draftId}:${partition}/${ranges.length}`,
    });
  }
  return ranges.length;
}

/**
 * The notice job: evaluates the published version over its uscc range of the registry on the later
 * of today and the policy's start, and inserts a notice per ELIGIBLE and per UNKNOWN enterprise
 * (once per enterprise and version: running it again inserts nothing). The range is read as
 * columns in one statement and matched by the batch kernels; the single-enterprise path names the
 * missing facts of the UNKNOWN ones. A version no longer PUBLISHED (withdrawn, amended meanwhile)
 * sends nothing.
 */
export async function notifyPublication(
  db: Database,
  payload: NoticeJobPayload,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<{ evaluated: number; inserted: number; skipped: string | null; singleRows: number }> {
  const range = rangeOf(payload);
  const draft = await getPolicyDraft(db, payload.draftId);
  if (!draft) throw new PermanentJobError(`no policy draft ${payload.draftId}`);
  if (draft.status !== 'PUBLISHED') return { evaluated: 0, inserted: 0, skipped: draft.status, singleRows: 0 };
  if (!range) return { evaluated: 0, inserted: 0, skipped: null, singleRows: 0 };
  const { rb } = await getRules();
  const [j] = await db.query<{ name_zh: string }>('SELECT name_zh FROM jurisdictions WHERE id = $1', [draft.jurisdiction]);
  const policy = await policyOfDraft(draft.policyKey, draft, ruleJurisdictionOf(rb, draft.jurisdiction, j?.name_zh ?? '').id);
  const date = parsePlainDate(today > draft.effectiveFrom ? today : draft.effectiveFrom)!;
  const figureYear = figureYearOn(date);
  const rows = await loadRegistryRange(db, range, figureYear);
  const columns = new RegistryColumnsBuilder(figureYear, rows.length);
  for (const r of rows) columns.add(r);
  const out = policyOutcomesOfRegistry(rb, policy, columns.build(), date, (district, nameZh) => ruleJurisdictionOf(rb, district, nameZh).id);
  const usccs: string[] = [];
  const kinds: ('ELIGIBLE' | 'UNKNOWN')[] = [];
  const missing: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const code = out.codes[i];
    if (code !== OUTCOME_ELIGIBLE && code !== OUTCOME_UNKNOWN) continue;
    usccs.push(rows[i]!.uscc);
    kinds.push(code === OUTCOME_ELIGIBLE ? 'ELIGIBLE' : 'UNKNOWN');
    missing.push(code === OUTCOME_UNKNOWN ? (out.missing.get(i) ?? []) : []);
  }
  const inserted = await db.transaction((tx) => insertNoticeColumns(tx, draft.id, { usccs, kinds, missing }));
  return { evaluated: rows.length, inserted, skipped: null, singleRows: out.singleRows };
}

/**
 * The job's uscc range. A job queued before ranges existed (partition i of n by uscc hash) is
 * answered by its partition 0 for the whole registry and by the others with nothing: the same
 * notices, since inserting is idempotent. Null when this job has nothing to do.
 */
function rangeOf(p: NoticeJobPayload): UsccRange | null {
  const bad = () => new PermanentJobError(`bad notice job payload ${JSON.stringify(p)}`);
  if (typeof p.draftId !== 'string') throw bad();
  if (typeof p.from === 'string' && typeof p.to === 'string') {
    if (p.to !== '' && p.to <= p.from) throw bad();
    return { from: p.from, to: p.to };
  }
  if (p.from !== undefined || p.to !== undefined || !Number.isInteger(p.partition)) throw bad();
  return p.partition === 0 ? { from: '', to: '' } : null;
}
