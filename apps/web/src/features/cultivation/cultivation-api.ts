import { ApiError, apiErrorFromResponse, NETWORK_ERROR } from '../../api/api-error';
import { request } from '../../api/client';

export type Tier = 'INNOVATIVE_SME' | 'SPECIALIZED' | 'LITTLE_GIANT';
export const TIERS: readonly Tier[] = ['INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT'];
export type AttachmentKind = 'FINANCIAL_STATEMENTS' | 'IP_CERTIFICATES' | 'DECLARATION' | 'OTHER';
interface Bi { zh: string; en: string }

export interface Criterion { id: string; label: Bi; cite: string; citeText: string | null; met: boolean | null; missingLabels: Bi[]; gap: Bi[] }
export interface SelfAssessment {
  tier: Tier; date: string; status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE';
  version: { from: string; until: string | null; unverified: boolean; note: string | null } | null; score: number | null; criteria: Criterion[];
}
export interface Round { roundId: string; tier: Tier; year: number; title: string; deadline: string; requiredAttachments: AttachmentKind[]; publicityWorkingDays: number; passMark: number; aggregation: string; expertsPerApplication: number }
export interface ApplicationSummary { applicationId: string; roundId: string; tier: Tier; uscc: string; enterpriseName: string; district: string; status: string; submittedAt: string; publicityFrom: string | null; publicityUntil: string | null; certificateNumber: string | null; validFrom: string | null; validUntil: string | null }
export interface Objection { objectionId: string; text: string; objector: string | null; receivedAt: string; answer: { text: string; upheld: boolean; at: string } | null }
export interface ApplicationDetail {
  applicationId: string; tier: Tier; tierLabel: Bi; status: string; statusLabel: Bi; uscc: string; enterpriseName: string; district: string;
  round: Round; selfAssessment: { status: string; score: number | null; met: number; total: number; versionFrom: string | null; unverified: boolean } | null;
  attachments: { id: string; kind: AttachmentKind; name: string; bytes: number }[];
  districtReview: { opinion: string; at: string } | null; cityReview: { opinion: string; at: string } | null;
  sheet: { criteria: { id: string; label: Bi; max: number }[]; unverified: boolean } | null;
  draw: { seed?: string; assigned?: { id: string; rank: number }[]; recused?: string[]; experts?: number } | null;
  scores: { expertId?: string; total: number; at: string }[]; aggregate: number | null;
  publicity: { from: string; until: string; workingDays: number } | null; objections: Objection[];
  certificate: { number: string; validFrom: string; validUntil: string; validityUnverified: boolean } | null;
  closing: { type: string; reason: string; at: string } | null;
}
export interface PublicityItem { applicationId: string; enterpriseName: string; uscc: string; district: string; tierLabel: Bi; publicityFrom: string; publicityUntil: string }
export interface Expert { expertId: string; name: string; organisation: string; fields: string[]; conflicts: string[]; active: boolean }

const enc = encodeURIComponent;
const app = (id: string) => `/api/cultivation/applications/${enc(id)}`;

export const fetchSelfAssessment = (tier: Tier) => request<SelfAssessment>('GET', '/api/cultivation/self-assessment', { query: { tier } });
export const fetchRounds = () => request<{ items: Round[] }>('GET', '/api/cultivation/rounds');
export const createRound = (body: object) => request<Round>('POST', '/api/cultivation/rounds', { body });
export const fetchApplications = () => request<{ items: ApplicationSummary[] }>('GET', '/api/cultivation/applications');
export const fetchApplication = (id: string) => request<ApplicationDetail>('GET', app(id));
export const apply = (roundId: string, attachmentIds: string[]) => request<ApplicationDetail>('POST', '/api/cultivation/applications', { body: { roundId, attachmentIds } });
export const act = (id: string, step: string, body: object = {}) => request<ApplicationDetail>('POST', `${app(id)}/${step}`, { body });
export const answerObjection = (id: string, objectionId: string, body: object) => request<ApplicationDetail>('POST', `${app(id)}/objections/${enc(objectionId)}/answer`, { body });
export const fetchPublicity = () => request<{ items: PublicityItem[] }>('GET', '/api/cultivation/publicity');
export const object = (id: string, text: string, objector: string | null) => request<{ objectionId: string }>('POST', `${app(id)}/objections`, { body: { text, objector } });
export const fetchExperts = () => request<{ items: Expert[] }>('GET', '/api/cultivation/experts');

/** Uploads one application file (multipart); the server checks its type by content and its size. */
export async function uploadAttachment(kind: AttachmentKind, file: File): Promise<{ id: string; name: string }> {
  const data = new FormData();
  data.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`/api/cultivation/attachments?kind=${kind}`, { method: 'POST', credentials: 'include', body: data });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, null);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw apiErrorFromResponse(res.status, body);
  return body as { id: string; name: string };
}

export interface TargetProgress { year: number; tier: Tier; district: string; districtName: string; target: number; cumulative: boolean; holding: number; recognisedInYear: number; inProgress: number }
export const fetchTargets = (year: number) => request<{ asOf: string; items: TargetProgress[] }>('GET', `/api/cultivation/targets/${year}`);
export interface PoolItem { uscc: string; name: string | null; holdsTier: boolean; distance: number; undecided: number; unmetCriteria: { id: string; label: Bi; cite: string }[] }
export interface Pool { date: string; total: number; byDistance: { distance: number; count: number }[]; byDistrict: { district: string; name: string; count: number }[]; items: PoolItem[] }
export const fetchPool = (tier: Tier) => request<Pool>('GET', '/api/cultivation/pool', { query: { tier, maxMissing: 2, limit: 50 } });
