import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

export interface BenefitPolicy {
  policyId: string;
  title: BilingualText;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  fund: { id: string; name: BilingualText; year: number };
  reviewingDepartment: string;
  noticeWorkingDays: number;
}

export interface CaseSummary {
  id: string;
  trackingNumber: string;
  uscc: string;
  enterpriseName: string;
  policyId: string;
  fundId: string;
  channel: string;
  status: string;
  statusLabel: BilingualText;
  amountFen: number | null;
  computedFen: number | null;
  sizeClass: string | null;
  district: string;
  dueOn: string | null;
  reasons?: BilingualText[];
  canAct?: boolean;
}

export interface CaseDetail extends CaseSummary {
  form: Record<string, unknown>;
  evaluation: { status: string; amountFen: number | null; assessedOn: string; dateNote: BilingualText | null; reasons: BilingualText[]; citations: { address: string; text: string | null }[] };
  decision: { amountFen: number; computedFen: number; assessedOn: string; overrideReason: string | null; noticeUntil: string | null } | null;
  dates: Record<string, string | null>;
  account: { accountName: string; accountNumber: string; bankName: string } | null;
  rejection: { reason: BilingualText; article: string | null } | null;
  corrections: { requestedOn: string; note: string; answeredOn: string | null; answer: string | null }[];
  log: { seq: number; type: string; label: BilingualText; on: string; actorRole: string }[];
  attachments: { id: string; fileName: string; sizeBytes: number }[];
  actions: string[];
}

export interface Prefill {
  policyId: string;
  title: BilingualText | null;
  enterprise: { uscc: string; name: string; districtName: BilingualText; industryCode: string; registeredAddress: string };
  prefilled: { fact: string; from: string; label: BilingualText; value: unknown }[];
  toFill: { name: string; label: BilingualText; type: string; unit: string | null }[];
  expenseKind: string | null;
  assessment: { status: string; amountFen: number | null; assessedOn: string; reasons: BilingualText[] };
}

export interface Batch { id: string; fundId: string; createdAt: string; lineCount: number; totalFen: number; paid: number; failed: number; pending: number }

export const fetchPolicies = () => request<{ items: BenefitPolicy[] }>('GET', '/api/benefits/policies');
/** The funds paying voucher programmes (服务券/创新券): their redeemed vouchers are settled in the fund's payment batches too. */
export const fetchVoucherFunds = async () => ({
  items: (await request<{ items: { fundId: string; fundName: BilingualText | null }[] }>('GET', '/api/services/programmes')).items.flatMap((p) => (p.fundName ? [{ id: p.fundId, name: p.fundName }] : [])),
});
/** Cases oldest first, a page at a time: `after` = the previous page's `nextCursor`. */
export const fetchCases = (query: { channel?: string; status?: string; pageSize?: number; after?: string } = {}) =>
  request<{ items: CaseSummary[]; nextCursor: string | null }>('GET', '/api/benefits/applications', { query });
export const fetchCase = (id: string) => request<CaseDetail>('GET', `/api/benefits/applications/${id}`);
export const fetchPrefill = (policyId: string) => request<Prefill>('GET', `/api/benefits/policies/${policyId}/prefill`);
export const submitApplication = (body: unknown) => request<{ created: boolean; application: CaseSummary }>('POST', '/api/benefits/applications', { body });
export const actOn = (id: string, body: unknown) => request<CaseDetail>('POST', `/api/benefits/applications/${id}/actions`, { body });
export const uploadAttachment = (id: string, body: unknown) => request<unknown>('POST', `/api/benefits/applications/${id}/attachments`, { body });
export const compareData = (policyId: string) => request<{ listed: string[]; alreadyListed: number; ineligible: unknown[]; unknown: unknown[] }>('POST', `/api/benefits/no-application/${policyId}/compare`);
export const batchApprove = (policyId: string) => request<{ approved: { trackingNumber: string }[]; refused: { trackingNumber: string; message: BilingualText }[] }>('POST', `/api/benefits/no-application/${policyId}/approve`);
export const fetchBatches = () => request<{ items: Batch[] }>('GET', '/api/benefits/payment-batches');
export const createBatch = (fundId: string) => request<Batch>('POST', '/api/benefits/payment-batches', { body: { fundId } });
export const importReturn = (batchId: string, content: string) => request<{ paid: number; failed: number; unchanged: number; alreadyImported: boolean }>('POST', `/api/benefits/payment-batches/${batchId}/returns`, { body: { content } });
export const exportUrl = (batchId: string, format: 'csv' | 'xlsx') => `/api/benefits/payment-batches/${batchId}/export?format=${format}`;
export const fetchDashboard = () => request<Dashboard>('GET', '/api/benefits/dashboard');
export const fetchDisclosure = () => request<Disclosure>('GET', '/api/public/benefits/disclosure');

export interface ShareInfo { totalFen: number; smallMicroFen: number; share: number | null; minimum: { label: string; reference: string } | null; meetsMinimum: boolean | null; note: BilingualText }
export interface Dashboard {
  asOf: string;
  funds: { id: string; name: BilingualText; year: number; budgetFen: number; committedFen: number; paidFen: number; remainingFen: number; smallMicro: ShareInfo }[];
  byPolicy: Group[]; byDistrict: Group[]; bySizeClass: Group[];
  overdue: { trackingNumber: string; policyId: string; dueOn: string }[];
}
export interface Group { key: string; cases: number; committedFen: number; paidFen: number }
export interface Disclosure {
  asOf: string;
  funds: { id: string; name: BilingualText; year: number; budgetFen: number; committedFen: number; paidFen: number; smallMicro: ShareInfo; policies: { policyId: string; title: BilingualText; beneficiaries: number; committedFen: number; paidFen: number }[] }[];
}
