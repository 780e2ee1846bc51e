import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/procurement, read from the generated OpenAPI types (money in fen). */
/** A project of the register; fetched alone it also says whether I may manage it. */
export type Project = ItemOf<ApiJson<'/api/procurement/projects', 'get'>['items']> & Partial<Pick<ApiJson<'/api/procurement/projects/{id}', 'get'>, 'canManage'>>;
/** The body of PUT /api/procurement/projects/:id (POST adds the year). */
export type ProjectInput = NonNullable<ApiBody<'/api/procurement/projects/{id}', 'put'>>;
export type Category = ProjectInput['category'];
export type Reservation = ProjectInput['reservation'];
export type Method = Reservation['method'];
export type Lot = ItemOf<Extract<Reservation, { method: 'LOTS' }>['lots']>;
export type ReservedFor = Lot['reservedFor'];
export type Compliance = ApiJson<'/api/procurement/departments/{departmentId}/compliance', 'get'>;
export type Evaluation = ApiJson<'/api/procurement/projects/{id}/evaluations', 'post'>;
export type BidResult = ItemOf<Evaluation['bids']>;
type EvaluationInput = NonNullable<ApiBody<'/api/procurement/projects/{id}/evaluations', 'post'>>;
export type BidInput = ItemOf<EvaluationInput['bids']>;
export type SizeClass = ItemOf<BidInput['items']>['makerSize'];
export type Declaration = ApiJson<'/api/procurement/my/declaration', 'get'>;
export type DeclarationQuery = ApiQuery<'/api/procurement/my/declaration', 'get'>;
export type CheckedDeclaration = ItemOf<ApiJson<'/api/procurement/declaration-checks', 'get'>['items']>;
export type ExecutionRow = ItemOf<ApiJson<'/api/procurement/public/execution', 'get'>['departments']>;
export type Award = ItemOf<ApiJson<'/api/procurement/public/awards', 'get'>['items']>;

export const fetchProjects = (department: string | undefined, year: number) =>
  callApi('get', '/api/procurement/projects', { query: { ...(department ? { department } : {}), year } });
export const fetchProject = (id: string) => callApi('get', '/api/procurement/projects/{id}', { params: { id } });
export const createProject = (year: number, body: ProjectInput) => callApi('post', '/api/procurement/projects', { body: { year, ...body } });
export const updateProject = (id: string, body: ProjectInput) => callApi('put', '/api/procurement/projects/{id}', { params: { id }, body });
export const deleteProject = (id: string) => callApi('delete', '/api/procurement/projects/{id}', { params: { id } });
export const fetchCompliance = (department: string, year: number) =>
  callApi('get', '/api/procurement/departments/{departmentId}/compliance', { params: { departmentId: department }, query: { year } });
export const fetchEvaluations = async (projectId: string) => (await callApi('get', '/api/procurement/projects/{id}/evaluations', { params: { id: projectId } })).items;
export const evaluateBids = (projectId: string, body: EvaluationInput) => callApi('post', '/api/procurement/projects/{id}/evaluations', { params: { id: projectId }, body });
export const previewDeclaration = (q: DeclarationQuery) => callApi('get', '/api/procurement/my/declaration', { query: q });
export const issueDeclaration = (q: NonNullable<ApiBody<'/api/procurement/my/declarations', 'post'>>) => callApi('post', '/api/procurement/my/declarations', { body: q });
export const fetchMyDeclarations = async () => (await callApi('get', '/api/procurement/my/declarations')).items;
export const fetchDeclarationChecks = async () => (await callApi('get', '/api/procurement/declaration-checks')).items;
export const fetchPublicProjects = (year: number) => callApi('get', '/api/procurement/public/projects', { query: { year } });
export const fetchExecution = (year?: number) => callApi('get', '/api/procurement/public/execution', { query: year === undefined ? {} : { year } });
export const fetchAwards = async () => (await callApi('get', '/api/procurement/public/awards')).items;

/** The download address of a declaration preview (the server answers with Content-Disposition: attachment). */
export function declarationDownloadUrl(q: DeclarationQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  params.set('format', 'html');
  return `/api/procurement/my/declaration?${params.toString()}`;
}

export const fetchProjectDeclarations = async (projectId: string) => (await callApi('get', '/api/procurement/projects/{id}/declarations', { params: { id: projectId } })).items;
export const publishAward = (projectId: string, body: NonNullable<ApiBody<'/api/procurement/projects/{id}/awards', 'post'>>) =>
  callApi('post', '/api/procurement/projects/{id}/awards', { params: { id: projectId }, body });
