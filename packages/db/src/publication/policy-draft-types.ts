/** Lifecycle status of one version of an authored policy. Persisted: never rename one. */
export const POLICY_DRAFT_STATUSES = ['DRAFTED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED', 'AMENDED', 'WITHDRAWN'] as const;
export type PolicyDraftStatus = (typeof POLICY_DRAFT_STATUSES)[number];

export const POLICY_CHANNELS = ['ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY'] as const;
export type PolicyChannel = (typeof POLICY_CHANNELS)[number];

/** One condition of a drafted policy: condition-language text tied to an article address. */
export interface DraftCondition {
  id: string;
  labelZh: string;
  labelEn: string;
  when: string;
  cite: string;
}

/** The amount an eligible enterprise gets: a formula in the condition language yielding whole fen, tied to an article. */
export interface DraftAmount {
  labelZh: string;
  labelEn: string;
  formula: string;
  cite: string;
}

/** The authored content of a version (what the official writes and may edit while DRAFTED). */
export interface PolicyDraftContent {
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
  /** Absent or null: the policy has no computable amount. */
  amount?: DraftAmount | null;
}

export interface PolicyDraft extends PolicyDraftContent {
  /** Always present on a stored version (null when none). */
  amount: DraftAmount | null;
  id: string;
  policyKey: string;
  version: number;
  status: PolicyDraftStatus;
  authorUserId: string;
  publishedByUserId: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyDraftAction {
  id: number;
  draftId: string;
  action: 'DRAFTED' | 'EDITED' | 'SUBMITTED_FOR_REVIEW' | 'RETURNED' | 'PUBLISHED' | 'AMENDED' | 'WITHDRAWN';
  fromStatus: PolicyDraftStatus | null;
  toStatus: PolicyDraftStatus;
  actorUserId: string;
  note: string | null;
  at: string;
}

/** Why a lifecycle step was refused (the API maps each to an error code). */
export type DraftRefusal = 'NOT_FOUND' | 'WRONG_STATUS' | 'SAME_OFFICIAL' | 'KEY_TAKEN';

export type DraftOutcome<T> = { ok: true; value: T } | { ok: false; reason: DraftRefusal; status?: PolicyDraftStatus };
