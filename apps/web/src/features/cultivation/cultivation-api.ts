import { ApiError, apiErrorFromResponse, NETWORK_ERROR } from '../../api/api-error';
import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';
import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

/** Shapes of /api/cultivation, read from the generated OpenAPI types. */
export type ApplicationDetail = ApiJson<'/api/cultivation/applications/{id}', 'get'>;
export type Tier = ApplicationDetail['tier'];
export type AttachmentKind = ItemOf<ApplicationDetail['attachments']>['kind'];
export type Round = ItemOf<ApiJson<'/api/cultivation/rounds', 'get'>['items']>;
export type ApplicationSummary = ItemOf<ApiJson<'/api/cultivation/applications', 'get'>['items']>;
export type Objection = ItemOf<ApplicationDetail['objections']>;
export type PublicityItem = ItemOf<ApiJson<'/api/cultivation/publicity', 'get'>['items']>;
export type Expert = ItemOf<ApiJson<'/api/cultivation/experts', 'get'>['items']>;

/** The tiers in the order the pages list them (checked against the API's list both ways). */
export const TIERS = ['INNOVATIVE_SME', 'SPECIALIZED', 'LITTLE_GIANT'] as const satisfies readonly Tier[];
const allTiersListed: [Exclude<Tier, (typeof TIERS)[number]>] extends [never] ? true : false = true;
void allTiersListed;

/*
 * Not documented by the API yet (no response schema on GET self-assessment, targets and pool):
 * written here until those routes have schemas (tools/openapi/no-hand-written-api-types.test.ts).
 */
type Bi = BilingualText;
export interface Criterion { id: string; label: Bi; cite: string; citeText: string | null; met: boolean | null; missingLabels: Bi[]; gap: Bi[] }
export interface SelfAssessment {
  tier: Tier; date: string; status: 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE';
  version: { from: string; until: string | null; unverified: boolean; note: string | null } | null; score: number | null; criteria: Criterion[];
}

const enc = encodeURIComponent;
const app = (id: string) => `/api/cultivation/applications/${enc(id)}`;

export const fetchSelfAssessment = (tier: Tier) => request<SelfAssessment>('GET', '/api/cultivation/self-assessment', { query: { tier } });
export const fetchRounds = () => callApi('get', '/api/cultivation/rounds');
export const createRound = (body: NonNullable<ApiBody<'/api/cultivation/rounds', 'post'>>) => callApi('post', '/api/cultivation/rounds', { body });
export const fetchApplications = (query: ApiQuery<'/api/cultivation/applications', 'get'> = {}) => callApi('get', '/api/cultivation/applications', { query });
export const fetchApplication = (id: string) => callApi('get', '/api/cultivation/applications/{id}', { params: { id } });
export const apply = (roundId: string, attachmentIds: string[]) => callApi('post', '/api/cultivation/applications', { body: { roundId, attachmentIds } });
/** One step of the procedure on an application (the path's last segment), with its body. */
export const act = (id: string, step: string, body: object = {}) => request<ApplicationDetail>('POST', `${app(id)}/${step}`, { body });
export const answerObjection = (id: string, objectionId: string, body: NonNullable<ApiBody<'/api/cultivation/applications/{id}/objections/{objectionId}/answer', 'post'>>) =>
  callApi('post', '/api/cultivation/applications/{id}/objections/{objectionId}/answer', { params: { id, objectionId }, body });
export const fetchPublicity = () => callApi('get', '/api/cultivation/publicity');
export const object = (id: string, text: string, objector: string | null) => callApi('post', '/api/cultivation/applications/{id}/objections', { params: { id }, body: { text, objector } });
export const fetchExperts = () => callApi('get', '/api/cultivation/experts');

/** Uploads one application file (multipart); the server checks its type by content and its size. */
export async function uploadAttachment(kind: AttachmentKind, file: File): Promise<ApiJson<'/api/cultivation/attachments', 'post'>> {
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
  return body as ApiJson<'/api/cultivation/attachments', 'post'>;
}

export interface TargetProgress { year: number; tier: Tier; district: string; districtName: string; target: number; cumulative: boolean; holding: number; recognisedInYear: number; inProgress: number }
export const fetchTargets = (year: number) => request<{ asOf: string; items: TargetProgress[] }>('GET', `/api/cultivation/targets/${year}`);
export interface PoolItem { uscc: string; name: string | null; holdsTier: boolean; distance: number; undecided: number; unmetCriteria: { id: string; label: Bi; cite: string }[] }
export interface Pool { date: string; total: number; byDistance: { distance: number; count: number }[]; byDistrict: { district: string; name: string; count: number }[]; items: PoolItem[] }
export const fetchPool = (tier: Tier) => request<Pool>('GET', '/api/cultivation/pool', { query: { tier, maxMissing: 2, limit: 50 } });
