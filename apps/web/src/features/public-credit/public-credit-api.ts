import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of the public-credit routes (tag `credit`), read from the generated OpenAPI types. */
export type PublicMarkView = ItemOf<ApiJson<'/api/credit/public-marks', 'get'>['items']>;
export type MyMarkView = ItemOf<ApiJson<'/api/credit/my-marks', 'get'>['items']>;
export type MarkView = ApiJson<'/api/credit/marks/{id}', 'get'>;
export type RepairView = ItemOf<ApiJson<'/api/credit/repairs', 'get'>['items']>;
export type RepairMeasureOption = ItemOf<ApiJson<'/api/credit/my-marks', 'get'>['measures']>;
export type RepairInput = NonNullable<ApiBody<'/api/credit/repairs', 'post'>>;
export type RepairActionInput = NonNullable<ApiBody<'/api/credit/repairs/{id}/actions', 'post'>>;
export type PenaltyMarkInput = NonNullable<ApiBody<'/api/credit/marks/from-inspection', 'post'>>;
export type ObjectionView = ItemOf<ApiJson<'/api/credit/objections', 'get'>['items']>;
export type ObjectionInput = NonNullable<ApiBody<'/api/credit/objections', 'post'>>;
export type ObjectionDecisionInput = NonNullable<ApiBody<'/api/credit/objections/{id}/decision', 'post'>>;
export type ArrearsMarkInput = NonNullable<ApiBody<'/api/credit/marks/from-arrears', 'post'>>;

export const fetchPublicMarks = (after?: string) => callApi('get', '/api/credit/public-marks', { query: after ? { after } : {} });
export const fetchMyMarks = () => callApi('get', '/api/credit/my-marks');
export const applyForRepair = (body: RepairInput) => callApi('post', '/api/credit/repairs', { body });
export const fetchRepairs = (openOnly: boolean) => callApi('get', '/api/credit/repairs', { query: openOnly ? { open: 'true' } : {} });
export const fetchRepair = (repairId: string) => callApi('get', '/api/credit/repairs/{id}', { params: { id: repairId } });
export const actOnRepair = (repairId: string, body: RepairActionInput) => callApi('post', '/api/credit/repairs/{id}/actions', { params: { id: repairId }, body });
export const recordArrearsMark = (body: ArrearsMarkInput) => callApi('post', '/api/credit/marks/from-arrears', { body });
export const recordPenaltyMark = (body: PenaltyMarkInput) => callApi('post', '/api/credit/marks/from-inspection', { body });
export const fetchObjections = () => callApi('get', '/api/credit/objections');
export const fileObjection = (body: ObjectionInput) => callApi('post', '/api/credit/objections', { body });
export const decideObjection = (objectionId: string, body: ObjectionDecisionInput) => callApi('post', '/api/credit/objections/{id}/decision', { params: { id: objectionId }, body });
export const fetchAllMarks = () => callApi('get', '/api/credit/marks');
