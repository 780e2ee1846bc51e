import { ACTOR_ROLES, APPEAL_ACTION_TYPES, APPEAL_STATUSES, APPEAL_TYPES, CLOCK_KINDS, SATISFACTION_LEVELS } from '@huiqi/workflows';
import { z } from 'zod';
import { Bilingual } from '../schemas/common';
import { APPEAL_STAGES, type AppealCaseView } from './appeal-stage';

export const TrackingNumberParam = z.object({ trackingNumber: z.string().min(1).max(40) });

const Attachment = z.object({ id: z.string(), name: z.string(), sha256: z.string().optional() });

/**
 * A case as presentCaseFor shows it to the viewer, with the facts of its status (appeal-stage.ts).
 * The reporter and the arrears form keep every key they have; everything else is listed.
 */
export const CaseViewSchema = z.looseObject({
  access: z.enum(['REPORTER', 'DEPARTMENT', 'SUPERVISOR']),
  caseId: z.string(),
  trackingNumber: z.string(),
  type: z.enum(APPEAL_TYPES),
  typeLabel: Bilingual,
  status: z.enum(APPEAL_STATUSES),
  statusLabel: Bilingual,
  /** No further action is possible (办结, 不予受理, 撤回). */
  isFinal: z.boolean(),
  stage: z.enum(APPEAL_STAGES),
  title: z.string(),
  description: z.string(),
  isAnonymous: z.boolean(),
  /** Null when the reporter is anonymous and the viewer is not the reporter. */
  reporter: z.looseObject({
    enterpriseName: z.string().nullable(),
    uscc: z.string().nullable(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
  }).nullable(),
  owner: z.string(),
  lead: z.string().nullable(),
  coHandlers: z.array(z.string()),
  submittedAt: z.string(),
  closedAt: z.string().nullable(),
  deadlines: z.array(z.object({
    clock: z.enum(CLOCK_KINDS),
    due: z.string().nullable(),
    dueAt: z.string().nullable(),
    runsOutAt: z.string().nullable(),
    latestDue: z.string().nullable(),
    extension: z.object({ approvedOn: z.string(), approvedDue: z.string() }).nullable(),
    isMet: z.boolean(),
    metAt: z.string().nullable(),
    source: z.object({ title: z.string(), provision: z.string().nullable(), url: z.string().nullable(), verification: z.enum(['CONFIRMED', 'SECONDARY', 'UNVERIFIED']) }),
    problem: z.object({ code: z.string(), message: Bilingual, year: z.number().optional() }).nullable(),
  })),
  pauses: z.array(z.object({ from: z.string(), until: z.string().nullable(), requestedAt: z.string(), providedAt: z.string().nullable(), items: z.string() })),
  pendingExtension: z.object({ requestedDue: z.string(), requestedAt: z.string(), reason: z.string().nullable() }).nullable(),
  attachments: z.array(Attachment),
  answers: z.array(z.object({ at: z.string(), by: z.string(), text: z.string(), attachments: z.array(Attachment), isOnTime: z.boolean().nullable() })),
  rating: z.object({ at: z.string(), satisfaction: z.enum(SATISFACTION_LEVELS), isResolved: z.boolean(), comment: z.string().nullable() }).nullable(),
  reopenCount: z.number().int(),
  arrears: z.object({
    form: z.looseObject({}),
    terms: z.object({
      dueDate: z.string(), asOf: z.string(), outstandingFen: z.number().int(), overdueDays: z.number().int(), interestFen: z.number().int(),
      basis: z.array(z.string()), explanation: Bilingual,
    }).nullable(),
  }).nullable(),
  creditMark: z.object({ at: z.string(), finding: z.string(), legalRef: z.string() }).nullable(),
  timeline: z.array(z.object({
    at: z.string(),
    type: z.enum(APPEAL_ACTION_TYPES),
    label: Bilingual,
    byRole: z.enum(ACTOR_ROLES),
    byDepartment: z.string().nullable(),
    byUser: z.string().nullable(),
    text: z.string().nullable(),
  })),
  availableActions: z.array(z.object({ type: z.enum(APPEAL_ACTION_TYPES), label: Bilingual })),
}) as unknown as z.ZodType<AppealCaseView>;

/** An object documented elsewhere (Open311 shapes follow the GeoReport v2 specification); passed through as is. */
export const PassThrough = z.looseObject({}) as unknown as z.ZodType<object>;

export const WarningSchema = z.object({ code: z.string(), message: Bilingual, details: z.record(z.string(), z.unknown()) });

export const CaseSummary = z.object({
  trackingNumber: z.string(),
  type: z.enum(APPEAL_TYPES),
  typeLabel: Bilingual,
  status: z.enum(APPEAL_STATUSES),
  statusLabel: Bilingual,
  isFinal: z.boolean(),
  stage: z.enum(APPEAL_STAGES),
  title: z.string(),
  isAnonymous: z.boolean(),
  owner: z.string(),
  lead: z.string().nullable(),
  handlerName: Bilingual.nullable(),
  coHandlers: z.array(z.string()),
  submittedAt: z.string(),
  updatedAt: z.string(),
  nextDueAt: z.string().nullable(),
  isPaused: z.boolean(),
});
