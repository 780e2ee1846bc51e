import type { Database, User } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { cityFigures, paidByMonth } from './city-figures';
import { countCard, sumCard } from './home-count';
import { appealDeadlines, benefitReviewDeadlines, consultationDeadlines, nearest, publicityDeadlines } from './home-deadlines';
import type { HomeCard, HomeSummary } from './home-schemas';

type HomeBody = Omit<HomeSummary, 'role' | 'today' | 'asOf'>;

const OPEN_APPEAL = `closed_at IS NULL AND status NOT IN ('REJECTED', 'WITHDRAWN', 'CLOSED')`;
const OVERDUE_APPEAL = `closed_at IS NULL AND next_due_at IS NOT NULL AND next_due_at < $1::timestamptz`;
/** Payment lines of the benefit payment batches: benefit payments and risk-compensation claims' lines (migration 0917), one shape. */
const PAYMENT_LINES = '(SELECT status FROM benefit_payments UNION ALL SELECT status FROM risk_claim_payments) l';
/** Approved risk-compensation claims waiting for a line in a batch, and those whose line failed (moved to the fund's next batch; packages/db/src/credit/risk-pool.ts). */
const RISK_CLAIMS_TO_BATCH = `risk_claims c WHERE (c.status = 'APPROVED'
  OR (c.status = 'PAYMENT_SCHEDULED' AND EXISTS (SELECT 1 FROM risk_claim_payments p WHERE p.claim_id = c.claim_id AND p.status = 'FAILED')))`;
const FUND_CASES = 'FROM benefit_cases c JOIN benefit_funds f ON f.id = c.fund_id WHERE f.department_id = $1';

/** Whether a jurisdiction is a district (has no sub-jurisdictions): its officers do cultivation 初审. */
async function isDistrict(db: Database, jurisdiction: string): Promise<boolean> {
  const [r] = await db.query<{ is_leaf: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM jurisdictions WHERE parent_id = $1) AS is_leaf', [jurisdiction]);
  return r?.is_leaf === true;
}

/**
 * The SME bureau's home: its queues (appeals to accept, disputes, overdue cases, applications of its
 * funds to review, drafts to review, consultations, cultivation reviews, registrations, providers),
 * the nearest statutory deadlines and the city's key figures.
 */
export async function bureauHome(db: Database, user: User, day: PlainDate): Promise<HomeBody> {
  const dept = user.departmentId ?? '-';
  const now = new Date().toISOString();
  const attention = { attentionWhenAny: true };
  const queues = await Promise.all([
    countCard(db, 'appeals-to-accept', `FROM appeal_cases WHERE status = 'SUBMITTED'`, [], '/appeals/intake', attention),
    countCard(db, 'appeals-disputed', `FROM appeal_cases WHERE status = 'DISPATCH_DISPUTED'`, [], '/appeals/intake', attention),
    countCard(db, 'appeals-extension', `FROM appeal_cases WHERE status = 'EXTENSION_REQUESTED'`, [], '/appeals/supervision', attention),
    countCard(db, 'appeals-overdue', `FROM appeal_cases WHERE ${OVERDUE_APPEAL}`, [now], '/appeals/supervision', attention),
    countCard(db, 'benefits-to-review', `${FUND_CASES} AND c.status IN ('SUBMITTED', 'UNDER_REVIEW')`, [dept], '/benefits/review'),
    countCard(db, 'benefits-second-review', `${FUND_CASES} AND c.status = 'OVERRIDE_PENDING'`, [dept], '/benefits/review', attention),
    countCard(db, 'benefits-awaiting-payment', `FROM benefit_cases WHERE status = 'APPROVED'`, [], '/benefits/dashboard'),
    countCard(db, 'payments-failed', `FROM ${PAYMENT_LINES} WHERE status = 'FAILED'`, [], '/benefits/dashboard', attention),
    countCard(db, 'drafts-to-review', `FROM policy_drafts WHERE status = 'SUBMITTED_FOR_REVIEW'`, [], '/console/policies', attention),
    countCard(db, 'consultations-open', `FROM consultations WHERE status = 'OPEN'`, [], '/console/consultations'),
    countCard(db, 'consultations-processing', `FROM consultations WHERE status = 'PROCESSING'`, [], '/console/consultations', attention),
    countCard(db, 'cultivation-city-review', `FROM cultivation_applications WHERE status = 'DISTRICT_PASSED'`, [], '/console/cultivation', attention),
    countCard(db, 'cultivation-experts', `FROM cultivation_applications WHERE status IN ('CITY_PASSED', 'EXPERT_REVIEW')`, [], '/console/cultivation'),
    countCard(db, 'cultivation-publicity', `FROM cultivation_applications WHERE status = 'IN_PUBLICITY'`, [], '/console/cultivation'),
    countCard(db, 'registrations-pending', `FROM enterprise_registrations WHERE status = 'PENDING'`, [], '/accounts/registrations', attention),
    countCard(db, 'providers-pending', `FROM service_providers WHERE status = 'PENDING'`, [], '/services/bureau', attention),
  ]);
  const [figures, appeals, reviews, consultations, publicity, chart] = await Promise.all([
    cityFigures(db, day, { registry: '/enterprises', benefits: '/benefits/dashboard', appeals: '/appeals/supervision' }),
    appealDeadlines(db, 'TRUE', [], (t) => `/appeals/case/${t}`),
    benefitReviewDeadlines(db, dept),
    consultationDeadlines(db, null, (id) => `/console/consultations/${id}`),
    publicityDeadlines(db, null),
    paidByMonth(db, day),
  ]);
  return { figures, queues, deadlines: nearest([appeals, reviews, consultations, publicity]), paidByMonth: chart, enterprise: null };
}

/**
 * A department's home: its own appeals to handle, applications of the funds it reviews, its policy
 * drafts and consultations, inspection plans of the year, and — for a district's department — the
 * district's cultivation applications awaiting 初审.
 */
export async function departmentHome(db: Database, user: User, day: PlainDate): Promise<HomeBody> {
  const dept = user.departmentId ?? '-';
  const now = new Date().toISOString();
  const attention = { attentionWhenAny: true };
  const mine = `(owner_department = $1 OR lead_department = $1 OR $1 = ANY(co_handlers))`;
  const district = (await isDistrict(db, user.jurisdiction)) ? user.jurisdiction : null;
  const cards: Promise<HomeCard>[] = [
    countCard(db, 'appeals-to-handle', `FROM appeal_cases WHERE ${mine} AND ${OPEN_APPEAL}`, [dept], '/appeals/handling'),
    countCard(db, 'appeals-overdue', `FROM appeal_cases WHERE ${mine} AND closed_at IS NULL AND next_due_at IS NOT NULL AND next_due_at < $2::timestamptz`, [dept, now], '/appeals/handling', attention),
    countCard(db, 'benefits-to-review', `${FUND_CASES} AND c.status IN ('SUBMITTED', 'UNDER_REVIEW')`, [dept], '/benefits/review'),
    countCard(db, 'benefits-second-review', `${FUND_CASES} AND c.status = 'OVERRIDE_PENDING'`, [dept], '/benefits/review', attention),
    countCard(db, 'drafts-own', `FROM policy_drafts WHERE department_id = $1 AND status = 'DRAFTED'`, [dept], '/console/policies'),
    countCard(db, 'drafts-submitted', `FROM policy_drafts WHERE department_id = $1 AND status = 'SUBMITTED_FOR_REVIEW'`, [dept], '/console/policies'),
    countCard(db, 'consultations-open', `FROM consultations WHERE owner_department = $1 AND status = 'OPEN'`, [dept], '/console/consultations'),
    countCard(db, 'consultations-processing', `FROM consultations WHERE owner_department = $1 AND status = 'PROCESSING'`, [dept], '/console/consultations', attention),
    countCard(db, 'inspection-plans-open', `FROM inspection_plans WHERE department_id = $1 AND year = $2 AND status IN ('DRAFT', 'SEED_COMMITTED', 'DRAWN')`, [dept, Number(day.slice(0, 4))], '/inspections/plans'),
  ];
  if (district) cards.push(countCard(db, 'cultivation-district-review', `FROM cultivation_applications WHERE district = $1 AND status = 'SUBMITTED'`, [district], '/console/cultivation', attention));
  const queues = await Promise.all(cards);
  const [appeals, reviews, consultations, publicity, paidOfFunds, ownInForce] = await Promise.all([
    appealDeadlines(db, mine, [dept], (t) => `/appeals/case/${t}`),
    benefitReviewDeadlines(db, dept),
    consultationDeadlines(db, dept, (id) => `/console/consultations/${id}`),
    district ? publicityDeadlines(db, district) : Promise.resolve([]),
    sumCard(db, 'benefits-paid-own-funds', `SELECT COALESCE(SUM(p.amount_fen), 0)::bigint AS s FROM benefit_payments p JOIN benefit_cases c ON c.id = p.case_id JOIN benefit_funds f ON f.id = c.fund_id WHERE f.department_id = $1 AND p.status = 'PAID'`, [dept], '/benefits/dashboard'),
    countCard(db, 'policies-in-force-own', `FROM policy_drafts WHERE department_id = $1 AND status = 'PUBLISHED' AND effective_from <= $2::date AND (effective_until IS NULL OR effective_until >= $2::date)`, [dept, day], '/console/policies'),
  ]);
  return { figures: [ownInForce, paidOfFunds], queues, deadlines: nearest([appeals, reviews, consultations, publicity]), paidByMonth: null, enterprise: null };
}

/** The auditor's home: the city's figures and what is late or failed, each linked to its read-only page. */
export async function auditorHome(db: Database, _user: User, day: PlainDate): Promise<HomeBody> {
  const now = new Date().toISOString();
  const attention = { attentionWhenAny: true };
  const [figures, queues, appeals, chart] = await Promise.all([
    cityFigures(db, day, { registry: '/enterprises', benefits: '/benefits/dashboard', appeals: '/appeals/supervision' }),
    Promise.all([
      countCard(db, 'appeals-overdue', `FROM appeal_cases WHERE ${OVERDUE_APPEAL}`, [now], '/appeals/supervision', attention),
      countCard(db, 'benefits-under-review', `FROM benefit_cases WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')`, [], '/benefits/review'),
      countCard(db, 'benefits-review-overdue', `FROM benefit_cases WHERE status IN ('SUBMITTED', 'UNDER_REVIEW') AND due_on < $1::date`, [day], '/benefits/dashboard', attention),
      countCard(db, 'payments-failed', `FROM ${PAYMENT_LINES} WHERE status = 'FAILED'`, [], '/benefits/payments', attention),
      countCard(db, 'payment-batches', 'FROM benefit_payment_batches', [], '/benefits/payments'),
    ]),
    appealDeadlines(db, 'TRUE', [], (t) => `/appeals/case/${t}`),
    paidByMonth(db, day),
  ]);
  return { figures, queues, deadlines: nearest([appeals]), paidByMonth: chart, enterprise: null };
}

/**
 * The payments officer's home: approved cases and risk-compensation claims waiting for a batch, lines waiting at
 * the bank, failed ones. A risk-compensation claim is paid as a line of its fund's benefit payment batch
 * (risk_claim_payments, migration 0917), so its lines count with the benefit payments.
 */
export async function financeHome(db: Database, _user: User, day: PlainDate): Promise<HomeBody> {
  const attention = { attentionWhenAny: true };
  const [queues, figures, chart] = await Promise.all([
    Promise.all([
      countCard(db, 'payments-to-batch', `FROM (SELECT id FROM benefit_cases WHERE status IN ('APPROVED', 'PAYMENT_FAILED') UNION ALL SELECT claim_id FROM ${RISK_CLAIMS_TO_BATCH}) w`, [], '/benefits/payments', attention),
      countCard(db, 'vouchers-to-batch', `FROM vouchers WHERE status = 'REDEEMED'`, [], '/benefits/payments'),
      countCard(db, 'payments-at-bank', `FROM ${PAYMENT_LINES} WHERE status = 'PENDING'`, [], '/benefits/payments'),
      countCard(db, 'payments-failed', `FROM ${PAYMENT_LINES} WHERE status = 'FAILED'`, [], '/benefits/payments', attention),
    ]),
    Promise.all([
      sumCard(db, 'payments-to-batch-amount', `SELECT ((SELECT COALESCE(SUM(amount_fen), 0) FROM benefit_cases WHERE status IN ('APPROVED', 'PAYMENT_FAILED')) + (SELECT COALESCE(SUM(c.amount_fen), 0) FROM ${RISK_CLAIMS_TO_BATCH}))::bigint AS s`, [], '/benefits/payments'),
      sumCard(db, 'benefits-paid-this-year', `SELECT COALESCE(SUM(amount_fen), 0)::bigint AS s FROM benefit_payments WHERE status = 'PAID' AND settled_on >= $1::date AND settled_on < $2::date`, [`${day.slice(0, 4)}-01-01`, `${Number(day.slice(0, 4)) + 1}-01-01`], '/benefits/payments'),
    ]),
    paidByMonth(db, day),
  ]);
  return { figures, queues, deadlines: [], paidByMonth: chart, enterprise: null };
}
