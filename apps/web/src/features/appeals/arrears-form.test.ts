import { describe, expect, it } from 'vitest';
import { toArrearsForm } from './arrears-form';

describe('toArrearsForm', () => {
  it('converts yuan to fen exactly and keeps one payment', () => {
    const form = toArrearsForm(
      { contractNumber: ' HT-1 ', contractTitle: '采购合同', signedOn: '2025-09-01', agreedDays: '30', trigger: 'ACCEPTANCE', smeDeclared: true, debtorName: '研究院', debtorKind: 'PUBLIC_INSTITUTION', deliveredOn: '2025-10-10', acceptedOn: '2025-10-20', amountYuan: '1,280,000.00', paidYuan: '280000', paidOn: '2025-12-01' },
      '请求支付',
    );
    expect(form).toMatchObject({
      contract: { number: 'HT-1', agreedPaymentDays: 30, paymentTrigger: 'ACCEPTANCE', isSmeDeclaredAtSigning: true },
      debtor: { name: '研究院', kind: 'PUBLIC_INSTITUTION' },
      amountFen: 128_000_000,
      payments: [{ paidOn: '2025-12-01', amountFen: 28_000_000 }],
      claim: '请求支付',
    });
  });

  it('sends null for what was not filled or cannot be read, so the server names the field', () => {
    const form = toArrearsForm({ amountYuan: '12.345', agreedDays: '' }, '');
    expect(form.amountFen).toBeNull();
    expect((form.contract as { agreedPaymentDays: unknown }).agreedPaymentDays).toBeNull();
    expect(form.deliveredOn).toBeNull();
    expect(form.payments).toEqual([]);
  });
});
