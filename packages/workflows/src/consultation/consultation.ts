import type { PlainDate } from '@huiqi/kernel';
import type { ArticleLink, CommentAttachment, ConsultationActionType, ConsultationContact, DraftRef, OpinionOutcome } from './action';
import type { CommenterKind } from './actor';
import type { ConsultationStatus } from './status';

export interface CommentAuthor {
  kind: CommenterKind;
  id: string;
  displayName: string;
}

export interface OpinionAnswer {
  outcome: OpinionOutcome;
  reason: string;
  at: string;
  by: string;
}

/** One comment as folded from the log. Its text is never changed by anyone but its author. */
export interface ConsultationComment {
  commentId: string;
  author: CommentAuthor;
  targetEid: string | null;
  citation: string | null;
  /** The article containing the anchor; null for a comment on the whole draft. */
  articleEid: string | null;
  text: string;
  proposedWording: string | null;
  attachment: CommentAttachment | null;
  textKey: string;
  submittedAt: string;
  editedAt: string | null;
  withdrawnAt: string | null;
  hidden: { reason: string; at: string } | null;
  /** Lead of the officer-confirmed duplicate group this comment was put into, if any. */
  groupedUnder: string | null;
  /** Answers recorded on this comment (the last one counts). */
  answer: OpinionAnswer | null;
}

export interface Consultation {
  consultationId: string;
  status: ConsultationStatus;
  draft: DraftRef;
  title: string;
  issuingBody: string;
  ownerDepartment: string;
  jurisdiction: string;
  contact: ConsultationContact;
  startDate: PlainDate;
  endDate: PlainDate;
  explanatoryNote: string;
  isIdentityPublished: boolean;
  shortPeriodReason: string | null;
  /** The related enterprises are notified through their push channels. */
  notifyEnterprises: boolean;
  periodDays: number;
  minimumDays: number;
  /** The minimum's parameter value is flagged unverified in the rule base. */
  isMinimumUnverified: boolean;
  /** The earliest end date the minimum allows (period module: 民法典 Arts. 201, 203); null in logs recorded before it was stored. */
  earliestEndDate: PlainDate | null;
  openedAt: string;
  openedBy: string;
  periodEndedAt: string | null;
  publishedAt: string | null;
  cancellation: { reason: string; at: string } | null;
  comments: ConsultationComment[];
  revised: { versionId: string; text: string | null; links: ArticleLink[]; at: string } | null;
  updatedAt: string;
  /** Number of actions folded (the optimistic-lock version). */
  version: number;
  anomalies: { index: number; type: ConsultationActionType; status: ConsultationStatus }[];
}
