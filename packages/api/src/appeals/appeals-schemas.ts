import { APPEAL_ACTION_TYPES, APPEAL_STATUSES, APPEAL_TYPES, type CaseView } from '@huiqi/workflows';
import { z } from 'zod';
import { Bilingual } from '../schemas/common';

export const TrackingNumberParam = z.object({ trackingNumber: z.string().min(1).max(40) });

/** A case as presentCaseFor shows it to the viewer (documented fields; the rest passes through). */
export const CaseViewSchema = z.looseObject({
  access: z.enum(['REPORTER', 'DEPARTMENT', 'SUPERVISOR']),
  caseId: z.string(),
  trackingNumber: z.string(),
  type: z.enum(APPEAL_TYPES),
  typeLabel: Bilingual,
  status: z.enum(APPEAL_STATUSES),
  statusLabel: Bilingual,
  title: z.string(),
  description: z.string(),
  isAnonymous: z.boolean(),
  reporter: z.looseObject({}).nullable(),
  owner: z.string(),
  lead: z.string().nullable(),
  coHandlers: z.array(z.string()),
  submittedAt: z.string(),
  deadlines: z.array(z.looseObject({ clock: z.string(), due: z.string().nullable() })),
  pauses: z.array(z.looseObject({})),
  timeline: z.array(z.looseObject({ at: z.string(), type: z.string(), label: Bilingual })),
  availableActions: z.array(z.object({ type: z.enum(APPEAL_ACTION_TYPES), label: Bilingual })),
}) as unknown as z.ZodType<CaseView>;

/** An object documented elsewhere (Open311 shapes follow the GeoReport v2 specification); passed through as is. */
export const PassThrough = z.looseObject({}) as unknown as z.ZodType<object>;

export const WarningSchema = z.object({ code: z.string(), message: Bilingual, details: z.record(z.string(), z.unknown()) });

export const CaseSummary = z.object({
  trackingNumber: z.string(),
  type: z.enum(APPEAL_TYPES),
  typeLabel: Bilingual,
  status: z.enum(APPEAL_STATUSES),
  statusLabel: Bilingual,
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
