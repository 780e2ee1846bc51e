import type { PlainDate } from '@huiqi/kernel';
import type { ApplicationAttachment, RecognitionActionType, RoundRules, SelfAssessmentSummary } from './action';
import type { ScoringSheet } from './scoring-sheet';
import type { RecognitionStatus } from './status';
import type { CultivationTier } from './tier';

export interface ExpertScore {
  expertId: string;
  scores: Record<string, number>;
  total: number;
  comment: string;
  at: string;
}

/** An objection raised during 公示: recorded in the log, so never lost; answered by the city. */
export interface Objection {
  objectionId: string;
  text: string;
  objector: string | null;
  receivedAt: string;
  answer: { text: string; upheld: boolean; at: string; by: string } | null;
}

export interface ReviewStep {
  by: string;
  at: string;
  opinion: string;
}

/** A recognition application as folded from its log. */
export interface RecognitionApplication {
  applicationId: string;
  status: RecognitionStatus;
  tier: CultivationTier;
  uscc: string;
  enterpriseName: string;
  district: string;
  field: string;
  round: RoundRules;
  selfAssessment: SelfAssessmentSummary | null;
  attachments: ApplicationAttachment[];
  sheet: ScoringSheet | null;
  submittedAt: string;
  districtReview: ReviewStep | null;
  cityReview: ReviewStep | null;
  draw: { seed: string; assigned: { id: string; rank: number; digest: string }[]; recused: string[]; eligibleCount: number; at: string } | null;
  scores: ExpertScore[];
  aggregate: number | null;
  publicity: { from: PlainDate; until: PlainDate; workingDays: number } | null;
  objections: Objection[];
  certificate: { number: string; validFrom: PlainDate; validUntil: PlainDate } | null;
  /** Renewals granted by 复核 (the certificate's dates are the latest). */
  renewals: { at: string; validFrom: PlainDate; validUntil: PlainDate }[];
  closing: { type: RecognitionActionType; reason: string; at: string; effectiveOn: PlainDate | null } | null;
  updatedAt: string;
  version: number;
  anomalies: { index: number; type: RecognitionActionType; status: RecognitionStatus }[];
}
