import { shippedCalendar } from '@huiqi/calendar';
import { plainDate } from '@huiqi/kernel';
import type { RecognitionAction, RecognitionActionInput, RecognitionActionType, RecognitionPayloads, RoundRules } from '../action';
import type { RecognitionActor } from '../actor';
import { applyRecognitionAction } from '../apply-recognition-action';
import type { RecognitionContext } from '../recognition-context';

export const USCC = '91440300MA5FXXXX1A';
export const SEED = 'a'.repeat(64);

export const actors = {
  firm: { kind: 'ENTERPRISE', id: 'u-firm', uscc: USCC, districtId: null },
  otherFirm: { kind: 'ENTERPRISE', id: 'u-other', uscc: '91440300MA5FYYYY2B', districtId: null },
  district: { kind: 'OFFICER', id: 'u-nanshan', uscc: null, districtId: 'nanshan' },
  otherDistrict: { kind: 'OFFICER', id: 'u-futian', uscc: null, districtId: 'futian' },
  city: { kind: 'OFFICER', id: 'u-city', uscc: null, districtId: null },
  citizen: { kind: 'PUBLIC', id: 'p-1', uscc: null, districtId: null },
} as const satisfies Record<string, RecognitionActor>;

export const expert = (id: string): RecognitionActor => ({ kind: 'EXPERT', id, uscc: null, districtId: null });

export const ROUND: RoundRules = {
  roundId: 'r-2026-spec', tier: 'SPECIALIZED', year: 2026, deadline: plainDate('2026-12-31'), requiredAttachments: ['FINANCIAL_STATEMENTS', 'DECLARATION'],
  publicityWorkingDays: 5, passMark: 60, aggregation: 'MEAN', expertsPerApplication: 2,
};

export const submission = (over: Partial<RecognitionPayloads['SUBMITTED']> = {}): RecognitionPayloads['SUBMITTED'] => ({
  applicationId: 'app-1', uscc: USCC, enterpriseName: '深圳甲科技有限公司', district: 'nanshan', field: 'C', round: ROUND,
  selfAssessment: { status: 'ELIGIBLE', score: 72, met: 9, total: 9, versionFrom: plainDate('2026-04-01'), unverified: true, assessedOn: plainDate('2026-12-01') },
  attachments: [
    { id: 'f1', kind: 'FINANCIAL_STATEMENTS', name: '审计报告.pdf', mediaType: 'application/pdf', bytes: 1000 },
    { id: 'f2', kind: 'DECLARATION', name: '承诺书.pdf', mediaType: 'application/pdf', bytes: 500 },
  ],
  ...over,
});

export const POOL = [
  { id: 'e1', fields: ['C'], conflicts: [] },
  { id: 'e2', fields: ['C', 'I'], conflicts: [] },
  { id: 'e3', fields: ['C'], conflicts: [USCC] },
  { id: 'e4', fields: ['I'], conflicts: [] },
  { id: 'e5', fields: ['C'], conflicts: [] },
];

export const ctx = (over: Partial<RecognitionContext> = {}): RecognitionContext => ({ calendar: shippedCalendar('cn-gd-sz'), ...over });

let n = 0;
/** Applies an action and throws on refusal (tests build logs with it). */
export function step<T extends RecognitionActionType>(log: RecognitionAction[], type: T, actor: RecognitionActor, at: string, payload: RecognitionPayloads[T], c: RecognitionContext = ctx()): RecognitionAction[] {
  const r = applyRecognitionAction(log, { id: `a-${++n}`, type, actor, at, payload } as RecognitionActionInput, c);
  if (!r.ok) throw new Error(`${type}: ${r.error.code} ${r.error.message.zh}`);
  return r.value.log;
}

export function attempt<T extends RecognitionActionType>(log: RecognitionAction[], type: T, actor: RecognitionActor, at: string, payload: RecognitionPayloads[T], c: RecognitionContext = ctx()) {
  return applyRecognitionAction(log, { id: `a-${++n}`, type, actor, at, payload } as RecognitionActionInput, c);
}
