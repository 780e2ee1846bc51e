import { addDays, type PlainDate } from '@huiqi/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEAL_ACTION_TYPES, type AppealAction, type AppealActionInput, type AppealActionType, type AppealPayloads } from './action';
import type { Actor } from './actor';
import { applyAction } from './apply-action';
import type { AppealCase } from './appeal-case';
import { APPEAL_TYPES } from './appeal-type';
import { availableActions } from './available-actions';
import { foldCase } from './fold-case';
import { REJECTION_REASONS } from './rejection-reason';
import { APPEAL_STATUSES, appealStatuses } from './status';
import { actors, arrearsSubmission, DEPT_A, DEPT_B, DEPT_C, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();
const ACTORS: Actor[] = [actors.enterprise, actors.colleague, actors.otherEnterprise, actors.bureau, actors.deptA, actors.deptB, actors.deptC, actors.supervisor, actors.system, actors.anonymous];
const DEPTS = [DEPT_A, DEPT_B, DEPT_C, SME_BUREAU];

function payloadFor(type: AppealActionType, c: AppealCase, v: number, at: string): AppealPayloads[AppealActionType] {
  const base = (c.clocks.ANSWER?.due ?? at.slice(0, 10)) as PlainDate;
  switch (type) {
    case 'ACCEPTED':
    case 'CLOSED':
    case 'URGED':
      return { note: v % 2 ? null : '备注' };
    case 'REJECTED':
      return { reason: REJECTION_REASONS[v % REJECTION_REASONS.length]!, explanation: '理由', relatedCaseId: v % 3 ? 'case-x' : null };
    case 'DISPATCHED':
      return { ownership: (['SINGLE', 'NONE', 'SEVERAL'] as const)[v % 3]!, lead: v % 4 === 3 ? null : DEPTS[v % DEPTS.length]!, coHandlers: v % 2 ? [DEPTS[(v + 1) % DEPTS.length]!] : [], note: null };
    case 'TRANSFERRED':
      return { handlingDepartment: DEPTS[v % DEPTS.length]!, note: null };
    case 'RETURNED':
    case 'REOPENED':
    case 'EXTENSION_DENIED':
      return { reason: '原因' };
    case 'EXTENSION_REQUESTED':
      return { requestedDue: addDays(base, 1 + (v % 5) * 9), reason: '复杂' };
    case 'EXTENSION_APPROVED':
      return { newDue: c.pendingExtension?.requestedDue ?? addDays(base, 1 + v), note: null };
    case 'INFO_REQUESTED':
      return { items: '补充材料' };
    case 'INFO_PROVIDED':
      return { text: '已补充', attachments: [] };
    case 'NOTE_ADDED':
      return { text: '记录', isInternal: v % 2 === 0 };
    case 'ANSWERED':
      return { text: '答复', attachments: [] };
    case 'RATED':
      return { satisfaction: (['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as const)[v % 3]!, isResolved: v % 2 === 0, comment: null };
    case 'WITHDRAWN':
      return { reason: null };
    case 'SUPERVISION_NOTICE':
      return { target: v % 2 ? 'DEPARTMENT' : 'DEBTOR', text: '督办' };
    case 'CREDIT_MARKED':
      return { finding: '属实' };
    case 'REMINDER_SENT':
      return { key: `k-${v % 3}`, clock: 'ANSWER', level: 'OVERDUE', due: base, recipients: [] };
    case 'DEADLINES_RECOMPUTED':
      return {};
    case 'SUBMITTED':
      return submissionPayload();
  }
}

const step = fc.record({ actor: fc.nat(ACTORS.length - 1), pick: fc.nat(99), type: fc.nat(APPEAL_ACTION_TYPES.length - 1), hours: fc.integer({ min: 0, max: 60 }), v: fc.nat(20) });

describe('folding random action sequences (property)', () => {
  it('never throws, keeps the status in the table, reopens at most once, returns at most once per department, and nothing follows a final status', () => {
    fc.assert(
      fc.property(fc.nat(APPEAL_TYPES.length - 1), fc.array(step, { maxLength: 40 }), (typeIdx, steps) => {
        const type = APPEAL_TYPES[typeIdx]!;
        const payload = type === 'ARREARS_COMPLAINT' ? arrearsSubmission() : submissionPayload({ type });
        let t = Date.parse('2026-01-05T09:00:00+08:00');
        const first = applyAction([], { id: 's0', type: 'SUBMITTED', at: new Date(t).toISOString(), actor: actors.enterprise, payload }, ctx);
        if (!first.ok) throw new Error(first.error.code);
        let log: AppealAction[] = first.value.log;
        steps.forEach((s, i) => {
          const before = foldCase(log);
          t += s.hours * 3_600_000;
          const at = new Date(t).toISOString();
          // Mostly an action someone is offered (to get deep into the workflow; finishing actions rarely),
          // sometimes any action by any actor.
          const offered = ACTORS.flatMap((a) => availableActions(before, a, SME_BUREAU).map((x) => ({ actor: a, type: x.type })))
            .filter((x) => s.v % 8 === 0 || !['WITHDRAWN', 'REJECTED', 'CLOSED'].includes(x.type));
          const chosen = s.pick < 85 && offered.length > 0 ? offered[s.pick % offered.length]! : { actor: ACTORS[s.actor]!, type: APPEAL_ACTION_TYPES[s.type]! };
          const actor = chosen.actor;
          const actionType = chosen.type;
          const input = { id: `a${i}`, type: actionType, at, actor, payload: payloadFor(actionType, before, s.v, at) } as AppealActionInput;
          const r = applyAction(log, input, ctx);
          if (appealStatuses[before.status].isFinal) expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.message.zh.length).toBeGreaterThan(0);
            expect(r.error.message.en.length).toBeGreaterThan(0);
            return;
          }
          log = r.value.log;
          const c = foldCase(log);
          expect(APPEAL_STATUSES).toContain(c.status);
          expect(c.reopenCount).toBeLessThanOrEqual(1);
          expect(c.anomalies).toEqual([]);
          expect(c.version).toBe(log.length);
          const returnsBy = c.returns.map((x) => x.by);
          expect(new Set(returnsBy).size).toBe(returnsBy.length);
          if (c.lead !== null) expect(c.coHandlers).not.toContain(c.lead);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyAction on untrusted input (property)', () => {
  it('never throws, whatever the type, actor and payload', () => {
    const base = (() => {
      const r = applyAction([], { id: 's0', type: 'SUBMITTED', at: '2026-03-02T09:00:00+08:00', actor: actors.enterprise, payload: submissionPayload() }, ctx);
      if (!r.ok) throw new Error(r.error.code);
      return r.value.log;
    })();
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...APPEAL_ACTION_TYPES), fc.string()),
        fc.oneof(fc.constantFrom(...ACTORS), fc.anything()),
        fc.anything(),
        fc.oneof(fc.constant('2026-03-03T09:00:00+08:00'), fc.string()),
        fc.boolean(),
        (type, actor, payload, at, isFirst) => {
          const input = { id: 'x1', type, actor, payload, at } as unknown as AppealActionInput;
          const r = applyAction(isFirst ? [] : base, input, ctx);
          if (!r.ok) expect(r.error.message.zh.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
