import type { Queryable } from '../database';
import { recordSharedFacts } from '../benefits/benefit-funds';

/**
 * 深工信〔2023〕26号 第5项 (rules/policies/sz-2023-first-loan-interest-subsidy): the policy whose facts
 * the recorded loans provide for 数据比对 (免申即享). Loans are the one source of these facts: a bank
 * records a loan (financing_loans) and, in the same transaction, the enterprise's first-loan facts are
 * derived again from all its loans and stored as shared data with the bank and the time recorded.
 */
export const FIRST_LOAN_POLICY_ID = 'sz-2023-first-loan-interest-subsidy';

/**
 * The first-loan support in force after the 2023 measure (rules/policies/sz-first-loan-interest-subsidy:
 * 中小企业促进法 第八条第二款、第九条第一款, figures unverified), offered 免申即享 for a loan recorded today.
 */
export const CURRENT_FIRST_LOAN_POLICY_ID = 'sz-first-loan-interest-subsidy';

/** Every policy the first-loan facts feed (each policy's shared data is its own row, as 数据比对 reads it per policy). */
export const FIRST_LOAN_POLICY_IDS = [FIRST_LOAN_POLICY_ID, CURRENT_FIRST_LOAN_POLICY_ID] as const;

/** One recorded loan as the derivation reads it. */
export interface LoanForFacts {
  institutionName: { zh: string; en: string };
  /** The institution's jurisdiction (`cn-gd-sz` or a Shenzhen district `cn-gd-sz-…`). */
  institutionJurisdiction: string;
  grantedAmountFen: number;
  termMonths: number;
  isFirstLoan: boolean;
  grantedOn: string;
  recordedAt: string;
  /** A loan a bank delivered as a LOAN_RECORDS intake batch (packages/db/src/intake): the batch's key. Absent: recorded in the marketplace. */
  batchKey?: string;
}

/** The first-loan facts (money in fen, as `benefit_shared_facts` stores them) and their provenance. */
export interface FirstLoanFacts {
  facts: Record<string, unknown>;
  /** 数据来源 in words: the bank, when its record was entered (Beijing time) and the loan's grant date. */
  source: string;
}

const SHENZHEN = 'cn-gd-sz';
const beijingMinute = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const sourceOf = (l: LoanForFacts) => (l.batchKey === undefined
  ? `${l.institutionName.zh}放款登记（${beijingMinute(l.recordedAt)} 录入，放款日期 ${l.grantedOn}）`
  : `${l.institutionName.zh}报送放款记录（批次 ${l.batchKey}，${beijingMinute(l.recordedAt)} 接收，放款日期 ${l.grantedOn}）`);
const byGrant = (a: LoanForFacts, b: LoanForFacts) => a.grantedOn.localeCompare(b.grantedOn) || a.recordedAt.localeCompare(b.recordedAt);

/**
 * The facts of `isFirstLoan`, `firstLoanFromShenzhenBank`, `firstLoanDate`, `firstLoanPrincipal` and
 * `firstLoanMonths` from an enterprise's recorded loans:
 * - the earliest-granted loan its bank recorded as the enterprise's first loan gives all five
 *   (Shenzhen bank = the institution is registered in Shenzhen; months = the loan's term);
 * - with no loan recorded as a first loan, the latest loan says only `isFirstLoan: false`
 *   (a bank said the enterprise had borrowed before);
 * - with no loan, nothing (the facts stay unknown).
 */
export function firstLoanFacts(loans: readonly LoanForFacts[]): FirstLoanFacts | null {
  const sorted = [...loans].sort(byGrant);
  const first = sorted.find((l) => l.isFirstLoan);
  if (first) {
    return {
      facts: {
        isFirstLoan: true,
        firstLoanFromShenzhenBank: first.institutionJurisdiction === SHENZHEN || first.institutionJurisdiction.startsWith(`${SHENZHEN}-`),
        firstLoanDate: first.grantedOn,
        firstLoanPrincipal: first.grantedAmountFen,
        firstLoanMonths: first.termMonths,
      },
      source: sourceOf(first),
    };
  }
  const last = sorted.at(-1);
  return last ? { facts: { isFirstLoan: false }, source: sourceOf(last) } : null;
}

const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

/** Derives the enterprise's first-loan facts from its loans again and stores them for 数据比对 of every first-loan policy. Call in the loan's transaction. */
export async function refreshFirstLoanFacts(tx: Queryable, uscc: string, actorUserId: string | null, at: Date): Promise<FirstLoanFacts | null> {
  // Both sources: the marketplace's loans, and the loan records banks deliver (intake kind LOAN_RECORDS, migration 0714).
  const rows = await tx.query<{ name_zh: string; name_en: string; jurisdiction: string; granted_amount_fen: number | string; term_months: number; is_first_loan: boolean; granted_on: string; recorded_at: string | Date; batch_key: string | null }>(
    `SELECT i.name_zh, i.name_en, i.jurisdiction, l.granted_amount_fen, l.term_months, l.is_first_loan, l.granted_on::text AS granted_on, l.recorded_at, NULL::text AS batch_key
       FROM financing_loans l JOIN financial_institutions i ON i.id = l.institution_id WHERE l.uscc = $1
     UNION ALL
     SELECT i.name_zh, i.name_en, i.jurisdiction, (f.value->>'principalFen')::bigint, (f.value->>'termMonths')::int, (f.value->>'isFirstLoan')::boolean,
            f.value->>'grantedOn', f.updated_at, b.batch_key
       FROM department_facts f JOIN financial_institutions i ON i.id = f.value->>'institutionId' JOIN intake_batches b ON b.id = f.intake_batch_id
      WHERE f.uscc = $1 AND f.kind = 'LOAN_RECORDS'`,
    [uscc],
  );
  const derived = firstLoanFacts(rows.map((r) => ({
    institutionName: { zh: r.name_zh, en: r.name_en }, institutionJurisdiction: r.jurisdiction, grantedAmountFen: Number(r.granted_amount_fen),
    termMonths: r.term_months, isFirstLoan: r.is_first_loan, grantedOn: r.granted_on, recordedAt: iso(r.recorded_at),
    ...(r.batch_key === null ? {} : { batchKey: r.batch_key }),
  })));
  if (derived) for (const policyId of FIRST_LOAN_POLICY_IDS) await recordSharedFacts(tx, uscc, policyId, derived.facts, derived.source, actorUserId, at);
  return derived;
}
