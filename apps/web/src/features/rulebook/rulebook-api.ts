import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';
import type { CitedText } from '../policies/policies-api';

export interface PolicySummary {
  id: string;
  title: BilingualText;
  jurisdiction: string;
  jurisdictionName: BilingualText;
  department: BilingualText;
  channel: string;
  ruleSet: string;
  inForce: { from: string; until: string | null };
  versions: number;
  hasUnverified: boolean;
}

export interface PolicyDetail {
  id: string;
  title: BilingualText;
  jurisdiction: string;
  jurisdictionName: BilingualText;
  department: BilingualText;
  channel: string;
  ruleSet: string;
  implements: CitedText[];
  versions: {
    from: string;
    until: string | null;
    unverified: boolean;
    note: string | null;
    conditions: { id: string; label: BilingualText; when: string; cite: CitedText }[];
    amount: { label: BilingualText; formula: string; cite: CitedText } | null;
    outputs: { id: string; label: BilingualText; formula: string; cite: CitedText }[];
  }[];
}

export interface ParameterSummary {
  path: string;
  description: string;
  descriptionEn: string;
  unit: string;
  jurisdictions: string[];
  values: number;
  hasUnverified: boolean;
  hasDraft: boolean;
}

export interface ParameterValue {
  from: string;
  until: string | null;
  value: string | null;
  reference: CitedText;
  published: string;
  unverified: boolean;
  draft: boolean;
  note: string | null;
}

export interface ParameterDetail {
  path: string;
  description: string;
  descriptionEn: string;
  unit: string;
  file: string;
  byJurisdiction: { jurisdiction: string; jurisdictionName: BilingualText; values: ParameterValue[] }[];
}

export const fetchPolicies = () => request<{ items: PolicySummary[] }>('GET', '/api/rules/policies');
export const fetchPolicy = (id: string) => request<PolicyDetail>('GET', `/api/rules/policies/${encodeURIComponent(id)}`);
export const fetchParameters = () => request<{ items: ParameterSummary[] }>('GET', '/api/rules/parameters');
export const fetchParameter = (path: string) => request<ParameterDetail>('GET', `/api/rules/parameters/${encodeURIComponent(path)}`);
