/**
 * Test factory for appeal cases (one per aggregate, as house style asks). Synthetic data only:
 * department ids, user ids and enterprise names are invented.
 */
import { shippedCalendar } from '@huiqi/calendar';
import type { AppealAction, AppealActionInput, AppealPayloads, AppealActionType } from '../action';
import type { Actor } from '../actor';
import type { AppealContext } from '../appeal-context';
import { applyAction } from '../apply-action';
import type { AppealType } from '../appeal-type';
import type { ArrearsComplaintForm } from '../arrears-form';
import { fen, type PlainDate } from '@huiqi/kernel';

export const SME_BUREAU = 'SZ_SME_BUREAU';
export const DEPT_A = 'SZ_HOUSING';
export const DEPT_B = 'SZ_MARKET_REGULATION';
export const DEPT_C = 'SZ_TRANSPORT';
export const SUPERVISION_OFFICE = 'SZ_SUPERVISION';

export const actors = {
  enterprise: { role: 'ENTERPRISE', userId: 'u-ent-1', departmentId: null, enterpriseId: 'ent-1' },
  colleague: { role: 'ENTERPRISE', userId: 'u-ent-1b', departmentId: null, enterpriseId: 'ent-1' },
  otherEnterprise: { role: 'ENTERPRISE', userId: 'u-ent-2', departmentId: null, enterpriseId: 'ent-2' },
  anonymous: { role: 'ENTERPRISE', userId: 'anon-7f3a', departmentId: null, enterpriseId: null },
  bureau: { role: 'DEPARTMENT', userId: 'u-sme-1', departmentId: SME_BUREAU, enterpriseId: null },
  deptA: { role: 'DEPARTMENT', userId: 'u-a-1', departmentId: DEPT_A, enterpriseId: null },
  deptB: { role: 'DEPARTMENT', userId: 'u-b-1', departmentId: DEPT_B, enterpriseId: null },
  deptC: { role: 'DEPARTMENT', userId: 'u-c-1', departmentId: DEPT_C, enterpriseId: null },
  supervisor: { role: 'SUPERVISOR', userId: 'u-sup-1', departmentId: SUPERVISION_OFFICE, enterpriseId: null },
  system: { role: 'SYSTEM', userId: 'system', departmentId: null, enterpriseId: null },
} as const satisfies Record<string, Actor>;

const calendar = shippedCalendar('cn-gd-sz');

export function testContext(overrides: Partial<AppealContext> = {}): AppealContext {
  return { smeBureauId: SME_BUREAU, calendar, ...overrides };
}

let seq = 0;
export function nextId(prefix = 'act'): string {
  seq++;
  return `${prefix}-${seq}`;
}

export function submissionPayload(overrides: Partial<AppealPayloads['SUBMITTED']> = {}): AppealPayloads['SUBMITTED'] {
  const caseId = overrides.caseId ?? nextId('case');
  return {
    caseId,
    trackingNumber: `SZ-TEST-${caseId}`,
    type: 'REQUEST' as AppealType,
    jurisdiction: 'cn-gd-sz',
    receivedBy: SME_BUREAU,
    title: '厂房消防验收久拖未办',
    description: '我司新建厂房消防验收申请已提交两个月仍无结果，影响投产。',
    isAnonymous: false,
    reporter: { userId: 'u-ent-1', enterpriseId: 'ent-1', enterpriseName: '深圳市示例精密制造有限公司', uscc: null, contactName: '张经理', contactPhone: '13800000000', contactEmail: null },
    attachments: [],
    idempotencyKey: `idem-${caseId}`,
    relatedCaseId: null,
    arrears: null,
    ...overrides,
  };
}

export function act<K extends AppealActionType>(type: K, actor: Actor, at: string, payload: AppealPayloads[K]): AppealActionInput {
  return { id: nextId(), type, actor, at, payload } as AppealActionInput;
}

/** Applies each step and fails loudly on a refusal (tests of refusals call applyAction directly). */
export function play(steps: AppealActionInput[], ctx: AppealContext = testContext(), log: AppealAction[] = []): AppealAction[] {
  let current = log;
  for (const s of steps) {
    const r = applyAction(current, s, ctx);
    if (!r.ok) throw new Error(`step ${s.type} refused: ${r.error.code} ${r.error.message.en}`);
    current = r.value.log;
  }
  return current;
}

/** A valid arrears complaint: a public institution owes for goods delivered and accepted. */
export function arrearsForm(overrides: Partial<ArrearsComplaintForm> = {}): ArrearsComplaintForm {
  return {
    contract: {
      number: 'HT-2025-0187',
      title: '实验室设备采购合同',
      signedOn: '2025-09-01' as PlainDate,
      agreedPaymentDays: 30,
      agreedDailyInterestRate: null,
      paymentTrigger: 'ACCEPTANCE',
      isSmeDeclaredAtSigning: true,
    },
    debtor: { name: '某市示例研究院', uscc: null, kind: 'PUBLIC_INSTITUTION' },
    deliveredOn: '2025-10-10' as PlainDate,
    acceptedOn: '2025-10-20' as PlainDate,
    amountFen: fen(128_000_000),
    payments: [{ paidOn: '2025-12-01' as PlainDate, amountFen: fen(28_000_000) }],
    claim: '请求督促对方支付剩余货款100万元及逾期利息。',
    ...overrides,
  };
}

export function arrearsSubmission(overrides: Partial<AppealPayloads['SUBMITTED']> = {}): AppealPayloads['SUBMITTED'] {
  return submissionPayload({ type: 'ARREARS_COMPLAINT', title: '研究院拖欠设备款', description: '验收合格后逾期未付款。', arrears: arrearsForm(), ...overrides });
}
