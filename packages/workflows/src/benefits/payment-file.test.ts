import { describe, expect, it } from 'vitest';
import { parseReturnFile, paymentRows, toCsv, parseCsv } from './payment-file';
import { checkAttachment } from './attachment-check';
import { benefitTrackingNumber, isBenefitTrackingNumber } from './tracking-number';

const line = { paymentId: 'PAY-1', trackingNumber: 'BF20260000011', payeeName: '深圳市"示例",公司', accountNumber: '0012345678901234567', bankName: '某银行', amountFen: 5_000_000, purpose: '=HYPERLINK()' };

describe('payment files', () => {
  it('CSV round-trips quotes and commas, defuses formulas, and keeps account numbers as text', () => {
    const csv = toCsv(paymentRows([line]));
    const rows = parseCsv(csv);
    expect(rows[1]).toEqual(['PAY-1', 'BF20260000011', '深圳市"示例",公司', '0012345678901234567', '某银行', '50000.00', "'=HYPERLINK()"]);
  });

  it('bank return files: every bad line reported with its number', () => {
    const good = parseReturnFile('payment_id,result,amount_yuan,bank_reference,settled_on,reason\r\nPAY-1,SUCCESS,50000.00,R123,2026-03-21,\r\nPAY-2,FAILED,10.00,,2026-03-21,账户已销户\r\n');
    expect(good.ok && good.value).toEqual([
      { paymentId: 'PAY-1', outcome: 'PAID', amountFen: 5_000_000, bankReference: 'R123', settledOn: '2026-03-21' },
      { paymentId: 'PAY-2', outcome: 'FAILED', amountFen: 1000, reason: '账户已销户', settledOn: '2026-03-21' },
    ]);
    const bad = parseReturnFile('payment_id,result,amount_yuan,bank_reference,settled_on,reason\nPAY-1,OK,1,R,2026-03-21,\nPAY-1,SUCCESS,1.001,R,2026-03-21,\n,SUCCESS,1,R,2026-02-30,\n');
    expect(bad.ok ? [] : bad.error.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(parseReturnFile('a,b\n1,2').ok).toBe(false);
  });

  it('attachments: type checked by content, size and name limits', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n...');
    expect(checkAttachment('贷款合同.pdf', 'application/pdf', pdf).ok).toBe(true);
    expect(checkAttachment('evil.pdf', 'application/pdf', new TextEncoder().encode('MZ\x90\x00')).ok).toBe(false);
    expect(checkAttachment('x.exe', 'application/x-msdownload', pdf).ok).toBe(false);
    expect(checkAttachment('../x.pdf', 'application/pdf', pdf).ok).toBe(false);
    expect(checkAttachment('a.png', 'application/pdf', pdf).ok).toBe(false);
    expect(checkAttachment('big.pdf', 'application/pdf', new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25)).ok).toBe(false);
  });

  it('tracking numbers carry a check character', () => {
    const t = benefitTrackingNumber(2026, 42);
    expect(isBenefitTrackingNumber(t)).toBe(true);
    const wrong = t.slice(0, 8) + ((Number(t[8]) + 1) % 10) + t.slice(9);
    expect(isBenefitTrackingNumber(wrong)).toBe(false);
  });
});
