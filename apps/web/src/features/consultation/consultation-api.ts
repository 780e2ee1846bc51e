import { ApiError, apiErrorFromResponse, NETWORK_ERROR } from '../../api/api-error';
import type { LawNode } from '../law/law-api';
import { request } from '../../api/client';

export type ConsultationStatus = 'OPEN' | 'PROCESSING' | 'CLOSED' | 'CANCELLED';
export type Outcome = 'ADOPTED' | 'PARTLY_ADOPTED' | 'NOT_ADOPTED' | 'OUT_OF_SCOPE';

export interface ConsultationSummary {
  consultationId: string;
  workId: string;
  versionId: string;
  workTitle: string | null;
  title: string;
  issuingBody: string;
  status: ConsultationStatus;
  startDate: string;
  endDate: string;
  commentCount: number;
  publishedAt: string | null;
}

export interface ConsultationComment {
  commentId: string;
  targetEid: string | null;
  articleEid: string | null;
  citation: string;
  text: string | null;
  proposedWording: string | null;
  author: { kindLabel: string; name: string | null };
  submittedAt: string;
  editedAt: string | null;
  isWithdrawn: boolean;
  hidden: { reason: string; at: string } | null;
  /** Shown to the owning department and the author only. */
  attachment: { id: string; name: string; mediaType: string; bytes: number } | null;
  isMine: boolean;
  canChange: boolean;
  opinion: { leadId: string; supporters: number; isLead: boolean } | null;
  answer: { outcome: Outcome; outcomeLabel: string; reason: string; at: string } | null;
}

export interface ConsultationDetail {
  consultationId: string;
  title: string;
  issuingBody: string;
  draft: { kind: string; workId: string; versionId: string; title: string | null };
  contact: { name: string | null; phone: string | null; email: string | null; address: string | null };
  startDate: string;
  endDate: string;
  periodDays: number;
  minimumDays: number;
  /** The 30-day minimum is an unverified parameter value (its source text is not in the library). */
  isMinimumUnverified: boolean;
  earliestEndDate: string | null;
  /** For the owning department: how many enterprises were notified (null for everyone else). */
  notifiedEnterprises?: number | null;
  shortPeriodReason: string | null;
  explanatoryNote: string;
  isIdentityPublished: boolean;
  status: ConsultationStatus;
  statusLabel: { zh: string; en: string };
  publishedAt: string | null;
  isOwner: boolean;
  canComment: boolean;
  actions: string[];
  unansweredCount: number;
  heat: { articleEid: string; count: number }[];
  comments: ConsultationComment[];
}

export interface ReportCounts { received: number; hidden: number; opinions: number; outcomes: Record<Outcome, number> }
export interface FeedbackReport {
  title: string;
  issuingBody: string;
  startDate: string;
  endDate: string;
  publishedAt: string | null;
  totals: ReportCounts;
  wholeDraft: ReportCounts;
  chapters: (ReportCounts & { eid: string | null; title: string; articles: (ReportCounts & { eid: string; num: string; heading: string | null })[] })[];
  opinions: { leadId: string; citation: string; text: string; proposedWording: string | null; supporters: number; author: string | null; answer: { outcome: Outcome; reason: string } | null }[];
  hidden: { commentId: string; citation: string; reason: string }[];
  comparison: { kind: string; old: { eid: string; num: string; heading?: string } | null; new: { eid: string; num: string; heading?: string } | null; changes: unknown[]; commentIds: string[] }[];
}

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

/** A call that carries the verified contact's token when there is one (the session cookie is sent too). */
async function call<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const token = contactToken();
  if (!token) return request<T>(method, path, body === undefined ? {} : { body });
  const res = await fetch(path, {
    method,
    credentials: 'include',
    headers: { Accept: 'application/json', 'X-Consultation-Contact': token, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw apiErrorFromResponse(res.status, json);
  return json as T;
}

export const fetchConsultations = (workId?: string) => request<{ items: ConsultationSummary[] }>('GET', '/api/consultations', { query: { workId } }).then((r) => r.items);
export const fetchConsultation = (id: string) => call<ConsultationDetail>('GET', `/api/consultations/${encodeURIComponent(id)}`);
export const fetchReport = (id: string) => call<FeedbackReport>('GET', `/api/consultations/${encodeURIComponent(id)}/report`);

/** The text under consultation (a law-library version, or a console policy's text fixed at opening). */
export interface DraftText { kind: string; workId: string; versionId: string; title: string | null; isInLawLibrary: boolean; nodes: LawNode[] }
export const fetchDraft = (id: string) => call<DraftText>('GET', `/api/consultations/${encodeURIComponent(id)}/draft`);

export interface UploadedAttachment { id: string; name: string; mediaType: string; bytes: number }
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

export const submitComment = (id: string, body: { targetEid: string | null; text: string; proposedWording: string | null; attachmentId?: string | null }) =>
  call<{ commentId: string; consultation: ConsultationDetail }>('POST', `/api/consultations/${encodeURIComponent(id)}/comments`, body);
export const editComment = (id: string, commentId: string, body: { targetEid: string | null; text: string; proposedWording: string | null }) =>
  call<ConsultationDetail>('PUT', `/api/consultations/${encodeURIComponent(id)}/comments/${encodeURIComponent(commentId)}`, body);
export const withdrawComment = (id: string, commentId: string) => call<ConsultationDetail>('DELETE', `/api/consultations/${encodeURIComponent(id)}/comments/${encodeURIComponent(commentId)}`);

export const requestCode = (body: { channel: 'EMAIL' | 'SMS'; address: string; displayName: string; commenterKind: 'PUBLIC' | 'ASSOCIATION' }) =>
  request<{ contactId: string; demoCode?: string }>('POST', '/api/consultation-contacts', { body });
export const verifyCode = (contactId: string, code: string) => request<{ token: string }>('POST', `/api/consultation-contacts/${encodeURIComponent(contactId)}/verify`, { body: { code } });

export interface OpenInput {
  draft: { kind: 'REGULATION' | 'POLICY_DOCUMENT' | 'CONSOLE_POLICY'; workId: string; versionId: string };
  title: string;
  issuingBody: string;
  contact: { name: string | null; phone: string | null; email: string | null; address: string | null };
  startDate: string;
  endDate: string;
  explanatoryNote: string;
  isIdentityPublished: boolean;
  shortPeriodReason: string | null;
  notifyEnterprises: boolean;
}
export const openConsultation = (body: OpenInput) => request<ConsultationDetail>('POST', '/api/consultations', { body });
const officer = (id: string, path: string, body?: unknown) => request<ConsultationDetail>('POST', `/api/consultations/${encodeURIComponent(id)}${path}`, body === undefined ? {} : { body });
export const hideComment = (id: string, commentId: string, reason: string) => officer(id, `/comments/${encodeURIComponent(commentId)}/hide`, { reason });
export const answerComment = (id: string, commentId: string, outcome: Outcome, reason: string) => officer(id, `/comments/${encodeURIComponent(commentId)}/answer`, { outcome, reason });
export const endPeriod = (id: string) => officer(id, '/end-period');
export const publishRevised = (id: string, text: string) => officer(id, '/revised-draft', { text });
export const publishFeedback = (id: string) => officer(id, '/publish');
