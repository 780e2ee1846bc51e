import { describe, expect, it } from 'vitest';
import type { PlainDate } from '@huiqi/kernel';
import { foldProvider } from '../provider/fold-provider';
import { approved, claimed, ENTERPRISE_USCC, issued, PROVIDER_USCC, redeemed, registered } from '../testing';
import { applyVoucherAction, type VoucherContext } from './apply-voucher-action';
import { committedFen } from './fold-voucher';
import { relatedPartyReasons, type PartyFacts } from './related-party';
import type { AnyVoucherAction } from './voucher-action';
import { checkIssue, checkProgramme } from './programme';

const provider = foldProvider([registered(), approved]);
const providerFacts: PartyFacts = { uscc: PROVIDER_USCC, name: provider.name, legalRepresentativeName: '李四', shareholders: provider.shareholders };
const enterpriseFacts: PartyFacts = { uscc: ENTERPRISE_USCC, name: '深圳某科技有限公司', legalRepresentativeName: '张三', shareholders: [] };
const ctx: VoucherContext = { eligibility: { status: 'ELIGIBLE', reasons: [] }, provider, parties: { provider: providerFacts, enterprise: enterpriseFacts } };
const codeOf = (log: AnyVoucherAction[], a: AnyVoucherAction, c: VoucherContext = ctx) => {
  const r = applyVoucherAction(log, a, c);
  return r.ok ? 'OK' : r.error.code;
};

describe('a voucher: issued, claimed, redeemed once, settled', () => {
  it('goes through its life and pays at most its amount', () => {
    const log = [issued, claimed, redeemed()];
    const settled: AnyVoucherAction = { id: 'v4', type: 'SETTLED', at: '2026-03-20T09:00:00+08:00', actor: { kind: 'FINANCE', userId: 'u-f' }, payload: { batchId: 'pb-1', paymentId: 'pay-1' } };
    for (let i = 1; i < log.length; i++) expect(codeOf(log.slice(0, i), log[i]!)).toBe('OK');
    const r = applyVoucherAction(log, settled, ctx);
    expect(r.ok && r.value.voucher).toMatchObject({ status: 'SETTLED', holderUscc: ENTERPRISE_USCC, redemption: { payableFen: 500_000 } });
    expect(r.ok && committedFen(r.value.voucher)).toBe(500_000);
  });

  it('refuses a second redemption, after expiry, by another enterprise, at an unapproved provider, for a category not covered', () => {
    const log = [issued, claimed];
    expect(codeOf([...log, redeemed()], redeemed({}, '2026-03-11T09:00:00+08:00'))).toBe('VOUCHER_ALREADY_REDEEMED');
    expect(codeOf(log, redeemed({ serviceDate: '2026-07-01' as PlainDate }, '2026-07-01T09:00:00+08:00'))).toBe('VOUCHER_EXPIRED');
    expect(codeOf(log, redeemed({}, undefined, PROVIDER_USCC))).toBe('VOUCHER_NOT_HOLDER');
    expect(codeOf(log, redeemed(), { ...ctx, provider: foldProvider([registered()]) })).toBe('PROVIDER_NOT_APPROVED');
    expect(codeOf(log, redeemed({ category: 'LEGAL_CONSULTING' }))).toBe('VOUCHER_CATEGORY_NOT_COVERED');
    expect(codeOf([issued], redeemed())).toBe('VOUCHER_NOT_CLAIMED');
  });

  it('refuses a related-party redemption (same legal representative, or a declared shareholder)', () => {
    const same = { ...ctx, parties: { provider: providerFacts, enterprise: { ...enterpriseFacts, legalRepresentativeName: '李 四' } } };
    const r = applyVoucherAction([issued, claimed], redeemed(), same);
    expect(!r.ok && r.error.code).toBe('VOUCHER_RELATED_PARTY');
    expect(!r.ok && r.error.message.zh).toContain('法定代表人相同');
    expect(relatedPartyReasons({ ...providerFacts, shareholders: ['张三'] }, enterpriseFacts).map((x) => x.en)).toEqual([expect.stringContaining('legal representative (张三) is a shareholder')]);
  });

  it('claims only when the rule answers ELIGIBLE (three-valued), once, within validity', () => {
    expect(codeOf([issued], claimed, { eligibility: { status: 'UNKNOWN', reasons: [{ zh: '缺少营业收入', en: 'revenue missing' }] } })).toBe('VOUCHER_ELIGIBILITY_UNKNOWN');
    expect(codeOf([issued], claimed, { eligibility: { status: 'INELIGIBLE', reasons: [] } })).toBe('VOUCHER_ENTERPRISE_NOT_ELIGIBLE');
    expect(codeOf([issued, claimed], { ...claimed, id: 'again' })).toBe('VOUCHER_ALREADY_CLAIMED');
    const r = applyVoucherAction([issued], claimed, { eligibility: { status: 'NOT_IN_FORCE', reasons: [] } });
    expect(!r.ok && r.error.message.zh).toContain('不在有效期内');
  });

  it('expires only after its last day, and then returns its amount', () => {
    const early: AnyVoucherAction = { id: 'e', type: 'EXPIRED', at: '2026-06-30T12:00:00+08:00', actor: { kind: 'SYSTEM' }, payload: {} };
    expect(codeOf([issued, claimed], early)).toBe('SERVICES_ACTION_NOT_ALLOWED');
    const r = applyVoucherAction([issued, claimed], { ...early, at: '2026-07-01T00:00:00+08:00' });
    expect(r.ok && [r.value.voucher.status, committedFen(r.value.voucher)]).toEqual(['EXPIRED', 0]);
  });
});

describe('a programme', () => {
  it('checks its terms and its budget', () => {
    const p = { kind: 'SERVICE' as const, name: '知识产权服务券', description: '', amountFen: 500_000, validFrom: '2026-03-01' as PlainDate, validUntil: '2026-02-01' as PlainDate, categories: ['IP_PROTECTION' as const], eligibilityPolicyId: null, budgetFen: 1_000_000, fundId: 'f' };
    expect(checkProgramme(p)?.details).toEqual({ field: 'validUntil' });
    expect(checkIssue({ budgetFen: 1_000_000, committedFen: 600_000, settledFen: 0, availableFen: 400_000 }, 500_000, 1)?.code).toBe('PROGRAMME_BUDGET_EXCEEDED');
    expect(checkIssue({ budgetFen: 1_000_000, committedFen: 0, settledFen: 0, availableFen: 1_000_000 }, 500_000, 2)).toBeNull();
  });
});
