import { shippedCalendar, type Calendar } from '@huiqi/calendar';
import { bi, daysBetween, err, fen, ok, type PlainDate } from '@huiqi/kernel';
import { paymentDeadline, type PaymentContract, type RuleBase } from '@huiqi/rules-engine';
import { outstandingFen, type ArrearsComplaintForm } from './arrears-form';
import type { PaymentTermsPort } from './arrears-terms';

function contractOf(form: ArrearsComplaintForm, amountFen: number, paidDate: PlainDate | null, asOf: PlainDate): PaymentContract {
  return {
    payerType: form.debtor.kind === 'LARGE_ENTERPRISE' ? 'LARGE_ENTERPRISE' : 'PUBLIC_BODY',
    contractDate: form.contract.signedOn,
    deliveryDate: form.deliveredOn!,
    paymentOnAcceptance: form.contract.paymentTrigger === 'ACCEPTANCE',
    acceptanceDate: form.acceptedOn,
    agreedDays: form.contract.agreedPaymentDays,
    agreedDailyRate: form.contract.agreedDailyInterestRate,
    amountFen,
    paidDate,
    asOf,
  };
}

/**
 * The payment-terms port backed by the rules engine's `paymentDeadline`
 * (保障中小企业款项支付条例 2025 第九条 / 2020 第八条 periods, acceptance 2025 第十条 / 2020 第九条, and the
 * overdue-interest rule; version chosen by the contract date).
 *
 * Partial payments: interest runs on each instalment paid after the due date until the day it was
 * paid, and on the outstanding rest until `asOf`; instalments paid on time carry none. Each part is
 * rounded to the fen by the rules engine (half up) and the parts are summed.
 * The due date is the rules engine's, counted as 民法典 第二百零一条、第二百零三条 count it on `calendar`
 * (a last day on a statutory holiday or rest day moves to the next working day).
 */
export function paymentTermsFromRulesEngine(ruleBase: RuleBase, calendar: Calendar = shippedCalendar('cn')): PaymentTermsPort {
  return {
    compute(form, asOf) {
      if (form.deliveredOn === null) return err({ code: 'DELIVERY_DATE_MISSING', message: bi('缺少交付日期', 'the delivery date is missing') });
      const outstanding = outstandingFen(form);
      const main = paymentDeadline(ruleBase, contractOf(form, outstanding, null, asOf), { calendar });
      if (main.status !== 'COMPUTED' || main.dueDate === null) {
        const why = main.notes.at(-1) ?? bi('无法确定法定付款期限', 'no statutory payment term could be determined');
        return err({ code: main.status, message: why });
      }
      const due = main.dueDate;
      let interest: number = main.interestFen;
      for (const p of form.payments) {
        if (p.paidOn <= due) continue;
        interest += paymentDeadline(ruleBase, contractOf(form, p.amountFen, p.paidOn, asOf), { calendar }).interestFen;
      }
      const overdueDays = Math.max(0, daysBetween(due, asOf));
      return ok({
        dueDate: due,
        asOf,
        outstandingFen: fen(outstanding),
        overdueDays,
        interestFen: fen(interest),
        basis: main.cites,
        explanation: {
          zh: [`法定（或约定）付款期限自 ${main.startDate} 起 ${main.periodDays} 日，至 ${due} 届满；截至 ${asOf} 逾期 ${overdueDays} 日，日利率 ${main.dailyRate ?? '—'}。`, ...main.notes.map((n) => n.zh)].join(' '),
          en: [`Payment period of ${main.periodDays} days from ${main.startDate}, due ${due}; ${overdueDays} days overdue on ${asOf} at a daily rate of ${main.dailyRate ?? '—'}.`, ...main.notes.map((n) => n.en)].join(' '),
        },
      });
    },
  };
}
