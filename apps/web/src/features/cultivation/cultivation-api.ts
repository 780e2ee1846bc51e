import { ApiError, apiErrorFromResponse, NETWORK_ERROR } from '../../api/api-error';
import type { ApiBody, ApiJson, ApiQuery, ItemOf, PostBody } from '../../api/api-types';
import { callApi } from '../../api/call-api';

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

export type SelfAssessment = ApiJson<'/api/cultivation/self-assessment', 'get'>;
export type Criterion = ItemOf<SelfAssessment['criteria']>;
export type TargetProgress = ItemOf<ApiJson<'/api/cultivation/targets/{year}', 'get'>['items']>;
export type Pool = ApiJson<'/api/cultivation/pool', 'get'>;
export type PoolItem = ItemOf<Pool['items']>;

/** The steps of the procedure an officer takes on an application (each its own operation, all answering the application). */
const STEPS = {
  'district-review': '/api/cultivation/applications/{id}/district-review',
  'city-review': '/api/cultivation/applications/{id}/city-review',
  reject: '/api/cultivation/applications/{id}/reject',
  draw: '/api/cultivation/applications/{id}/draw',
  scores: '/api/cultivation/applications/{id}/scores',
  publicity: '/api/cultivation/applications/{id}/publicity',
  recognise: '/api/cultivation/applications/{id}/recognise',
  're-review-decision': '/api/cultivation/applications/{id}/re-review-decision',
  revoke: '/api/cultivation/applications/{id}/revoke',
} as const;
type Step = keyof typeof STEPS;
type StepBody = { [S in Step]: PostBody<(typeof STEPS)[S]> };


export const fetchSelfAssessment = (tier: Tier) => callApi('get', '/api/cultivation/self-assessment', { query: { tier } });
export const fetchRounds = () => callApi('get', '/api/cultivation/rounds');
export const createRound = (body: NonNullable<ApiBody<'/api/cultivation/rounds', 'post'>>) => callApi('post', '/api/cultivation/rounds', { body });
export const fetchApplications = (query: ApiQuery<'/api/cultivation/applications', 'get'> = {}) => callApi('get', '/api/cultivation/applications', { query });
export const fetchApplication = (id: string) => callApi('get', '/api/cultivation/applications/{id}', { params: { id } });
export const apply = (roundId: string, attachmentIds: string[]) => callApi('post', '/api/cultivation/applications', { body: { roundId, attachmentIds } });
/** One step of the procedure on an application, with the body that step takes. */
export function act<S extends Step>(id: string, step: S, body?: StepBody[S]): Promise<ApplicationDetail> {
  // Every step answers the application (ApplicationView); the path is one of STEPS.
  return callApi('post', STEPS[step] as (typeof STEPS)['draw'], { params: { id }, ...(body === undefined ? {} : { body: body as never }) });
}
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

export const fetchTargets = (year: number) => callApi('get', '/api/cultivation/targets/{year}', { params: { year } });
export const fetchPool = (tier: Tier) => callApi('get', '/api/cultivation/pool', { query: { tier, maxMissing: 2, limit: 50 } });
