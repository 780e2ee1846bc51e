import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

export type CreditScope = 'REGISTRY_PROFILE' | 'YEARLY_FIGURES' | 'QUALIFICATIONS' | 'TAX_CREDIT_RATING' | 'SOCIAL_SECURITY_HEADCOUNT' | 'BENEFITS_RECEIVED' | 'PROCUREMENT_AWARDS' | 'ARREARS_COMPLAINTS_WON';
export type AccessLevel = 'FULL' | 'VERIFY_ONLY';
export type ConsentPurpose = { kind: 'FINANCING_DEMAND'; demandId: string; text: string } | { kind: 'PRODUCT'; productName: string; text: string };

export interface CreditSetup {
  institutions: { id: string; name: BilingualText }[];
  scopes: { scope: CreditScope; label: BilingualText; held: boolean; verifiable: boolean }[];
  maxPeriodDays: number | null;
  today: string;
}

export interface ConsentView {
  consentId: string;
  uscc: string;
  enterpriseName: string;
  institutionId: string;
  institutionName: BilingualText | null;
  scopes: { scope: CreditScope; access: AccessLevel; label: BilingualText; isHeld: boolean }[];
  purpose: ConsentPurpose;
  startDate: string;
  endDate: string;
  expiresAt: string;
  grantedAt: string;
  revokedAt: string | null;
  status: 'NOT_YET_STARTED' | 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  statusLabel: BilingualText;
  canRevoke: boolean;
}

export interface AccessEntryView {
  entryId: number;
  at: string;
  uscc: string;
  enterpriseName: string | null;
  institutionName: BilingualText;
  userDisplayName: string;
  action: 'READ' | 'VERIFY';
  scopeLabels: BilingualText[];
  purposeText: string | null;
  outcome: 'ALLOWED' | 'REFUSED';
  reasonLabel: BilingualText | null;
  answer: 'YES' | 'NO' | 'UNKNOWN' | null;
}

export interface FactOrigin {
  label: BilingualText;
}

export interface ScopeData {
  scope: CreditScope;
  label: BilingualText;
  isHeld: boolean;
  records?: { values: Record<string, unknown>; year: number | null; period: string | null; origin: FactOrigin; validFrom: string }[];
}

export interface EnterpriseData {
  uscc: string;
  consentId: string;
  expiresAt: string;
  purpose: ConsentPurpose;
  scopes: ScopeData[];
  verifiableScopes: CreditScope[];
}

export type Collateral = 'NONE' | 'REAL_ESTATE' | 'MOVABLE_PROPERTY' | 'RECEIVABLES' | 'INTELLECTUAL_PROPERTY' | 'GUARANTOR';
export type Urgency = 'NORMAL' | 'URGENT';
export const COLLATERALS: readonly Collateral[] = ['NONE', 'REAL_ESTATE', 'MOVABLE_PROPERTY', 'RECEIVABLES', 'INTELLECTUAL_PROPERTY', 'GUARANTOR'];

export interface DemandTerms {
  amountFen: number;
  termMonths: number;
  purpose: string;
  collateral: Collateral;
  urgency: Urgency;
}

export interface DemandSummary extends DemandTerms {
  demandId: string;
  uscc: string;
  enterpriseName: string;
  status: 'PUBLISHED' | 'TAKEN' | 'LOAN_GRANTED' | 'WITHDRAWN';
  statusLabel: BilingualText | null;
  takenBy: string | null;
  publishedAt: string;
  /** In a bank's marketplace: the enterprise is on the 产融合作白名单 in force today (listed first). */
  whitelisted?: boolean;
}

export interface DemandView extends DemandSummary {
  takenByName: BilingualText | null;
  actions: string[];
}

export interface LoanInput {
  grantedAmountFen: number;
  annualRatePercent: string;
  termMonths: number;
  isFirstLoan: boolean;
  kind: 'CREDIT' | 'SECURED';
  grantedOn: string;
}

export interface LoanView extends LoanInput {
  demandId: string;
  uscc: string;
  institutionName: BilingualText | null;
}

export interface Oversight {
  institutionId: string;
  name: BilingualText;
  consents: number;
  activeConsents: number;
  reads: number;
  refused: number;
  lastAccessAt: string | null;
}

export type VerifyQuestion =
  | { kind: 'REVENUE_AT_LEAST'; year: number; thresholdFen: number }
  | { kind: 'EMPLOYEES_AT_LEAST'; year: number; count: number }
  | { kind: 'HOLDS_QUALIFICATION'; tag: string; onDate: string };

export const fetchSetup = () => request<CreditSetup>('GET', '/api/credit/institutions');
export const fetchConsents = () => request<{ items: ConsentView[]; next: string | null }>('GET', '/api/credit/consents', { query: { limit: 200 } });
export const grantConsent = (body: { institutionId: string; scopes: { scope: CreditScope; access: AccessLevel }[]; purpose: ConsentPurpose; startDate: string; endDate: string }) =>
  request<ConsentView>('POST', '/api/credit/consents', { body });
export const revokeConsent = (id: string) => request<ConsentView>('POST', `/api/credit/consents/${encodeURIComponent(id)}/revoke`);
export const receiptUrl = (id: string) => `/api/credit/consents/${encodeURIComponent(id)}/receipt`;
export const receiptPdfUrl = (id: string) => `/api/credit/consents/${encodeURIComponent(id)}/receipt.pdf`;
export const fetchAccessLog = (query: { before?: number; refusedOnly?: boolean } = {}) =>
  request<{ items: AccessEntryView[]; next: number | null }>('GET', '/api/credit/access-log', { query: { limit: 50, before: query.before, refusedOnly: query.refusedOnly ? 'true' : undefined } });
export const fetchEnterpriseData = (uscc: string) => request<EnterpriseData>('GET', `/api/credit/enterprises/${encodeURIComponent(uscc)}/data`);
export const askVerification = (uscc: string, q: VerifyQuestion) =>
  request<{ answer: 'YES' | 'NO' | 'UNKNOWN'; answerLabel: BilingualText; origin: FactOrigin | null }>('POST', `/api/credit/enterprises/${encodeURIComponent(uscc)}/verifications`, { body: q });
export const fetchOversight = () => request<{ institutions: Oversight[] }>('GET', '/api/credit/oversight');
export const fetchDemands = () => request<{ items: DemandSummary[] }>('GET', '/api/financing/demands');
export const publishDemand = (body: DemandTerms) => request<DemandView>('POST', '/api/financing/demands', { body });
export const takeDemand = (id: string) => request<DemandView>('POST', `/api/financing/demands/${encodeURIComponent(id)}/take`);
export const releaseDemand = (id: string, reason: string) => request<DemandView>('POST', `/api/financing/demands/${encodeURIComponent(id)}/release`, { body: { reason } });
export const withdrawDemand = (id: string) => request<DemandView>('POST', `/api/financing/demands/${encodeURIComponent(id)}/withdraw`);
export const recordLoan = (id: string, body: LoanInput) => request<DemandView>('POST', `/api/financing/demands/${encodeURIComponent(id)}/loan`, { body });
/** The enterprise's first-loan facts from its loan records, with their source and the subsidy evaluated on them. */
export interface FirstLoanSubsidyView {
  policyId: string;
  title: BilingualText;
  facts: { fact: string; label: BilingualText; value: BilingualText }[];
  source: string;
  channel: 'NO_APPLICATION' | 'ONLINE_APPLICATION' | null;
  assessment: { status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE'; amountFen: number | null; assessedOn: string; reasons: BilingualText[]; basis: string[] } | null;
}

export const fetchLoans = () => request<{ items: LoanView[]; firstLoanSubsidy?: FirstLoanSubsidyView | null }>('GET', '/api/financing/loans');

/** 产融合作白名单: a department's nomination with the bureau's review, and a published edition. */
export interface WhitelistNomination {
  nominationId: string;
  uscc: string;
  enterpriseName: string;
  departmentName: BilingualText;
  reason: string;
  nominatedAt: string;
  review: { decision: 'ACCEPTED' | 'REFUSED'; reason: string | null; reviewedAt: string } | null;
}
export interface WhitelistEdition {
  editionNo: number;
  validFrom: string;
  validUntil: string;
  publishedAt: string;
  entries: { uscc: string; enterpriseName: string }[];
  cosigns: { departmentId: string; departmentName: BilingualText; cosignedAt: string }[];
  awaitingCosign: boolean;
}
export const fetchWhitelist = () => request<{ today: string; current: WhitelistEdition | null; latest: WhitelistEdition | null }>('GET', '/api/financing/whitelist');
export const fetchNominations = () => request<{ items: WhitelistNomination[]; canCosign?: boolean }>('GET', '/api/financing/whitelist/nominations');
export const reviewNomination = (id: string, decision: 'ACCEPTED' | 'REFUSED', reason?: string) =>
  request<WhitelistNomination>('POST', `/api/financing/whitelist/nominations/${encodeURIComponent(id)}/review`, { body: { decision, reason } });
export const publishWhitelist = (validFrom: string, validUntil: string) => request<WhitelistEdition>('POST', '/api/financing/whitelist/editions', { body: { validFrom, validUntil } });

/** 贷款产品: the bank's own products carry the conditions in the rules language; an enterprise sees their labels only. */
export interface ProductCondition {
  id: string;
  label: BilingualText;
  when?: string;
  cite?: string;
}
export interface ProductView {
  productId: string;
  institutionId: string;
  institutionName: BilingualText;
  name: string;
  description: string;
  minAmountFen: number;
  maxAmountFen: number;
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  collateral: Collateral[];
  conditions: ProductCondition[];
  definedAt: string;
  withdrawnAt: string | null;
  canWithdraw: boolean;
}
export interface ProductInput {
  name: string;
  description: string;
  minAmountFen: number;
  maxAmountFen: number;
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  collateral: Collateral[];
  conditions: { id: string; label: { zh: string; en?: string }; when: string; cite?: string }[];
}
export type MatchStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN';
/** One product against one demand, three-valued, with the terms, the reasons and the articles in words. */
export interface ProductMatch {
  productId: string;
  name: string;
  institutionName: BilingualText;
  minAmountFen: number;
  maxAmountFen: number;
  annualRatePercent: string;
  minTermMonths: number;
  maxTermMonths: number;
  status: MatchStatus;
  terms: { term: 'AMOUNT' | 'TERM' | 'COLLATERAL'; met: boolean; reason: BilingualText }[];
  reasons: BilingualText[];
  missing: BilingualText[];
  conditions: BilingualText[];
  basis: string[];
}
export const fetchProducts = () => request<{ items: ProductView[] }>('GET', '/api/financing/products');
export const defineProduct = (body: ProductInput) => request<ProductView>('POST', '/api/financing/products', { body });
export const withdrawProduct = (id: string) => request<ProductView>('POST', `/api/financing/products/${encodeURIComponent(id)}/withdraw`);
export const fetchProductDemands = (id: string) => request<{ items: { demand: DemandSummary; match: ProductMatch }[] }>('GET', `/api/financing/products/${encodeURIComponent(id)}/demands`);
export const fetchDemandProducts = (id: string) => request<{ items: ProductMatch[] }>('GET', `/api/financing/demands/${encodeURIComponent(id)}/products`);

/** 产融合作白名单: a department's nomination, the bureau's removal with a reason, the regulator's co-signature. */
export const nominateForWhitelist = (uscc: string, reason: string) => request<WhitelistNomination>('POST', '/api/financing/whitelist/nominations', { body: { uscc, reason } });
export interface WhitelistRemoval {
  removalId: string;
  uscc: string;
  enterpriseName: string;
  reason: string;
  removedAt: string;
}
export const removeFromWhitelist = (uscc: string, reason: string) => request<WhitelistRemoval>('POST', '/api/financing/whitelist/removals', { body: { uscc, reason } });
export const fetchRemovals = () => request<{ items: WhitelistRemoval[] }>('GET', '/api/financing/whitelist/removals');
export const cosignEdition = (no: number) => request<WhitelistEdition>('POST', `/api/financing/whitelist/editions/${no}/cosign`);
