import { z } from 'zod';
import { COMMENTER_KINDS, CONSULTATION_ACTION_TYPES, CONSULTATION_STATUSES, DRAFT_KINDS, OPINION_OUTCOMES } from '@huiqi/workflows';
import { Bilingual, PlainDateString } from '../schemas/common';
import { ArticleRefDto } from '../law/law-diff';
import { LawNode } from '../law/law-schemas';

const text = (max: number) => z.string().max(max * 2);
const nullableText = (max: number) => z.string().max(max).nullable().default(null);

export const IdParams = z.object({ id: z.string().min(1).max(100) });
export const CommentParams = z.object({ id: z.string().min(1).max(100), commentId: z.string().min(1).max(100) });

export const OpenBody = z.object({
  /** A text of the law library (work and version), or — kind CONSOLE_POLICY — a policy version of the console (`versionId` is its id; `workId` is not read). */
  draft: z.object({ kind: z.enum(DRAFT_KINDS), workId: z.string().min(1).max(200), versionId: z.string().min(1).max(40) }),
  title: z.string().min(1).max(200),
  issuingBody: z.string().min(1).max(100),
  contact: z.object({ name: nullableText(100), phone: nullableText(40), email: nullableText(200), address: nullableText(300) }),
  startDate: PlainDateString,
  endDate: PlainDateString,
  explanatoryNote: z.string().max(50_000),
  isIdentityPublished: z.boolean(),
  shortPeriodReason: nullableText(2000),
  /** Notify the related enterprises through their push channels (in-app inbox, and webhook / e-mail / SMS as each subscribed). */
  notifyEnterprises: z.boolean().default(true),
});

/** Lengths are checked by the domain (which names the limit); the schema only stops absurd bodies. */
export const CommentBody = z.object({
  targetEid: z.string().min(1).max(200).nullable(),
  text: text(5000),
  proposedWording: z.string().max(4000).nullable().default(null),
  /** An attachment uploaded first (`POST …/attachments`), named by its id. */
  attachmentId: z.string().min(1).max(100).nullable().optional(),
});

export const HideBody = z.object({ reason: z.string().max(4000) });
export const AnswerBody = z.object({ outcome: z.enum(OPINION_OUTCOMES), reason: z.string().max(4000) });
export const GroupBody = z.object({ leadId: z.string().min(1).max(100), memberIds: z.array(z.string().min(1).max(100)).min(1).max(1000) });
export const RevisedBody = z.object({
  /** The revised draft's full text (the same structured plain text as the law library's files). */
  text: z.string().min(1).max(500_000),
  /** Explicit links; when omitted they are derived from the 修改对照 and the answers. */
  links: z.array(z.object({ revisedEid: z.string().min(1).max(200), draftEid: z.string().min(1).max(200).nullable(), commentIds: z.array(z.string().max(100)).max(1000) })).max(1000).optional(),
});

export const ContactRequestBody = z.object({
  channel: z.enum(['EMAIL', 'SMS']),
  address: z.string().min(1).max(200),
  displayName: z.string().min(1).max(100),
  commenterKind: z.enum(['PUBLIC', 'ASSOCIATION']).default('PUBLIC'),
});
export const ContactVerifyParams = z.object({ contactId: z.string().min(1).max(100) });
export const ContactVerifyBody = z.object({ code: z.string().min(1).max(20) });

// ── Answers (OpenAPI, the generated web client, and the filter of every answer) ──

const Outcome = z.enum(OPINION_OUTCOMES);
const Status = z.enum(CONSULTATION_STATUSES);
const Instant = z.string();

export const ConsultationSummaryOutput = z.object({
  consultationId: z.string(),
  draftKind: z.enum(DRAFT_KINDS),
  workId: z.string(),
  versionId: z.string(),
  workTitle: z.string().nullable(),
  title: z.string(),
  issuingBody: z.string(),
  status: Status,
  statusLabel: Bilingual,
  isFinal: z.boolean(),
  startDate: PlainDateString,
  endDate: PlainDateString,
  openedAt: Instant,
  publishedAt: Instant.nullable(),
  commentCount: z.number().int(),
});
export const ConsultationListOutput = z.object({ items: z.array(ConsultationSummaryOutput) });

/** A comment as the caller may see it (the presenter decides: hidden text, names, answers). */
export const ConsultationCommentOutput = z.object({
  commentId: z.string(),
  targetEid: z.string().nullable(),
  articleEid: z.string().nullable(),
  citation: z.string(),
  text: z.string().nullable(),
  proposedWording: z.string().nullable(),
  /** Shown to the owning department and the author only. */
  attachment: z.object({ id: z.string(), name: z.string(), mediaType: z.string(), bytes: z.number().int() }).nullable(),
  author: z.object({ kindLabel: z.string(), name: z.string().nullable() }),
  submittedAt: Instant,
  editedAt: Instant.nullable(),
  isWithdrawn: z.boolean(),
  hidden: z.object({ reason: z.string(), at: Instant }).nullable(),
  isMine: z.boolean(),
  canChange: z.boolean(),
  opinion: z.object({ leadId: z.string(), supporters: z.number().int(), isLead: z.boolean() }).nullable(),
  answer: z.object({ outcome: Outcome, outcomeLabel: z.string(), reason: z.string(), at: Instant }).nullable(),
});

export const ConsultationOutput = z.object({
  consultationId: z.string(),
  title: z.string(),
  issuingBody: z.string(),
  draft: z.object({ kind: z.enum(DRAFT_KINDS), workId: z.string(), versionId: z.string(), title: z.string().nullable() }),
  contact: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
  startDate: PlainDateString,
  endDate: PlainDateString,
  periodDays: z.number().int(),
  minimumDays: z.number().int(),
  /** The minimum's parameter value is flagged unverified (its source text is not in the library). */
  isMinimumUnverified: z.boolean(),
  earliestEndDate: PlainDateString.nullable(),
  shortPeriodReason: z.string().nullable(),
  explanatoryNote: z.string(),
  isIdentityPublished: z.boolean(),
  status: Status,
  statusLabel: Bilingual,
  /** No further action changes the consultation (feedback published, or cancelled). */
  isFinal: z.boolean(),
  openedAt: Instant,
  periodEndedAt: Instant.nullable(),
  publishedAt: Instant.nullable(),
  revised: z.object({ versionId: z.string(), links: z.array(z.object({ revisedEid: z.string(), draftEid: z.string().nullable(), commentIds: z.array(z.string()) })), at: Instant }).nullable(),
  isOwner: z.boolean(),
  canComment: z.boolean(),
  actions: z.array(z.enum(CONSULTATION_ACTION_TYPES)),
  unansweredCount: z.number().int(),
  heat: z.array(z.object({ articleEid: z.string(), count: z.number().int() })),
  comments: z.array(ConsultationCommentOutput),
  /** For the owning department: how many enterprises were notified (null for everyone else; absent on answers to actions). */
  notifiedEnterprises: z.number().int().nullable().optional(),
});

export const CommentSubmittedOutput = z.object({ commentId: z.string(), consultation: ConsultationOutput });

export const DraftTextOutput = z.object({
  kind: z.enum(DRAFT_KINDS),
  workId: z.string(),
  versionId: z.string(),
  title: z.string().nullable(),
  isInLawLibrary: z.boolean(),
  nodes: z.array(LawNode),
});

const ReportCounts = z.object({
  received: z.number().int(),
  hidden: z.number().int(),
  opinions: z.number().int(),
  outcomes: z.object({ ADOPTED: z.number().int(), PARTLY_ADOPTED: z.number().int(), NOT_ADOPTED: z.number().int(), OUT_OF_SCOPE: z.number().int() }),
});

/** 采纳情况反馈: counts per chapter and article, every opinion with its answer, hidden comments' reasons, the 修改对照. */
export const FeedbackReportOutput = z.object({
  title: z.string(),
  issuingBody: z.string(),
  startDate: PlainDateString,
  endDate: PlainDateString,
  publishedAt: Instant.nullable(),
  totals: ReportCounts,
  wholeDraft: ReportCounts,
  chapters: z.array(ReportCounts.extend({ eid: z.string().nullable(), title: z.string(), articles: z.array(ReportCounts.extend({ eid: z.string(), num: z.string(), heading: z.string().nullable() })) })),
  opinions: z.array(z.object({
    leadId: z.string(),
    citation: z.string(),
    articleEid: z.string().nullable(),
    text: z.string(),
    proposedWording: z.string().nullable(),
    supporters: z.number().int(),
    author: z.string().nullable(),
    authorKind: z.enum(COMMENTER_KINDS),
    answer: z.object({ outcome: Outcome, reason: z.string() }).nullable(),
  })),
  hidden: z.array(z.object({ commentId: z.string(), citation: z.string(), reason: z.string() })),
  comparison: z.array(z.object({
    kind: z.enum(['unchanged', 'modified', 'moved', 'added', 'deleted']),
    old: ArticleRefDto.nullable(),
    new: ArticleRefDto.nullable(),
    changes: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
    commentIds: z.array(z.string()),
  })),
});

export const UploadedAttachmentOutput = z.object({ id: z.string(), name: z.string(), mediaType: z.string(), bytes: z.number().int() });

export const ContactChallengeOutput = z.object({
  contactId: z.string(),
  channel: z.enum(['EMAIL', 'SMS']),
  expiresInSeconds: z.number().int(),
  /** Demo mode without a gateway only: the code, shown on screen. */
  demoCode: z.string().optional(),
});
export const ContactVerifiedOutput = z.object({ token: z.string(), contactId: z.string() });
