import type { ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/law, read from the generated OpenAPI types. */
export type LawWork = ItemOf<ApiJson<'/api/law/works', 'get'>['items']>;
export type LawVersion = ItemOf<LawWork['versions']>;
export type LawStatus = LawWork['status'];
export type LawTree = ApiJson<'/api/law/works/{workKey}/versions/{version}', 'get'>;
export type LawNode = ItemOf<LawTree['nodes']>;
export type LawParagraph = ItemOf<Extract<LawNode, { kind: 'article' }>['paragraphs']>;
export type LawItem = ItemOf<LawParagraph['items']>;
export type LawSubItem = ItemOf<LawItem['subitems']>;
/** What implements an article on the platform: a policy rule, a parameter, a program, or rule cases. */
export type LawImplementation = ItemOf<LawTree['implementations'][string]>;
export type LawResolved = ApiJson<'/api/law/resolve', 'get'>;
export type LawSearchHit = ItemOf<ApiJson<'/api/law/search', 'get'>['hits']>;
export type LawDiff = ApiJson<'/api/law/diff', 'get'>;
export type DiffPair = ItemOf<LawDiff['pairs']>;
export type DiffKind = DiffPair['kind'];
export type DiffMove = ItemOf<LawDiff['moves']>;
export type DiffRef = NonNullable<DiffPair['old']>;

export async function fetchLawWorks(): Promise<LawWork[]> {
  return (await callApi('get', '/api/law/works')).items;
}

export function fetchLawTree(workKey: string, version: string): Promise<LawTree> {
  return callApi('get', '/api/law/works/{workKey}/versions/{version}', { params: { workKey, version } });
}

export function resolveLaw(address: string, date?: string): Promise<LawResolved> {
  return callApi('get', '/api/law/resolve', { query: { address, ...(date ? { date } : {}) } });
}

export async function searchLaw(q: string, scope: { work?: string; version?: string } = {}): Promise<LawSearchHit[]> {
  return (await callApi('get', '/api/law/search', { query: { q, ...scope } })).hits;
}

export function fetchLawDiff(work: string, oldVersion: string, newVersion: string): Promise<LawDiff> {
  return callApi('get', '/api/law/diff', { query: { work, old: oldVersion, new: newVersion } });
}

/** The self-contained HTML page of a comparison (opened in a new tab). */
export function lawDiffHtmlUrl(work: string, oldVersion: string, newVersion: string): string {
  const params = new URLSearchParams({ work, old: oldVersion, new: newVersion, format: 'html' });
  return `/api/law/diff?${params.toString()}`;
}
