import type { PlainDate } from '@huiqi/kernel';
import type { RecognitionActor } from './actor';
import type { Aggregation } from './aggregation';
import type { ScoringSheet } from './scoring-sheet';
import type { CultivationTier } from './tier';

/** Persisted action types of the recognition log. Never renamed. */
export const RECOGNITION_ACTION_TYPES = [
  'SUBMITTED',
  'WITHDRAWN',
  'DISTRICT_PASSED',
  'CITY_PASSED',
  'EXPERTS_ASSIGNED',
  'SCORE_RECORDED',
  'PUBLICITY_STARTED',
  'OBJECTION_RECORDED',
  'OBJECTION_ANSWERED',
  'RECOGNISED',
  'REJECTED',
  'RE_REVIEW_REQUESTED',
  'RE_REVIEW_PASSED',
  'RE_REVIEW_FAILED',
  'REVOKED',
] as const;
export type RecognitionActionType = (typeof RECOGNITION_ACTION_TYPES)[number];

/** Kinds of attachment an application carries (a round names the required ones). */
export const ATTACHMENT_KINDS = ['FINANCIAL_STATEMENTS', 'IP_CERTIFICATES', 'DECLARATION', 'OTHER'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, { zh: string; en: string }> = {
  FINANCIAL_STATEMENTS: { zh: '上年度财务审计报告', en: 'audited financial statements of the prior year' },
  IP_CERTIFICATES: { zh: '知识产权证明', en: 'intellectual-property certificates' },
  DECLARATION: { zh: '真实性声明和合规承诺', en: 'declaration of truthfulness and compliance' },
  OTHER: { zh: '其他材料', en: 'other material' },
};

export interface ApplicationAttachment {
  id: string;
  kind: AttachmentKind;
  name: string;
  mediaType: string;
  bytes: number;
}

/** The round's rules as they stood when the application was made (frozen in the log). */
export interface RoundRules {
  roundId: string;
  tier: CultivationTier;
  year: number;
  /** Last day (Beijing) on which applications are accepted. */
  deadline: PlainDate;
  requiredAttachments: AttachmentKind[];
  /** Length of 公示 in working days of the official calendar. */
  publicityWorkingDays: number;
  passMark: number;
  aggregation: Aggregation;
  expertsPerApplication: number;
}

/** What the self-assessment found, attached to the application (the full article list is recomputed on demand). */
export interface SelfAssessmentSummary {
  status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE';
  score: number | null;
  met: number;
  total: number;
  /** The criteria version (its first day) chosen by the application date. */
  versionFrom: PlainDate | null;
  unverified: boolean;
  assessedOn: PlainDate;
}

export interface PoolExpert {
  id: string;
  fields: string[];
  /** USCCs the expert declared a conflict of interest with. */
  conflicts: string[];
}

export type RecognitionPayloads = {
  SUBMITTED: {
    applicationId: string;
    uscc: string;
    enterpriseName: string;
    district: string;
    /** The enterprise's field (industry section), matched against the experts' fields. */
    field: string;
    round: RoundRules;
    selfAssessment: SelfAssessmentSummary | null;
    attachments: ApplicationAttachment[];
  };
  WITHDRAWN: { reason: string };
  DISTRICT_PASSED: { opinion: string };
  CITY_PASSED: { opinion: string };
  /** The seed is drawn by the server (64 hex) and published with the result, so anyone can re-run the ranking. */
  EXPERTS_ASSIGNED: { seed: string; pool: PoolExpert[] };
  SCORE_RECORDED: { scores: Record<string, number>; comment: string };
  PUBLICITY_STARTED: Record<string, never>;
  OBJECTION_RECORDED: { objectionId: string; text: string; objector: string | null };
  OBJECTION_ANSWERED: { objectionId: string; answer: string; upheld: boolean };
  RECOGNISED: { certificateNumber: string };
  REJECTED: { reason: string };
  RE_REVIEW_REQUESTED: { selfAssessment: SelfAssessmentSummary | null };
  RE_REVIEW_PASSED: { opinion: string };
  RE_REVIEW_FAILED: { reason: string };
  REVOKED: { reason: string };
};

/** What applyRecognitionAction computed and stored with the action (so the fold needs no calendar). */
export interface RecognitionComputed {
  sheet?: ScoringSheet;
  assigned?: { id: string; rank: number; digest: string }[];
  recused?: string[];
  eligibleCount?: number;
  total?: number;
  aggregate?: number;
  publicityFrom?: PlainDate;
  publicityUntil?: PlainDate;
  validFrom?: PlainDate;
  validUntil?: PlainDate;
  effectiveOn?: PlainDate;
}

export type RecognitionActionInput = {
  [T in RecognitionActionType]: { id: string; type: T; actor: RecognitionActor; at: string; payload: RecognitionPayloads[T] };
}[RecognitionActionType];

export type RecognitionAction = RecognitionActionInput & { computed: RecognitionComputed };
