import { describe, expect, it } from 'vitest';
import type { StoredConsent } from '@huiqi/db';
import { receiptOf } from '@huiqi/workflows';
import { renderReceiptHtml } from './receipt-html';

const c = {
  consentId: 'cc-1', uscc: '91440300MA5HQ1PC0X', enterpriseName: '深圳市<script>测试</script>有限公司', institutionId: 'bank-demo',
  scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }, { scope: 'YEARLY_FIGURES', access: 'VERIFY_ONLY' }],
  purpose: { kind: 'PRODUCT', productName: '科技贷', text: '授信审查' }, startDate: '2026-12-07', endDate: '2027-01-05',
  startsAt: '2026-12-06T16:00:00.000Z', expiresAt: '2027-01-05T16:00:00.000Z', grantedAt: '2026-12-07T01:00:00.000Z', grantedBy: 'u', revokedAt: null, digest: 'x',
} as unknown as StoredConsent;

describe('the printable consent receipt', () => {
  it('names the terms and the digest, escapes every value, and cites the articles', () => {
    const html = renderReceiptHtml(c, '某银行深圳分行');
    expect(html).toContain(receiptOf(c).digest);
    expect(html).toContain('登记信息（可查看）；年度经营数据（仅可核验（是/否））');
    expect(html).toContain('2026-12-07 至 2027-01-05（至 2027-01-06 00:00（北京时间） 止）');
    expect(html).not.toContain('<script>');
    expect(html).toContain('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_67__para_1');
  });
});
