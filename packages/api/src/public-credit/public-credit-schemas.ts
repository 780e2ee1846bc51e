import { z } from 'zod';
import { CREDIT_MARK_KINDS, REPAIR_ACTION_TYPES, REPAIR_MEASURES, REPAIR_STATUSES } from '@huiqi/workflows';
import { PlainDateString } from '../schemas/common';

const Bi = z.object({ zh: z.string(), en: z.string() });
const Article = z.object({ citation: z.string(), lawTitle: z.string() });

export const MarkIdParams = z.object({ id: z.string().regex(/^cm-[a-z0-9-]{8,64}$/) });
export const RepairIdParams = z.object({ id: z.string().regex(/^cr-[a-z0-9-]{8,64}$/) });
export const PageQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50), after: z.string().regex(/^cm-[a-z0-9-]{8,64}$/).optional() });
export const RepairListQuery = z.object({ open: z.enum(['true', 'false']).optional() });

export const ArrearsMarkBody = z.strictObject({
  trackingNumber: z.string().trim().min(1).max(40),
  /** 情节严重或者造成严重不良社会影响: published; otherwise only recorded. */
  isSerious: z.boolean(),
  seriousReason: z.string().max(2000).nullable().default(null),
});
export const PenaltyMarkBody = z.strictObject({
  visitId: z.string().regex(/^it-[a-z0-9-]{8,64}$/),
  decisionNumber: z.string().max(100),
  decidedOn: PlainDateString,
  penalty: z.string().max(2000),
});
export const RepairBody = z.strictObject({
  markId: z.string().regex(/^cm-[a-z0-9-]{8,64}$/),
  measures: z.array(z.enum(REPAIR_MEASURES)).max(REPAIR_MEASURES.length * 2),
  evidence: z.string().max(5000),
});
export const RepairActionBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('MATERIALS_REQUESTED'), payload: z.strictObject({ items: z.string().max(2000) }) }),
  z.strictObject({ type: z.literal('MATERIALS_PROVIDED'), payload: z.strictObject({ evidence: z.string().max(5000) }) }),
  z.strictObject({ type: z.literal('APPROVED'), payload: z.strictObject({ reasons: z.string().max(2000) }) }),
  z.strictObject({ type: z.literal('REJECTED'), payload: z.strictObject({ reasons: z.string().max(2000) }) }),
  z.strictObject({ type: z.literal('WITHDRAWN'), payload: z.strictObject({}) }),
]);

export const PublicMark = z.object({
  markId: z.string(),
  kindLabel: Bi,
  subjectName: z.string(),
  uscc: z.string(),
  decidedOn: PlainDateString,
  departmentName: z.string().nullable(),
  period: z.object({ start: PlainDateString, end: PlainDateString }),
  publicationBasis: z.array(Article),
  /** 社会信用条例 第五十条: shown while an objection to the mark is being handled. */
  objectionFlag: z.object({ label: Bi, article: Article }).nullable(),
  /** 补充 on an upheld objection (第五十一条第四款第（二）项), shown with the mark. */
  supplements: z.array(z.object({ text: z.string(), at: z.string(), article: Article })),
});
export const PublicMarkList = z.object({ items: z.array(PublicMark), next: z.string().nullable(), asOf: PlainDateString });

export const Mark = PublicMark.extend({
  kind: z.enum(CREDIT_MARK_KINDS),
  explanation: Bi,
  finding: z.string(),
  source: Bi,
  isPublic: z.boolean(),
  publicationReason: z.string(),
  version: z.number().int(),
  versions: z.array(z.object({ version: z.number().int(), finding: z.string(), subjectName: z.string(), recordedAt: z.string().nullable(), isCurrent: z.boolean() })),
  publicationStoppedAt: z.string().nullable(),
  state: z.enum(['PUBLISHED', 'RECORDED_NOT_PUBLIC', 'PUBLICATION_ENDED', 'PUBLICATION_STOPPED', 'REPAIRED']),
  stateLabel: Bi,
  period: z.object({ start: PlainDateString, minimumEnd: PlainDateString, end: PlainDateString }),
  periodBasis: z.object({ minimumMonths: z.number().int(), maximumMonths: z.number().int(), minimumArticle: Article, maximumArticle: Article, isVerified: z.boolean(), note: Bi.nullable() }),
  recordBasis: z.array(Article),
  repairedOn: PlainDateString.nullable(),
  recordedAt: z.string(),
  remedies: z.array(z.object({ text: Bi, article: Article })),
});
export const MarkList = z.object({ items: z.array(Mark), next: z.string().nullable() });

export const Repair = z.object({
  repairId: z.string(),
  markId: z.string(),
  uscc: z.string(),
  subjectName: z.string().nullable(),
  kindLabel: Bi.nullable(),
  status: z.enum(REPAIR_STATUSES),
  statusLabel: Bi,
  isFinal: z.boolean(),
  measures: z.array(z.object({ code: z.enum(REPAIR_MEASURES), label: Bi })),
  evidence: z.array(z.string()),
  decisionDue: PlainDateString.nullable(),
  submittedAt: z.string(),
  materialsRequested: z.string().nullable(),
  decision: z.object({ isApproved: z.boolean(), reasons: z.string(), at: z.string() }).nullable(),
  availableActions: z.array(z.object({ type: z.enum(REPAIR_ACTION_TYPES), label: Bi })),
});
export const RepairList = z.object({ items: z.array(Repair) });
export const RepairWithMark = z.object({ repair: Repair, mark: Mark });

/** The enterprise's own view: each mark with whether and from when it may apply for repair, and its applications. */
export const MyMark = Mark.extend({
  repair: z.object({ canApply: z.boolean(), reason: Bi.nullable(), from: PlainDateString.nullable() }),
  applications: z.array(Repair),
});
export const MyMarks = z.object({
  items: z.array(MyMark),
  measures: z.array(z.object({ code: z.enum(REPAIR_MEASURES), label: Bi })),
  repairArticles: z.array(Article),
});
