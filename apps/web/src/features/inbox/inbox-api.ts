import type { ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** A notice of the enterprise's inbox, read from the generated OpenAPI types. */
export type Notice = ItemOf<ApiJson<'/api/publication/inbox', 'get'>['notices']>;

export const fetchInbox = () => callApi('get', '/api/publication/inbox');
export const markRead = (id: number) => callApi('post', '/api/publication/inbox/{id}/read', { params: { id } });
