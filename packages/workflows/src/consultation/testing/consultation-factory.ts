import { shippedCalendar } from '@huiqi/calendar';
import { plainDate } from '@huiqi/kernel';
import type { ConsultationAction, ConsultationActionInput, ConsultationActionType, ConsultationPayloads, OpenedPayload } from '../action';
import type { ConsultationActor } from '../actor';
import { applyConsultationAction } from '../apply-consultation-action';
import type { ConsultationContext, ResolvedAddress } from '../consultation-context';

export const OWNER_DEPT = 'dept-sz-justice';

export const actors = {
  officer: { kind: 'OFFICER', id: 'u-officer', displayName: '立法处', departmentId: OWNER_DEPT },
  otherOfficer: { kind: 'OFFICER', id: 'u-other', displayName: '他处', departmentId: 'dept-other' },
  firmA: { kind: 'ENTERPRISE', id: 'ent-a', displayName: '甲科技有限公司', departmentId: null },
  firmB: { kind: 'ENTERPRISE', id: 'ent-b', displayName: '乙制造有限公司', departmentId: null },
  association: { kind: 'ASSOCIATION', id: 'assoc-1', displayName: '中小企业协会', departmentId: null },
  citizen: { kind: 'PUBLIC', id: 'pub-1', displayName: '市民', departmentId: null },
  system: { kind: 'SYSTEM', id: 'system', displayName: '系统', departmentId: null },
} as const satisfies Record<string, ConsultationActor>;

/** Addresses of a small fake draft (art_1…art_3, art_2 with two 款 and one 项) and a revised version. */
const ADDRESSES: Record<string, Record<string, ResolvedAddress>> = {
  draft: {
    art_1: { citation: '第一条', articleEid: 'art_1' },
    art_2: { citation: '第二条', articleEid: 'art_2' },
    art_2__para_1: { citation: '第二条第一款', articleEid: 'art_2' },
    art_2__para_2: { citation: '第二条第二款', articleEid: 'art_2' },
    art_2__para_2__item_1: { citation: '第二条第二款第（一）项', articleEid: 'art_2' },
    art_3: { citation: '第三条', articleEid: 'art_3' },
  },
  revised: {
    art_1: { citation: '第一条', articleEid: 'art_1' },
    art_2: { citation: '第二条', articleEid: 'art_2' },
  },
};

export function testContext(overrides: Partial<ConsultationContext> = {}): ConsultationContext {
  return {
    calendar: shippedCalendar('cn-gd-sz'),
    minimumPeriod: () => ({ days: 30, isUnverified: true, reference: 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_71' }),
    resolveAddress: (_work, version, eid) => ADDRESSES[version]?.[eid] ?? null,
    ...overrides,
  };
}

export function openedPayload(over: Partial<OpenedPayload> = {}): OpenedPayload {
  return {
    consultationId: 'c-1',
    draft: { kind: 'REGULATION', workId: 'cn-gd-sz/regulation/sme-promotion', versionId: 'draft' },
    title: '关于征求意见的通告',
    issuingBody: '深圳市司法局',
    ownerDepartment: OWNER_DEPT,
    jurisdiction: 'cn-gd-sz',
    contact: { name: null, phone: null, email: 'law@example.gov.cn', address: null },
    startDate: plainDate('2025-01-23'),
    endDate: plainDate('2025-02-26'),
    explanatoryNote: '起草说明',
    isIdentityPublished: false,
    shortPeriodReason: null,
    ...over,
  };
}

let seq = 0;
export function act<T extends ConsultationActionType>(type: T, actor: ConsultationActor, at: string, payload: ConsultationPayloads[T]): ConsultationActionInput {
  return { id: `t-${++seq}`, type, actor, at, payload } as ConsultationActionInput;
}

export function comment(commentId: string, targetEid: string | null, text: string): ConsultationPayloads['COMMENT_SUBMITTED'] {
  return { commentId, targetEid, text, proposedWording: null, attachment: null };
}

/** Applies inputs one by one; throws (test failure) on the first refusal. */
export function play(inputs: ConsultationActionInput[], ctx = testContext(), start: ConsultationAction[] = []): ConsultationAction[] {
  let log = start;
  for (const i of inputs) {
    const r = applyConsultationAction(log, i, ctx);
    if (!r.ok) throw new Error(`${i.type} refused: ${r.error.code} ${r.error.message.en}`);
    log = r.value.log;
  }
  return log;
}
