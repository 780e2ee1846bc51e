import { err, fen, ok, parsePlainDate, PlainDateSchema, type BilingualText, type Fen, type PlainDate, type Result } from '@huiqi/kernel';
import { z } from 'zod';
import { arrearsFieldText, arrearsFormText, isArrearsFormCode, type ArrearsFieldProblem, type ArrearsFormCode } from './appeals-reasons';

/**
 * The payment-arrears complaint form (拖欠账款投诉), under 《保障中小企业款项支付条例》(国务院令第802号).
 * Money is integer fen; dates are `YYYY-MM-DD`.
 */

/** Persisted debtor kinds: 机关 / 事业单位 / 大型企业 (Art. 9 sets different payment periods). */
export const DEBTOR_KINDS = ['GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION', 'LARGE_ENTERPRISE'] as const;
export type DebtorKind = (typeof DEBTOR_KINDS)[number];
/** What starts the payment period: delivery of the goods, works or services, or passing acceptance (检验/验收). */
export const PAYMENT_TRIGGERS = ['DELIVERY', 'ACCEPTANCE'] as const;
export type PaymentTrigger = (typeof PAYMENT_TRIGGERS)[number];

const date = PlainDateSchema;
const fenAmount = z.number().int({ message: 'INTEGER_FEN' }).positive({ message: 'POSITIVE' }).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1, { message: 'REQUIRED' }).max(max, { message: 'TOO_LONG' });

export const ArrearsComplaintForm = z.object({
    contract: z.object({
      number: z.string().trim().max(100).nullable(),
      title: text(200),
      signedOn: date,
      /** The payment period agreed in the contract, in days; null when the contract is silent. */
      agreedPaymentDays: z.number().int().positive().max(3650).nullable(),
      /** Agreed daily overdue-interest rate as an exact decimal string ("0.0005"); null when not agreed. */
      agreedDailyInterestRate: z.string().regex(/^0(\.\d{1,8})?$/, { message: 'RATE' }).nullable(),
      paymentTrigger: z.enum(PAYMENT_TRIGGERS),
      /** The SME told the debtor in writing it is an SME when signing (Art. 3). */
      isSmeDeclaredAtSigning: z.boolean(),
    }),
    debtor: z.object({
      name: text(200),
      uscc: z.string().trim().length(18, { message: 'USCC' }).nullable(),
      kind: z.enum(DEBTOR_KINDS),
    }),
    deliveredOn: date.nullable(),
    acceptedOn: date.nullable(),
    amountFen: fenAmount,
    payments: z.array(z.object({ paidOn: date, amountFen: fenAmount })).max(500),
    claim: text(5000),
  });
export type ArrearsComplaintForm = {
  contract: {
    number: string | null;
    title: string;
    signedOn: PlainDate;
    agreedPaymentDays: number | null;
    agreedDailyInterestRate: string | null;
    paymentTrigger: PaymentTrigger;
    isSmeDeclaredAtSigning: boolean;
  };
  debtor: { name: string; uscc: string | null; kind: DebtorKind };
  deliveredOn: PlainDate | null;
  acceptedOn: PlainDate | null;
  amountFen: Fen;
  payments: { paidOn: PlainDate; amountFen: Fen }[];
  claim: string;
};

export interface FieldProblem {
  path: string;
  /** What is wrong, as a code (worded by `arrearsFieldText`, appeals-reasons.ts). */
  problem: ArrearsFieldProblem;
  message: BilingualText;
}

export interface ArrearsFormInvalid {
  code: 'ARREARS_FORM_INVALID';
  message: BilingualText;
  fields: FieldProblem[];
}

type Raw = Record<string, unknown>;
const asRecord = (v: unknown): Raw => (typeof v === 'object' && v !== null ? (v as Raw) : {});
const asDate = (v: unknown): string | null => (typeof v === 'string' && parsePlainDate(v) !== null ? v : null);

/**
 * Rules across fields, checked on the raw input so they are reported together with the field
 * errors (not only once every field is well-formed).
 */
function crossFieldProblems(input: unknown): { path: string; key: ArrearsFormCode }[] {
  const f = asRecord(input);
  const contract = asRecord(f.contract);
  const signedOn = asDate(contract.signedOn);
  const deliveredOn = asDate(f.deliveredOn);
  const acceptedOn = asDate(f.acceptedOn);
  const out: { path: string; key: ArrearsFormCode }[] = [];
  if (f.deliveredOn === null) out.push({ path: 'deliveredOn', key: 'REQUIRED' });
  if (contract.paymentTrigger === 'ACCEPTANCE' && f.acceptedOn === null) out.push({ path: 'acceptedOn', key: 'REQUIRED_FOR_ACCEPTANCE' });
  if (signedOn && deliveredOn && deliveredOn < signedOn) out.push({ path: 'deliveredOn', key: 'BEFORE_SIGNING' });
  if (acceptedOn && deliveredOn && acceptedOn < deliveredOn) out.push({ path: 'acceptedOn', key: 'BEFORE_DELIVERY' });
  const payments = Array.isArray(f.payments) ? f.payments.map(asRecord) : [];
  payments.forEach((p, i) => {
    const paidOn = asDate(p.paidOn);
    if (signedOn && paidOn && paidOn < signedOn) out.push({ path: `payments.${i}.paidOn`, key: 'BEFORE_SIGNING' });
  });
  const amounts = payments.map((p) => p.amountFen);
  if (typeof f.amountFen === 'number' && amounts.every((a) => typeof a === 'number')) {
    const paid = (amounts as number[]).reduce((s, a) => s + a, 0);
    if (paid >= f.amountFen) out.push({ path: 'payments', key: 'NOTHING_OUTSTANDING' });
  }
  return out;
}

/** Validates untrusted input; every problem is reported with its field path and a bilingual message. */
export function parseArrearsComplaintForm(input: unknown): Result<ArrearsComplaintForm, ArrearsFormInvalid> {
  const r = ArrearsComplaintForm.safeParse(input);
  const cross = crossFieldProblems(input);
  if (r.success && cross.length === 0) return ok(r.data as ArrearsComplaintForm);
  // A kernel schema's issue carries its own bilingual reason (params); the form's own keys are worded below.
  const issues = r.success ? [] : r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(form)', key: i.message, code: i.code, own: ownReason(i) }));
  const seen = new Set(issues.map((i) => i.path));
  const all = [...issues, ...cross.filter((c) => !seen.has(c.path)).map((c) => ({ ...c, code: 'custom', own: null }))];
  const fields = all.map((i): FieldProblem => {
    const problem: ArrearsFieldProblem = isArrearsFormCode(i.key) ? { code: i.key } : i.own ? { code: 'KERNEL_REASON', text: i.own } : { code: 'FORMAT_INVALID', issue: i.code, detail: i.key };
    return { path: i.path, problem, message: arrearsFieldText(problem) };
  });
  return err({ code: 'ARREARS_FORM_INVALID', message: arrearsFormText(fields.length), fields });
}

/** Outstanding amount: contract amount less payments, in fen. */
export function outstandingFen(form: ArrearsComplaintForm): Fen {
  return fen(form.amountFen - form.payments.reduce((s, p) => s + p.amountFen, 0));
}

function ownReason(issue: object): BilingualText | null {
  const p = 'params' in issue ? (issue.params as { zh?: unknown; en?: unknown } | undefined) : undefined;
  return p && typeof p.zh === 'string' && typeof p.en === 'string' ? { zh: p.zh, en: p.en } : null;
}
