import { ApiError, apiErrorFromResponse, NETWORK_ERROR } from '../../api/api-error';
import type { ApiBody, ApiJson, ApiParams, ApiPath, ItemOf, MethodOf } from '../../api/api-types';
import { callApi, fillPath } from '../../api/call-api';

/** Shapes of /api/consultations, read from the generated OpenAPI types. Dates YYYY-MM-DD, instants ISO. */
export type ConsultationSummary = ItemOf<ApiJson<'/api/consultations', 'get'>['items']>;
export type ConsultationStatus = ConsultationSummary['status'];
export type ConsultationDetail = ApiJson<'/api/consultations/{id}', 'get'>;
export type ConsultationComment = ItemOf<ConsultationDetail['comments']>;
export type ConsultationAction = ItemOf<ConsultationDetail['actions']>;
export type Outcome = ApiBody<'/api/consultations/{id}/comments/{commentId}/answer', 'post'>['outcome'];
export type FeedbackReport = ApiJson<'/api/consultations/{id}/report', 'get'>;
export type ReportCounts = FeedbackReport['totals'];
export type DraftText = ApiJson<'/api/consultations/{id}/draft', 'get'>;
export type UploadedAttachment = ApiJson<'/api/consultations/{id}/attachments', 'post'>;
export type CommentInput = ApiBody<'/api/consultations/{id}/comments', 'post'>;
export type OpenInput = ApiBody<'/api/consultations', 'post'>;

const CONTACT_KEY = 'huiqi.consultation.contact';

/** The verified contact's token of this browser (members of the public and associations). */
export function contactToken(): string | null {
  try {
    return window.localStorage.getItem(CONTACT_KEY);
  } catch {
    return null;
  }
}
export function saveContactToken(token: string): void {
  window.localStorage.setItem(CONTACT_KEY, token);
}

/**
 * A call that carries the verified contact's token when there is one (the session cookie is sent
 * too); path, parameters, body and answer are typed from the generated document, as with `callApi`.
 */
async function callAsContact<P extends ApiPath, M extends MethodOf<P>>(method: M, path: P, params: ApiParams<P, M>, body?: ApiBody<P, M>): Promise<ApiJson<P, M>> {
  const token = contactToken();
  if (!token) {
    const untyped = callApi as unknown as (m: M, p: P, o: { params: ApiParams<P, M>; body?: ApiBody<P, M> }) => Promise<ApiJson<P, M>>;
    return untyped(method, path, body !== undefined ? { params, body } : { params });
  }
  let res: Response;
  try {
    res = await fetch(fillPath(path, params as Record<string, string>), {
      method: String(method).toUpperCase(),
      credentials: 'include',
      headers: { Accept: 'application/json', 'X-Consultation-Contact': token, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw apiErrorFromResponse(res.status, json);
  return json as ApiJson<P, M>;
}

export const fetchConsultations = (workId?: string) => callApi('get', '/api/consultations', { query: { workId } }).then((r) => r.items);
export const fetchConsultation = (id: string) => callAsContact('get', '/api/consultations/{id}', { id });
export const fetchReport = (id: string) => callAsContact('get', '/api/consultations/{id}/report', { id });
/** The text under consultation (a law-library version, or a console policy's text fixed at opening). */
export const fetchDraft = (id: string) => callAsContact('get', '/api/consultations/{id}/draft', { id });

/** Uploads one attachment for a comment (multipart); the server checks its type by content and its size. */
export async function uploadCommentAttachment(id: string, file: File): Promise<UploadedAttachment> {
  const data = new FormData();
  data.append('file', file, file.name);
  const token = contactToken();
  let res: Response;
  try {
    res = await fetch(`/api/consultations/${encodeURIComponent(id)}/attachments`, { method: 'POST', credentials: 'include', body: data, headers: token ? { 'X-Consultation-Contact': token } : {} });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw apiErrorFromResponse(res.status, body);
  return body as UploadedAttachment;
}
export const attachmentUrl = (id: string, attachmentId: string) => `/api/consultations/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const submitComment = (id: string, body: CommentInput) => callAsContact('post', '/api/consultations/{id}/comments', { id }, body);
export const editComment = (id: string, commentId: string, body: CommentInput) => callAsContact('put', '/api/consultations/{id}/comments/{commentId}', { id, commentId }, body);
export const withdrawComment = (id: string, commentId: string) => callAsContact('delete', '/api/consultations/{id}/comments/{commentId}', { id, commentId });

export const requestCode = (body: ApiBody<'/api/consultation-contacts', 'post'>) => callApi('post', '/api/consultation-contacts', { body });
export const verifyCode = (contactId: string, code: string) => callApi('post', '/api/consultation-contacts/{contactId}/verify', { params: { contactId }, body: { code } });

export const openConsultation = (body: OpenInput) => callApi('post', '/api/consultations', { body });
export const hideComment = (id: string, commentId: string, reason: string) => callApi('post', '/api/consultations/{id}/comments/{commentId}/hide', { params: { id, commentId }, body: { reason } });
export const answerComment = (id: string, commentId: string, outcome: Outcome, reason: string) =>
  callApi('post', '/api/consultations/{id}/comments/{commentId}/answer', { params: { id, commentId }, body: { outcome, reason } });
export const endPeriod = (id: string) => callApi('post', '/api/consultations/{id}/end-period', { params: { id } });
export const publishRevised = (id: string, text: string) => callApi('post', '/api/consultations/{id}/revised-draft', { params: { id }, body: { text } });
export const publishFeedback = (id: string) => callApi('post', '/api/consultations/{id}/publish', { params: { id } });
