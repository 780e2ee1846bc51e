import { z } from 'zod';
import { DRAFT_KINDS, OPINION_OUTCOMES } from '@huiqi/workflows';
import { PlainDateString } from '../schemas/common';

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
