import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/publication, read from the generated OpenAPI types. */
export type Draft = ItemOf<ApiJson<'/api/publication/drafts', 'get'>>;
export type DraftStatus = Draft['status'];
export type PolicyChannel = Draft['channel'];
export type DraftCondition = ItemOf<Draft['conditions']>;
/** The amount a policy grants: a money formula in the condition language, tied to an article. */
export type DraftAmount = NonNullable<Draft['amount']>;
export type DraftActionEntry = ItemOf<ApiJson<'/api/publication/drafts/{id}', 'get'>['actions']>;
export type DraftActionType = DraftActionEntry['action'];
export type PublishedPolicy = ItemOf<ApiJson<'/api/public/published-policies', 'get'>>;
/** What the official writes (the body of PUT /api/publication/drafts/:id). */
export type DraftContent = NonNullable<ApiBody<'/api/publication/drafts/{id}', 'put'>>;
export type Vocabulary = ApiJson<'/api/publication/vocabulary', 'get'>;
/** An enterprise fact or a derived variable a condition may read. */
export type VocabularyTerm = ItemOf<Vocabulary['facts']>;
/** How a fact, variable or parameter is written and entered. */
export type TermType = VocabularyTerm['type'];
export type VocabularyParameter = ItemOf<Vocabulary['parameters']>;
export type Comparison = ItemOf<Vocabulary['comparisons']>;
export type ConditionCheck = ApiJson<'/api/publication/check-condition', 'post'>;
export type Preview = ApiJson<'/api/publication/drafts/{id}/preview', 'post'>;
export type ReachView = Preview['base'];
export type ReachGroup = ItemOf<ReachView['byDistrict']>;
export type ReachCounts = Pick<ReachView, 'eligible' | 'unknown' | 'ineligible' | 'outside'>;
export type PreviewInput = NonNullable<ApiBody<'/api/publication/drafts/{id}/preview', 'post'>>;
export type PreviewChange = ItemOf<NonNullable<PreviewInput['changes']>>;

/** The channels and statuses in the order the console lists them (checked against the API's lists). */
export const POLICY_CHANNELS = ['ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY'] as const satisfies readonly PolicyChannel[];
export const DRAFT_STATUSES = ['DRAFTED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED', 'AMENDED', 'WITHDRAWN'] as const satisfies readonly DraftStatus[];
const allListed: [Exclude<PolicyChannel, (typeof POLICY_CHANNELS)[number]> | Exclude<DraftStatus, (typeof DRAFT_STATUSES)[number]>] extends [never] ? true : false = true;
void allListed;

export const fetchPublishedPolicies = (query: ApiQuery<'/api/public/published-policies', 'get'>) => callApi('get', '/api/public/published-policies', { query });

export const fetchDrafts = (status?: DraftStatus) => callApi('get', '/api/publication/drafts', { query: status ? { status } : {} });
export const fetchDraft = (id: string) => callApi('get', '/api/publication/drafts/{id}', { params: { id } });
export const createDraft = (body: NonNullable<ApiBody<'/api/publication/drafts', 'post'>>) => callApi('post', '/api/publication/drafts', { body });
export const updateDraft = (id: string, body: DraftContent) => callApi('put', '/api/publication/drafts/{id}', { params: { id }, body });

export const submitDraft = (id: string) => callApi('post', '/api/publication/drafts/{id}/submit', { params: { id } });
export const returnDraft = (id: string, note: string) => callApi('post', '/api/publication/drafts/{id}/return', { params: { id }, body: { note } });
export const publishDraft = (id: string) => callApi('post', '/api/publication/drafts/{id}/publish', { params: { id } });
export const amendDraft = (id: string) => callApi('post', '/api/publication/drafts/{id}/amend', { params: { id } });
export const withdrawDraft = (id: string, note: string) => callApi('post', '/api/publication/drafts/{id}/withdraw', { params: { id }, body: { note } });

export const previewDraft = (id: string, body: PreviewInput) => callApi('post', '/api/publication/drafts/{id}/preview', { params: { id }, body });

export const fetchVocabulary = () => callApi('get', '/api/publication/vocabulary');
export const checkCondition = (when: string, expect: 'bool' | 'money' = 'bool') => callApi('post', '/api/publication/check-condition', { body: { when, expect } });
