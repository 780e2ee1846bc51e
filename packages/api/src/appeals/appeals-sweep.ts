import { appendAppealAction, listOpenAppealCaseIds, loadAppealLogs, type Database, type StoredAppealAction } from '@huiqi/db';
import { applyAction, foldCase, recomputeDeadlines, sweepDeadlines, type AppealAction, type AppealActionInput, type DeadlineReminder } from '@huiqi/workflows';
import { projectionOf } from './appeal-projection';
import { appealsRuntime } from './appeals-context';

export interface SweepReport {
  casesScanned: number;
  /** Reminders recorded now (REMINDER_SENT appended). */
  reminders: DeadlineReminder[];
  /** Reminders another run recorded first (a retry or a concurrent runner): nothing appended twice. */
  duplicates: number;
  /** Cases whose missing due dates were computed now (DEADLINES_RECOMPUTED). */
  recomputed: number;
  /** Cases still without a due date (the calendar year is still missing). */
  stillUnknown: number;
}

/** Appends one system action, retrying on a concurrent append; false when it was already there. */
async function appendSystemAction(db: Database, caseId: string, log: AppealAction[], input: AppealActionInput, now: string): Promise<'APPENDED' | 'DUPLICATE' | 'REFUSED'> {
  const { context } = await appealsRuntime(db);
  let current = log;
  for (let attempt = 0; attempt < 5; attempt++) {
    const r = applyAction(current, input, context);
    if (!r.ok) return r.error.code === 'REMINDER_ALREADY_SENT' ? 'DUPLICATE' : 'REFUSED';
    if (r.value.isDuplicate) return 'DUPLICATE';
    try {
      const ok = await db.transaction((tx) =>
        appendAppealAction(tx, { projection: projectionOf(r.value.case), expectedVersion: current.length, action: r.value.action as unknown as StoredAppealAction, auditUserId: null, at: new Date(Date.parse(now)) }),
      );
      if (ok) return 'APPENDED';
    } catch (e) {
      if ((e as { code?: string }).code !== '23505') throw e;
    }
    current = (await loadAppealLogs(db, [caseId])).get(caseId) as unknown as AppealAction[];
  }
  return 'REFUSED';
}

/**
 * The deadline sweep (job `appeals.deadline-sweep`): folds the open cases in batches, records the
 * near-due and overdue reminders not yet sent (REMINDER_SENT, deterministic ids: a retry or a
 * second runner appends nothing twice), and recomputes due dates that were unknown because a
 * calendar year was missing. Idempotent; safe to run at any time.
 */
export async function sweepAppealDeadlines(db: Database, now: string, options: { batchSize?: number } = {}): Promise<SweepReport> {
  const { context } = await appealsRuntime(db);
  const report: SweepReport = { casesScanned: 0, reminders: [], duplicates: 0, recomputed: 0, stillUnknown: 0 };
  const batchSize = options.batchSize ?? 200;
  let after = '';
  for (;;) {
    const ids = await listOpenAppealCaseIds(db, { afterCaseId: after, limit: batchSize });
    if (ids.length === 0) break;
    after = ids.at(-1)!;
    const logs = await loadAppealLogs(db, ids);
    const cases = ids.map((id) => foldCase(logs.get(id)! as unknown as AppealAction[]));
    report.casesScanned += cases.length;
    const swept = sweepDeadlines(cases, now, { limit: Number.MAX_SAFE_INTEGER });
    for (const { caseId, action } of swept.actions) {
      const outcome = await appendSystemAction(db, caseId, logs.get(caseId)! as unknown as AppealAction[], action, now);
      if (outcome === 'APPENDED') {
        report.reminders.push(swept.reminders.find((r) => r.caseId === caseId && action.type === 'REMINDER_SENT' && r.key === action.payload.key)!);
        logs.set(caseId, (await loadAppealLogs(db, [caseId])).get(caseId)!);
      } else if (outcome === 'DUPLICATE') report.duplicates++;
    }
    for (const caseId of new Set(swept.needsRecompute.map((n) => n.caseId))) {
      const log = logs.get(caseId)! as unknown as AppealAction[];
      const r = recomputeDeadlines(log, now, context);
      if (!r.ok || r.value === null) {
        report.stillUnknown++;
        continue;
      }
      const outcome = await appendSystemAction(db, caseId, log, { id: r.value.action.id, type: r.value.action.type, at: r.value.action.at, actor: r.value.action.actor, payload: r.value.action.payload } as AppealActionInput, now);
      if (outcome === 'APPENDED') report.recomputed++;
    }
    if (ids.length < batchSize) break;
  }
  return report;
}
