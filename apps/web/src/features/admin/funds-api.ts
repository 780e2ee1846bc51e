import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

export interface BudgetChange {
  id: string;
  fundId: string;
  oldBudgetFen: number;
  newBudgetFen: number;
  reason: string;
  status: 'APPLIED' | 'PENDING' | 'APPROVED' | 'REJECTED';
  proposedBy: string;
  proposedByName: string;
  proposedAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
}

export interface FundRow {
  id: string;
  name: BilingualText;
  jurisdiction: string;
  departmentId: string;
  year: number;
  budgetFen: number;
  committedFen: number;
  paidFen: number;
  pendingChange: BudgetChange | null;
}

export interface FundLink {
  policyId: string;
  title: BilingualText;
  source: 'RULES' | 'CONSOLE' | null;
  fundId: string;
  fundName: BilingualText;
  fundYear: number;
  channel: 'ONLINE_APPLICATION' | 'NO_APPLICATION';
  capFen: number | null;
  capParam: string | null;
}

export interface LinkablePolicy {
  policyId: string;
  title: BilingualText;
  source: 'RULES' | 'CONSOLE';
  hasAmount: boolean;
}

const enc = encodeURIComponent;
export const fetchFunds = () => request<{ items: FundRow[]; thresholdFen: number }>('GET', '/api/benefits/funds');
export const createFund = (body: { id: string; nameZh: string; jurisdiction: string; departmentId: string; year: number; budgetFen: number }) =>
  request<{ fundId: string; budgetChange: BudgetChange | null }>('POST', '/api/benefits/funds', { body });
export const proposeBudget = (fundId: string, body: { newBudgetFen: number; reason: string }) => request<BudgetChange>('POST', `/api/benefits/funds/${enc(fundId)}/budget-changes`, { body });
export const decideBudget = (fundId: string, changeId: string, approve: boolean) => request<BudgetChange>('POST', `/api/benefits/funds/${enc(fundId)}/budget-changes/${enc(changeId)}/decision`, { body: { approve } });
export const fetchFundLinks = () => request<{ items: FundLink[] }>('GET', '/api/benefits/fund-links');
export const fetchLinkablePolicies = () => request<{ items: LinkablePolicy[] }>('GET', '/api/benefits/linkable-policies');
export const saveFundLink = (policyId: string, body: { fundId: string; channel: FundLink['channel']; capFen: number | null }) => request<unknown>('PUT', `/api/benefits/fund-links/${enc(policyId)}`, { body });
