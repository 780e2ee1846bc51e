import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/inspections, read from the generated OpenAPI types. */
export type Item = ItemOf<ApiJson<'/api/inspections/items', 'get'>['items']>;
export type Method = Item['method'];
export type ItemInput = NonNullable<ApiBody<'/api/inspections/items', 'post'>>;
export type Plan = ItemOf<ApiJson<'/api/inspections/plans', 'get'>['items']>;
export type PlanStatus = Plan['status'];
export type PlanDetail = ApiJson<'/api/inspections/plans/{id}', 'get'>;
export type Target = ItemOf<PlanDetail['targets']>;
export type PlanInput = NonNullable<ApiBody<'/api/inspections/plans', 'post'>>;
export type DefaultRatio = ItemOf<ApiJson<'/api/inspections/sampling-ratios', 'get'>['items']>;
export type Inspector = ItemOf<ApiJson<'/api/inspections/inspectors', 'get'>['items']>;
/** What the enterprise sees of a task code: no ids, codes or law addresses. */
export type TaskView = ApiJson<'/api/inspections/task-code/check', 'post'>;
export type RegisteredVisit = ApiJson<'/api/inspections/visits', 'post'>;
/** A visit of the department's list (no task-code picture). */
export type Visit = ItemOf<ApiJson<'/api/inspections/visits', 'get'>['items']>;
export type InspectionResult = ItemOf<ApiJson<'/api/inspections/results', 'get'>['items']>;
export type Outcome = InspectionResult['outcome'];
export type PenaltyStatus = NonNullable<InspectionResult['penalty']>['status'];
export type Publication = InspectionResult['publication'];
export type Citation = ItemOf<NonNullable<InspectionResult['penalty']>['cites']>;
export type ResultInput = NonNullable<ApiBody<'/api/inspections/visits/{id}/result', 'post'>>;
export type PublicResult = ItemOf<ApiJson<'/api/inspections/public/results', 'get'>['items']>;
export type MinorViolationEntry = ItemOf<ApiJson<'/api/inspections/minor-violations', 'get'>['entries']>;
export type Oversight = ApiJson<'/api/inspections/oversight', 'get'>;
export type FrequencyWarning = ItemOf<Oversight['warnings']>;

/** The outcomes in the order the result form lists them (checked against the API's list both ways). */
export const OUTCOMES = ['NO_PROBLEM', 'PROBLEM_FOUND', 'ORDERED_TO_RECTIFY', 'CASE_OPENED'] as const satisfies readonly Outcome[];
const allOutcomesListed: [Exclude<Outcome, (typeof OUTCOMES)[number]>] extends [never] ? true : false = true;
void allOutcomesListed;

export const fetchItems = (department?: string) => callApi('get', '/api/inspections/items', { query: department ? { department } : {} });
export const createItem = (input: ItemInput) => callApi('post', '/api/inspections/items', { body: input });
export const publishItem = (id: string) => callApi('post', '/api/inspections/items/{id}/publish', { params: { id } });
export const fetchPublicItems = () => callApi('get', '/api/inspections/public/items').then((r) => r.items);
export const fetchPlans = () => callApi('get', '/api/inspections/plans');
export const fetchPlan = (id: string) => callApi('get', '/api/inspections/plans/{id}', { params: { id } });
export const createPlan = (input: PlanInput) => callApi('post', '/api/inspections/plans', { body: input });
export const commitPlan = (id: string) => callApi('post', '/api/inspections/plans/{id}/commit', { params: { id } });
export const drawPlan = (id: string) => callApi('post', '/api/inspections/plans/{id}/draw', { params: { id } });
export const fetchDefaultRatios = (jurisdiction: string) => callApi('get', '/api/inspections/sampling-ratios', { query: { jurisdiction } }).then((r) => r.items);
export const fetchPublicPlans = () => callApi('get', '/api/inspections/public/plans').then((r) => r.items);
export const fetchPublicPlan = (id: string) => callApi('get', '/api/inspections/public/plans/{id}', { params: { id } });

export const fetchInspectors = () => callApi('get', '/api/inspections/inspectors').then((r) => r.items);
export const saveInspector = (id: string, body: NonNullable<ApiBody<'/api/inspections/inspectors/{id}', 'put'>>) => callApi('put', '/api/inspections/inspectors/{id}', { params: { id }, body });

export const checkTaskCode = (code: string) => callApi('post', '/api/inspections/task-code/check', { body: { code } });
export const rateTask = (code: string, score: number) => callApi('post', '/api/inspections/task-code/rate', { body: { code, score } });
export const complainTask = (code: string, description: string) => callApi('post', '/api/inspections/task-code/complain', { body: { code, description } });

type VisitInput = NonNullable<ApiBody<'/api/inspections/visits', 'post'>>;
export const registerVisit = (body: VisitInput) => callApi('post', '/api/inspections/visits', { body });
export const fetchVisits = (department: string) => callApi('get', '/api/inspections/visits', { query: { department } }).then((r) => r.items);
export const closeVisit = (id: string) => callApi('post', '/api/inspections/visits/{id}/close', { params: { id } });
export const registerEmergencyVisit = (body: VisitInput) => callApi('post', '/api/inspections/visits', { body });

export const recordResult = (visitId: string, body: ResultInput) => callApi('post', '/api/inspections/visits/{id}/result', { params: { id: visitId }, body });
export const publishResult = (visitId: string) => callApi('post', '/api/inspections/visits/{id}/result/publish', { params: { id: visitId } });
export const fetchResults = (department: string) => callApi('get', '/api/inspections/results', { query: { department } }).then((r) => r.items);
export const fetchPublicResults = () => callApi('get', '/api/inspections/public/results').then((r) => r.items);
export const fetchMinorViolations = (department: string) => callApi('get', '/api/inspections/minor-violations', { query: { department } }).then((r) => r.entries);

export const fetchOversight = (year: number) => callApi('get', '/api/inspections/oversight', { query: { year: String(year) } });
export const reportUnregisteredVisit = (body: NonNullable<ApiBody<'/api/inspections/my/unregistered-visits', 'post'>>) =>
  callApi('post', '/api/inspections/my/unregistered-visits', { body });
