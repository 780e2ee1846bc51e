import { z } from 'zod';
import { Bilingual, Fen, PlainDateString } from '../schemas/common';

/**
 * One number on a home page (工作台): a count or an amount, what it is (`key`, a stable code the
 * web names in words), where to act on it, and whether it is the planner's estimate (lists of
 * millions are never counted in full) or needs attention now (overdue, waiting on this user).
 */
export const HomeCard = z.object({
  key: z.string(),
  value: z.number().int(),
  unit: z.enum(['COUNT', 'FEN']),
  isEstimated: z.boolean(),
  isAttention: z.boolean(),
  link: z.string().nullable(),
});
export type HomeCard = z.infer<typeof HomeCard>;

/** Kinds of dated duties a home lists, nearest first (each counted by its own module's rules). */
const DEADLINE_KINDS = ['APPEAL', 'BENEFIT_REVIEW', 'CONSULTATION_PERIOD', 'CULTIVATION_PUBLICITY', 'CONSENT_EXPIRY'] as const;

/** A dated duty: its title as the case holds it, the last day (Beijing date) and the page to act on it. */
export const HomeDeadline = z.object({
  kind: z.enum(DEADLINE_KINDS),
  title: z.string(),
  due: PlainDateString,
  isOverdue: z.boolean(),
  link: z.string(),
});
export type HomeDeadline = z.infer<typeof HomeDeadline>;

/** A notice of the enterprise's inbox (a matched policy or an opened consultation). */
const HomeNotice = z.object({
  id: z.string(),
  kind: z.enum(['ELIGIBLE', 'UNKNOWN', 'CONSULTATION_OPENED']),
  title: Bilingual,
  createdAt: z.string(),
  isRead: z.boolean(),
});

/** A policy the enterprise qualifies for and can act on (apply, or confirm a 免申即享 listing). */
const HomePolicy = z.object({
  policyId: z.string(),
  title: Bilingual,
  amountFen: Fen.nullable(),
  isCash: z.boolean(),
  /** APPLY: an online application; CONFIRM: listed without application, the enterprise confirms; NONE: nothing to do (information). */
  action: z.enum(['APPLY', 'CONFIRM', 'NONE']),
  link: z.string(),
});

/** What the enterprise's home adds: who it is by the size standard, and what it qualifies for. */
const EnterpriseHomePart = z.object({
  name: z.string(),
  sizeClass: z.object({ isClassified: z.boolean(), label: Bilingual.nullable() }),
  eligibleCount: z.number().int(),
  unknownCount: z.number().int(),
  eligibleCashFen: Fen,
  policies: z.array(HomePolicy),
  notices: z.array(HomeNotice),
  isProvider: z.boolean(),
});

/** A month's amount for a chart (万元 on screen). */
const HomeChartPoint = z.object({ month: z.string(), valueFen: z.number().int() });

export const HOME_ROLES = ['enterprise', 'bureau', 'department', 'bank', 'auditor', 'finance'] as const;
export type HomeRole = (typeof HOME_ROLES)[number];

/** A role's home: key figures, what waits for the user, the nearest deadlines. Computed by bounded queries. */
export const HomeSummary = z.object({
  role: z.enum(HOME_ROLES),
  today: PlainDateString,
  asOf: z.string(),
  figures: z.array(HomeCard),
  queues: z.array(HomeCard),
  deadlines: z.array(HomeDeadline),
  /** Benefits paid per month of the current year (the bureau, the auditor, the finance officer). */
  paidByMonth: z.array(HomeChartPoint).nullable(),
  enterprise: EnterpriseHomePart.nullable(),
});
export type HomeSummary = z.infer<typeof HomeSummary>;

/** The public front door's highlights (no login): open consultations, 公示, a few public figures. */
export const PublicHome = z.object({
  today: PlainDateString,
  figures: z.array(HomeCard),
  consultations: z.array(z.object({ id: z.string(), title: z.string(), issuingBody: z.string(), status: z.enum(['OPEN', 'PROCESSING', 'CLOSED']), endDate: PlainDateString, commentCount: z.number().int() })),
  publicity: z.array(z.object({ enterpriseName: z.string(), tier: Bilingual, until: PlainDateString })),
});
export type PublicHome = z.infer<typeof PublicHome>;
