import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

export interface Category { code: string; label: BilingualText }

export interface ProviderView {
  providerId: string;
  uscc: string;
  name: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'WITHDRAWN';
  statusLabel: BilingualText;
  categories: Category[];
  qualifications: { name: string; certificateNumber: string | null; validUntil: string | null }[];
  description: string;
  contactPhone: string;
  rating: { score: number; comment: string } | null;
  reason?: string | null;
  /** The provider itself and the bureau only. */
  shareholders?: string[];
  account?: { accountName: string; accountNumber: string; bankName: string };
  registeredAt?: string;
  actions?: string[];
}

export interface ProviderDeclarationInput {
  name: string;
  categories: string[];
  qualifications: { name: string; certificateNumber: string | null; validUntil: string | null }[];
  description: string;
  contactPhone: string;
  shareholders: string[];
  account: { accountName: string; accountNumber: string; bankName: string };
}

export interface ProgrammeView {
  programmeId: string;
  kind: 'SERVICE' | 'INNOVATION';
  name: string;
  description: string;
  amountFen: number;
  validFrom: string;
  validUntil: string;
  categories: Category[];
  eligibilityPolicyId: string | null;
  budgetFen: number;
  fundId: string;
  fundName: BilingualText | null;
  budget: { budgetFen: number; committedFen: number; settledFen: number; availableFen: number; counts: Record<string, number> } | null;
}

export interface VoucherView {
  voucherId: string;
  code: string;
  programmeId: string;
  programmeName: string | null;
  status: 'ISSUED' | 'CLAIMED' | 'REDEEMED' | 'SETTLED' | 'EXPIRED';
  statusLabel: BilingualText;
  amountFen: number;
  validFrom: string;
  validUntil: string;
  categories: Category[];
  holderUscc: string | null;
  claimedAt: string | null;
  redemption: { providerName: string | null; categoryLabel: BilingualText; payableFen: number; at: string; service: { description: string; serviceDate: string; feeFen: number } } | null;
  settlement: { paymentStatus: string | null; at: string } | null;
}

export const fetchCategories = () => request<{ items: Category[] }>('GET', '/api/services/categories');
export const fetchDirectory = (category?: string, q?: string) => request<{ items: ProviderView[] }>('GET', '/api/services/providers', { query: { category, q } });
export const fetchMyProvider = () => request<{ provider: ProviderView | null }>('GET', '/api/services/my-provider');
export const registerProvider = (body: ProviderDeclarationInput) => request<ProviderView>('POST', '/api/services/providers', { body });
export const resubmitProvider = (body: ProviderDeclarationInput) => request<ProviderView>('POST', '/api/services/my-provider/resubmit', { body });
export const fetchReviewProviders = (status?: string) => request<{ items: ProviderView[] }>('GET', '/api/services/review/providers', { query: { status } });
export const actOnProvider = (providerId: string, action: 'approve' | 'reject' | 'suspend' | 'reinstate' | 'rate', body: object) =>
  request<ProviderView>('POST', `/api/services/providers/${encodeURIComponent(providerId)}/${action}`, { body });
export const fetchProgrammes = () => request<{ items: ProgrammeView[] }>('GET', '/api/services/programmes');
export const createProgramme = (body: object) => request<ProgrammeView>('POST', '/api/services/programmes', { body });
export const issueVouchers = (programmeId: string, count: number) => request<{ issued: number }>('POST', `/api/services/programmes/${encodeURIComponent(programmeId)}/issue`, { body: { count } });
export const claimVoucher = (programmeId: string) => request<VoucherView>('POST', `/api/services/programmes/${encodeURIComponent(programmeId)}/claim`);
export const fetchMyVouchers = () => request<{ items: VoucherView[] }>('GET', '/api/services/my-vouchers');
export const fetchProviderVouchers = () => request<{ items: VoucherView[] }>('GET', '/api/services/provider-vouchers');
export const redeemVoucher = (body: { code: string; enterpriseUscc: string; service: { category: string; description: string; serviceDate: string; feeFen: number } }) =>
  request<VoucherView>('POST', '/api/services/redemptions', { body });

/** The benefits funds (SME bureau): a programme names the fund whose payment batches pay providers. */
export const fetchFunds = () => request<{ items: { id: string; name: BilingualText; year: number }[] }>('GET', '/api/benefits/funds');

/** The rule base's policies (public): a programme's eligibility rule is one of them, shown by its title. */
export const fetchPolicies = () => request<{ items: { id: string; title: BilingualText }[] }>('GET', '/api/rules/policies');
