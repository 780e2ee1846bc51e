import type { PlainDate } from '@huiqi/kernel';
import type { ConsultationActor } from './actor';

/** Persisted action types of the consultation log. Never renamed. */
export const CONSULTATION_ACTION_TYPES = [
  'OPENED',
  'COMMENT_SUBMITTED',
  'COMMENT_EDITED',
  'COMMENT_WITHDRAWN',
  'COMMENT_HIDDEN',
  'COMMENTS_GROUPED',
  'PERIOD_ENDED',
  'OPINION_ANSWERED',
  'REVISED_DRAFT_LINKED',
  'FEEDBACK_PUBLISHED',
  'CANCELLED',
] as const;
export type ConsultationActionType = (typeof CONSULTATION_ACTION_TYPES)[number];

/** What the draft under consultation is (a text of the law library, or a policy drafted in the console). */
export const DRAFT_KINDS = ['REGULATION', 'POLICY_DOCUMENT', 'CONSOLE_POLICY'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/**
 * The text under consultation: a version of the law library (the work and its version id, as in
 * the reader's URLs), or a policy drafted in the console (`console-policy/<policy key>` and the
 * version's id), whose title and text are fixed in the log when the consultation opens — a later
 * edit of the policy does not move the anchors of comments already made.
 */
export interface DraftRef {
  kind: DraftKind;
  workId: string;
  versionId: string;
  /** CONSOLE_POLICY: the policy's title at opening. */
  title?: string | null;
  /** CONSOLE_POLICY: the policy as structured text (条/款/项) at opening; comments anchor to its eIds. */
  text?: string | null;
}

export interface ConsultationContact {
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface OpenedPayload {
  consultationId: string;
  draft: DraftRef;
  title: string;
  issuingBody: string;
  /** The department that owns the consultation (its officers moderate and answer). */
  ownerDepartment: string;
  jurisdiction: string;
  contact: ConsultationContact;
  /** First and last day on which comments are accepted (Beijing dates). */
  startDate: PlainDate;
  endDate: PlainDate;
  /** The explanatory note (说明) published beside the draft. */
  explanatoryNote: string;
  /** Whether commenters' names are shown with published comments. */
  isIdentityPublished: boolean;
  /** Required when the period is shorter than the configured minimum. */
  shortPeriodReason: string | null;
  /** Notify the related enterprises through their push channels (absent in logs recorded before notices existed: not notified). */
  notifyEnterprises?: boolean;
}

export interface CommentAttachment {
  id: string;
  name: string;
  mediaType: string;
  bytes: number;
}

export interface CommentBody {
  /** eId of the 条/款/项 commented on; null for the whole draft. */
  targetEid: string | null;
  text: string;
  proposedWording: string | null;
  attachment: CommentAttachment | null;
}

export interface CommentSubmittedPayload extends CommentBody {
  commentId: string;
}

export const OPINION_OUTCOMES = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'OUT_OF_SCOPE'] as const;
/** 采纳 / 部分采纳 / 未采纳 / 不属于征求意见范围 */
export type OpinionOutcome = (typeof OPINION_OUTCOMES)[number];

export interface ArticleLink {
  /** eId of the article in the revised version. */
  revisedEid: string;
  /** eId of the article in the consultation draft it replaces (null for a new article). */
  draftEid: string | null;
  commentIds: string[];
}

export type ConsultationPayloads = {
  OPENED: OpenedPayload;
  COMMENT_SUBMITTED: CommentSubmittedPayload;
  COMMENT_EDITED: { commentId: string } & CommentBody;
  COMMENT_WITHDRAWN: { commentId: string };
  COMMENT_HIDDEN: { commentId: string; reason: string };
  /** Officer-confirmed duplicates: `memberIds` are counted once, under `leadId`, as supporters. */
  COMMENTS_GROUPED: { leadId: string; memberIds: string[] };
  PERIOD_ENDED: Record<string, never>;
  /** An answer for one comment (and with it its whole group). */
  OPINION_ANSWERED: { commentId: string; outcome: OpinionOutcome; reason: string };
  /** The revised version: a version of the law library, or `text` published with the feedback (then `versionId` names it). */
  REVISED_DRAFT_LINKED: { versionId: string; text: string | null; links: ArticleLink[] };
  FEEDBACK_PUBLISHED: Record<string, never>;
  CANCELLED: { reason: string };
};

/** What applyConsultationAction computed and stored with the action (so the fold needs no calendar or parameters). */
export interface ConsultationComputed {
  periodDays?: number;
  minimumDays?: number;
  /** The minimum period's parameter value is flagged unverified (kept visible beside the period). */
  isMinimumUnverified?: boolean;
  /** The earliest end date the minimum allows, counted by the calendar's period module (民法典 Arts. 201, 203). */
  earliestEndDate?: PlainDate | null;
  /** Text normalised for the grouping of identical submissions. */
  textKey?: string;
  /** The citation shown with a comment's anchor (`第十五条第一款`). */
  citation?: string | null;
  /** The article that contains the anchor (null for the whole draft). */
  articleEid?: string | null;
}

export type ConsultationActionInput = {
  [T in ConsultationActionType]: { id: string; type: T; actor: ConsultationActor; at: string; payload: ConsultationPayloads[T] };
}[ConsultationActionType];

export type ConsultationAction = ConsultationActionInput & { computed: ConsultationComputed };
