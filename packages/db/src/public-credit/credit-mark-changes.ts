import type { MarkChange, StoredMarkChange } from '@huiqi/workflows';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

interface Row { mark_id: string; seq: number; objection_id: string; kind: MarkChange['kind']; content: Record<string, string>; at: string | Date }
const iso = (at: string | Date) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());

const toChange = (r: Row): MarkChange =>
  r.kind === 'CORRECTED' ? { kind: 'CORRECTED', correction: { finding: r.content.finding!, subjectName: r.content.subjectName! } }
    : r.kind === 'SUPPLEMENTED' ? { kind: 'SUPPLEMENTED', supplement: r.content.supplement! }
      : { kind: 'PUBLICATION_STOPPED' };
const contentOf = (c: MarkChange) => (c.kind === 'CORRECTED' ? c.correction : c.kind === 'SUPPLEMENTED' ? { supplement: c.supplement } : {});

/**
 * Carries out an upheld objection's handling on the mark (社会信用条例 第五十一条第四款; `article` the item applied),
 * in the decision's transaction. Audited with the article.
 */
export async function recordMarkChange(tx: Queryable, input: { markId: string; objectionId: string; change: MarkChange; article: string; userId: string; at: Date }): Promise<void> {
  const [next] = await tx.query<{ seq: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM credit_mark_changes WHERE mark_id = $1', [input.markId]);
  const seq = Number(next!.seq);
  await tx.query('INSERT INTO credit_mark_changes (mark_id, seq, objection_id, kind, content, article, at, decided_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)', [
    input.markId, seq, input.objectionId, input.change.kind, JSON.stringify(contentOf(input.change)), input.article, input.at.toISOString(), input.userId,
  ]);
  await appendAuditEvent(tx, { type: 'CREDIT_MARK_CHANGED_ON_OBJECTION', subject: input.markId, payload: { objectionId: input.objectionId, change: input.change.kind, seq, article: input.article } }, input.userId, input.at);
}

/** The changes of each of the given marks, in order (a mark without changes is absent). */
export async function listMarkChanges(q: Queryable, markIds: readonly string[]): Promise<Map<string, StoredMarkChange[]>> {
  const out = new Map<string, StoredMarkChange[]>();
  if (markIds.length === 0) return out;
  const rows = await q.query<Row>('SELECT mark_id, seq, objection_id, kind, content, at FROM credit_mark_changes WHERE mark_id = ANY($1::text[]) ORDER BY mark_id, seq', [[...markIds]]);
  for (const r of rows) {
    const list = out.get(r.mark_id) ?? [];
    list.push({ seq: Number(r.seq), objectionId: r.objection_id, at: iso(r.at), change: toChange(r) });
    out.set(r.mark_id, list);
  }
  return out;
}

/** The marks among the given ones that have an objection being handled (第五十条: they are flagged). */
export async function marksUnderObjection(q: Queryable, markIds: readonly string[]): Promise<Set<string>> {
  if (markIds.length === 0) return new Set();
  const rows = await q.query<{ mark_id: string }>(`SELECT mark_id FROM credit_objections WHERE status = 'SUBMITTED' AND mark_id = ANY($1::text[])`, [[...markIds]]);
  return new Set(rows.map((r) => r.mark_id));
}
