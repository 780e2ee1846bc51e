import { request } from '../../api/client';
import { ApiError, NETWORK_ERROR, apiErrorFromResponse } from '../../api/api-error';
import type { BilingualText } from '../../i18n/bilingual';

/** Shapes of /api/appeals (see packages/api/src/appeals). Dates are YYYY-MM-DD, instants ISO. */
export type AppealType = 'POLICY_QUESTION' | 'REQUEST' | 'COMPLAINT' | 'ARREARS_COMPLAINT' | 'INSPECTION_COMPLAINT';

export interface AppealTypeInfo {
  code: AppealType;
  label: BilingualText;
  description: BilingualText;
  isAnonymousAllowed: boolean;
}

export interface AppealReference {
  types: AppealTypeInfo[];
  rejectionReasons: { code: string; label: BilingualText; onlyFor: string[] | null; needsRelatedCase: boolean }[];
  satisfactionLevels: string[];
}

export interface CaseSummary {
  trackingNumber: string;
  type: AppealType;
  typeLabel: BilingualText;
  status: string;
  statusLabel: BilingualText;
  title: string;
  isAnonymous: boolean;
  owner: string;
  lead: string | null;
  /** The department handling it now, by name. */
  handlerName: BilingualText | null;
  coHandlers: string[];
  submittedAt: string;
  updatedAt: string;
  nextDueAt: string | null;
  isPaused: boolean;
}

export interface Deadline {
  clock: 'ACCEPT' | 'TRANSFER' | 'ANSWER';
  due: string | null;
  dueAt: string | null;
  runsOutAt: string | null;
  latestDue: string | null;
  /** An approved extension of this deadline. */
  extension: { approvedOn: string; approvedDue: string } | null;
  isMet: boolean;
  metAt: string | null;
  source: { title: string; provision: string | null; url: string | null; verification: string };
  problem: { code: string; message: BilingualText } | null;
}

export interface TimelineEntry {
  at: string;
  type: string;
  label: BilingualText;
  byRole: string;
  byDepartment: string | null;
  byUser: string | null;
  text: string | null;
}

export interface ArrearsTerms {
  dueDate: string;
  asOf: string;
  outstandingFen: number;
  overdueDays: number;
  interestFen: number;
  basis: string[];
  explanation: BilingualText;
}

export interface CaseView {
  access: 'REPORTER' | 'DEPARTMENT' | 'SUPERVISOR';
  caseId: string;
  trackingNumber: string;
  type: AppealType;
  typeLabel: BilingualText;
  status: string;
  statusLabel: BilingualText;
  title: string;
  description: string;
  isAnonymous: boolean;
  reporter: { enterpriseName: string | null; uscc: string | null; contactName: string | null; contactPhone: string | null } | null;
  owner: string;
  lead: string | null;
  coHandlers: string[];
  submittedAt: string;
  closedAt: string | null;
  deadlines: Deadline[];
  pauses: { from: string; until: string | null; items: string }[];
  pendingExtension: { requestedDue: string; requestedAt: string; reason: string | null } | null;
  attachments: { id: string; name: string }[];
  answers: { at: string; by: string; text: string; attachments: { id: string; name: string }[]; isOnTime: boolean | null }[];
  rating: { satisfaction: string; isResolved: boolean; comment: string | null } | null;
  reopenCount: number;
  arrears: { form: unknown; terms: ArrearsTerms | null } | null;
  timeline: TimelineEntry[];
  availableActions: { type: string; label: BilingualText }[];
}

export interface Warning {
  code: string;
  message: BilingualText;
}

export interface SubmitInput {
  type: AppealType;
  title: string;
  description: string;
  isAnonymous: boolean;
  contactName?: string | null;
  contactPhone?: string | null;
  attachmentIds: string[];
  arrears?: unknown;
}

export interface RateValue {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface DashboardRow {
  department: string;
  month: string;
  received: number;
  handled: number;
  responseRate: RateValue;
  onTimeClosingRate: RateValue;
  resolutionRate: RateValue;
  satisfactionRate: RateValue;
}

export interface Dashboard {
  from: string;
  to: string;
  asOf: string;
  departments: { id: string; name: BilingualText }[];
  rows: DashboardRow[];
}

export interface SupervisionList {
  asOf: string;
  dueSoon: (CaseSummary & { isOverdue: boolean })[];
  extensionRequests: CaseSummary[];
}

export const fetchReference = () => request<AppealReference>('GET', '/api/appeals/types');
/** A page of cases: `after` = the previous page's `nextCursor` (by key); totals past 10 000 are estimates. */
export const fetchCases = (query: { view?: 'mine' | 'all'; status?: string; page?: number; pageSize?: number; after?: string }) =>
  request<{ items: CaseSummary[]; total: number; totalEstimated: boolean; nextCursor: string | null }>('GET', '/api/appeals', { query });
export const fetchCase = (trackingNumber: string) =>
  request<{ case: CaseView; departments: Record<string, BilingualText> }>('GET', `/api/appeals/${encodeURIComponent(trackingNumber)}`);
export const performAction = (trackingNumber: string, body: { id: string; type: string; payload: Record<string, unknown> }) =>
  request<{ case: CaseView | null; warnings: Warning[] }>('POST', `/api/appeals/${encodeURIComponent(trackingNumber)}/actions`, { body });
export const computeArrearsTerms = (form: unknown) => request<ArrearsTerms>('POST', '/api/appeals/arrears-terms', { body: form });
export const fetchDashboard = () => request<Dashboard>('GET', '/api/appeals/dashboard');
export const fetchSupervision = () => request<SupervisionList>('GET', '/api/appeals/supervision', { query: { withinDays: 5 } });

/** Submits with an Idempotency-Key so a double click or a retry after a lost answer is one case. */
export async function submitAppeal(input: SubmitInput, idempotencyKey: string): Promise<{ trackingNumber: string; case: CaseView; warnings: Warning[] }> {
  let response: Response;
  try {
    response = await fetch('/api/appeals', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  return body as { trackingNumber: string; case: CaseView; warnings: Warning[] };
}

/** Uploads one attachment (multipart); the server checks size and type by content. */
export async function uploadAttachment(file: File): Promise<{ id: string; name: string; sizeBytes: number }> {
  const data = new FormData();
  data.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/appeals/attachments', { method: 'POST', credentials: 'include', body: data });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  return body as { id: string; name: string; sizeBytes: number };
}

export const attachmentUrl = (id: string) => `/api/appeals/attachments/${encodeURIComponent(id)}`;

/** A fresh client id (idempotency key of a submission, transaction id of an action). */
export function clientId(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  return `${prefix}-${random}`;
}
