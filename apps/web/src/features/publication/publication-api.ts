import { request } from '../../api/client';

export const POLICY_CHANNELS = ['ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY'] as const;
export type PolicyChannel = (typeof POLICY_CHANNELS)[number];

/** Lifecycle status of one version of an authored policy (persisted codes). */
export const DRAFT_STATUSES = ['DRAFTED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED', 'AMENDED', 'WITHDRAWN'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface DraftCondition {
  id: string;
  labelZh: string;
  labelEn: string;
  /** Condition-language text, e.g. `revenue <= wan_yuan(1000)`. */
  when: string;
  /** The article the clause applies, e.g. `cn/law/sme-promotion#art_2`. */
  cite: string;
}

/** The amount a policy grants: a money formula in the condition language, tied to an article. */
export interface DraftAmount {
  labelZh: string;
  labelEn: string;
  formula: string;
  cite: string;
}

export interface PublishedPolicy {
  id: string;
  policyKey: string;
  version: number;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  departmentId: string;
  jurisdiction: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  channel: PolicyChannel;
  topics: string[];
  conditions: DraftCondition[];
  publishedAt: string | null;
}

/** What the official writes (the body of POST/PUT /api/publication/drafts). */
export interface DraftContent {
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  jurisdiction?: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  channel: PolicyChannel;
  topics: string[];
  conditions: DraftCondition[];
  /** Null: no amount (information, or a benefit computed elsewhere). */
  amount: DraftAmount | null;
}

export interface Draft {
  id: string;
  policyKey: string;
  version: number;
  status: DraftStatus;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  departmentId: string;
  jurisdiction: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  channel: PolicyChannel;
  topics: string[];
  conditions: DraftCondition[];
  amount: DraftAmount | null;
  authorUserId: string;
  publishedByUserId: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type DraftActionType = 'DRAFTED' | 'EDITED' | 'SUBMITTED_FOR_REVIEW' | 'RETURNED' | 'PUBLISHED' | 'AMENDED' | 'WITHDRAWN';

export interface DraftActionEntry {
  id: number;
  action: DraftActionType;
  fromStatus: DraftStatus | null;
  toStatus: DraftStatus;
  actorUserId: string;
  note: string | null;
  at: string;
}

/** How a fact, variable or parameter is written and entered. */
export type TermType = 'number' | 'money' | 'bool' | 'date' | 'enum' | 'text' | 'set';

/** An enterprise fact or a derived variable a condition may read. */
export interface VocabularyTerm {
  name: string;
  type: TermType;
  unit: string | null;
  labelZh: string;
  labelEn: string;
  values: string[] | null;
}

export interface VocabularyParameter {
  path: string;
  /** The unit `param(path)` yields (money in fen). */
  unit: string;
  labelZh: string;
  labelEn: string;
  /** The value in force for the official's jurisdiction today, as exact decimal text in `unit`; null when none applies. */
  value: string | null;
}

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

export interface Vocabulary {
  facts: VocabularyTerm[];
  variables: VocabularyTerm[];
  parameters: VocabularyParameter[];
  comparisons: Comparison[];
}

export type ConditionCheck = { ok: true } | { ok: false; offset: number; messageZh: string; messageEn: string };

export interface ReachCounts {
  eligible: number;
  unknown: number;
  ineligible: number;
  outside: number;
}

export interface ReachGroup extends ReachCounts {
  key: string;
  nameZh: string;
}

export interface ReachView extends ReachCounts {
  total: number;
  byDistrict: ReachGroup[];
  bySection: ReachGroup[];
  /** Keys MICRO, SMALL, MEDIUM, LARGE, UNKNOWN. */
  bySize: ReachGroup[];
  /** The granted amount over the eligible enterprises (and how many of them lack data for it), when the draft has an amount. */
  cost: { eligibleFen: number; unknownAmount: number } | null;
}

export type PreviewChange = { conditionId: string; when: string } | { amount: string };

export interface Preview {
  date: string;
  base: ReachView;
  variant: ReachView | null;
  diff: { gained: number; lost: number; unknownDelta: number; costDeltaFen: number | null } | null;
}

const draftPath = (id: string) => `/api/publication/drafts/${encodeURIComponent(id)}`;

export const fetchPublishedPolicies = (query: { department?: string; topic?: string; date?: string }) =>
  request<PublishedPolicy[]>('GET', '/api/public/published-policies', { query });

export const fetchDrafts = (status?: DraftStatus) => request<Draft[]>('GET', '/api/publication/drafts', { query: { status } });
export const fetchDraft = (id: string) => request<{ draft: Draft; actions: DraftActionEntry[] }>('GET', draftPath(id));
export const createDraft = (body: DraftContent & { policyKey?: string }) => request<Draft>('POST', '/api/publication/drafts', { body });
export const updateDraft = (id: string, body: DraftContent) => request<Draft>('PUT', draftPath(id), { body });

export const submitDraft = (id: string) => request<Draft>('POST', `${draftPath(id)}/submit`);
export const returnDraft = (id: string, note: string) => request<Draft>('POST', `${draftPath(id)}/return`, { body: { note } });
export const publishDraft = (id: string) => request<{ published: Draft; supersedes: Draft | null }>('POST', `${draftPath(id)}/publish`);
export const amendDraft = (id: string) => request<Draft>('POST', `${draftPath(id)}/amend`);
export const withdrawDraft = (id: string, note: string) => request<Draft>('POST', `${draftPath(id)}/withdraw`, { body: { note } });

export const previewDraft = (id: string, body: { date?: string; changes?: PreviewChange[] }) => request<Preview>('POST', `${draftPath(id)}/preview`, { body });

export const fetchVocabulary = () => request<Vocabulary>('GET', '/api/publication/vocabulary');
export const checkCondition = (when: string, expect: 'bool' | 'money' = 'bool') =>
  request<ConditionCheck>('POST', '/api/publication/check-condition', { body: { when, expect } });
