import { ApiError, NETWORK_ERROR, apiErrorFromResponse } from '../../api/api-error';
import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/appeals, read from the generated OpenAPI types. Dates are YYYY-MM-DD, instants ISO. */
type CaseAnswer = ApiJson<'/api/appeals/{trackingNumber}', 'get'>;
export type AppealReference = ApiJson<'/api/appeals/types', 'get'>;
export type AppealType = ApiJson<'/api/appeals/{trackingNumber}', 'get'>['case']['type'];
export type CaseSummary = ItemOf<ApiJson<'/api/appeals', 'get'>['items']>;
export type CaseView = CaseAnswer['case'];
export type Deadline = ItemOf<CaseView['deadlines']>;
export type TimelineEntry = ItemOf<CaseView['timeline']>;
export type ArrearsTerms = ApiJson<'/api/appeals/arrears-terms', 'post'>;
export type Warning = ItemOf<ApiJson<'/api/appeals/{trackingNumber}/actions', 'post'>['warnings']>;
export type SubmitInput = ApiBody<'/api/appeals', 'post'>;
export type Submitted = ApiJson<'/api/appeals', 'post'>;
export type Dashboard = ApiJson<'/api/appeals/dashboard', 'get'>;
export type DashboardRow = ItemOf<Dashboard['rows']>;
export type RateValue = DashboardRow['responseRate'];
export type SupervisionList = ApiJson<'/api/appeals/supervision', 'get'>;
export type ActionInput = ApiBody<'/api/appeals/{trackingNumber}/actions', 'post'>;
export type UploadedAttachment = ApiJson<'/api/appeals/attachments', 'post'>;

export const fetchReference = () => callApi('get', '/api/appeals/types');
/** A page of cases: `after` = the previous page's `nextCursor` (by key); totals past 10 000 are estimates. */
export const fetchCases = (query: ApiQuery<'/api/appeals', 'get'>) => callApi('get', '/api/appeals', { query });
export const fetchCase = (trackingNumber: string): Promise<CaseAnswer> => callApi('get', '/api/appeals/{trackingNumber}', { params: { trackingNumber } });
export const performAction = (trackingNumber: string, body: ActionInput) =>
  callApi('post', '/api/appeals/{trackingNumber}/actions', { params: { trackingNumber }, body });
export const computeArrearsTerms = (form: ApiBody<'/api/appeals/arrears-terms', 'post'>) => callApi('post', '/api/appeals/arrears-terms', { body: form });
export const fetchDashboard = () => callApi('get', '/api/appeals/dashboard');
export const fetchSupervision = () => callApi('get', '/api/appeals/supervision', { query: { withinDays: 5 } });

/** Submits with an Idempotency-Key so a double click or a retry after a lost answer is one case. */
export async function submitAppeal(input: SubmitInput, idempotencyKey: string): Promise<Submitted> {
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
  return body as Submitted;
}

/** Uploads one attachment (multipart); the server checks size and type by content. */
export async function uploadAttachment(file: File): Promise<UploadedAttachment> {
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
  return body as UploadedAttachment;
}

export const attachmentUrl = (id: string) => `/api/appeals/attachments/${encodeURIComponent(id)}`;

/** A fresh client id (idempotency key of a submission, transaction id of an action). */
export function clientId(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  return `${prefix}-${random}`;
}
