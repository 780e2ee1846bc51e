import { parseYuanToFen } from '../../format/money';

/** The arrears fields as typed in the form (strings; amounts in yuan). */
export interface ArrearsFields {
  contractNumber?: string;
  contractTitle?: string;
  signedOn?: string;
  agreedDays?: string;
  trigger?: 'DELIVERY' | 'ACCEPTANCE';
  smeDeclared?: boolean;
  debtorName?: string;
  debtorKind?: 'GOVERNMENT_AGENCY' | 'PUBLIC_INSTITUTION' | 'LARGE_ENTERPRISE';
  deliveredOn?: string;
  acceptedOn?: string;
  amountYuan?: string;
  paidYuan?: string;
  paidOn?: string;
}

const text = (v: string | undefined) => (v && v.trim() !== '' ? v.trim() : null);

/**
 * The arrears complaint form the API expects (保障中小企业款项支付条例 fields, money in fen).
 * Nothing is guessed: an unreadable or missing amount is sent as null and the server names the field.
 */
export function toArrearsForm(f: ArrearsFields, claim: string): Record<string, unknown> {
  const amount = f.amountYuan ? parseYuanToFen(f.amountYuan) : null;
  const paid = f.paidYuan ? parseYuanToFen(f.paidYuan) : null;
  const days = text(f.agreedDays);
  return {
    contract: {
      number: text(f.contractNumber),
      title: text(f.contractTitle) ?? '',
      signedOn: text(f.signedOn) ?? '',
      agreedPaymentDays: days === null ? null : Number(days),
      agreedDailyInterestRate: null,
      paymentTrigger: f.trigger ?? 'ACCEPTANCE',
      isSmeDeclaredAtSigning: f.smeDeclared ?? false,
    },
    debtor: { name: text(f.debtorName) ?? '', uscc: null, kind: f.debtorKind ?? '' },
    deliveredOn: text(f.deliveredOn),
    acceptedOn: text(f.acceptedOn),
    amountFen: amount?.ok ? amount.fen : null,
    payments: paid?.ok && paid.fen > 0 ? [{ paidOn: text(f.paidOn) ?? '', amountFen: paid.fen }] : [],
    claim,
  };
}
