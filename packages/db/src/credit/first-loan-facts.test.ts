import { describe, expect, it } from 'vitest';
import { firstLoanFacts, type LoanForFacts } from './first-loan-facts';

const bank = (jurisdiction: string) => ({ institutionName: { zh: '某银行', en: 'A Bank' }, institutionJurisdiction: jurisdiction });
const loan = (over: Partial<LoanForFacts>): LoanForFacts => ({ ...bank('cn-gd-sz'), grantedAmountFen: 100, termMonths: 6, isFirstLoan: false, grantedOn: '2023-02-01', recordedAt: '2023-02-01T02:00:00.000Z', ...over });

describe('first-loan facts from recorded loans', () => {
  it('takes the earliest loan recorded as a first loan, whatever the order of recording', () => {
    const r = firstLoanFacts([loan({ isFirstLoan: true, grantedOn: '2023-03-01', recordedAt: '2023-03-01T02:00:00.000Z' }), loan({ isFirstLoan: true, grantedOn: '2023-01-20', grantedAmountFen: 7, recordedAt: '2023-05-01T02:00:00.000Z' })]);
    expect(r).toEqual({ facts: { isFirstLoan: true, firstLoanFromShenzhenBank: true, firstLoanDate: '2023-01-20', firstLoanPrincipal: 7, firstLoanMonths: 6 }, source: '某银行放款登记（2023-05-01 10:00 录入，放款日期 2023-01-20）' });
  });
  it('says "not a first loan" when no bank recorded one, and nothing without loans', () => {
    expect(firstLoanFacts([loan({})])?.facts).toEqual({ isFirstLoan: false });
    expect(firstLoanFacts([])).toBeNull();
  });
  it('a bank registered outside Shenzhen (or in another city whose code merely starts alike) is not a Shenzhen bank', () => {
    expect(firstLoanFacts([loan({ ...bank('cn-gd-sz-futian'), isFirstLoan: true })])?.facts.firstLoanFromShenzhenBank).toBe(true);
    expect(firstLoanFacts([loan({ ...bank('cn-gd-gz'), isFirstLoan: true })])?.facts.firstLoanFromShenzhenBank).toBe(false);
    expect(firstLoanFacts([loan({ ...bank('cn-gd-szx'), isFirstLoan: true })])?.facts.firstLoanFromShenzhenBank).toBe(false);
  });
});
