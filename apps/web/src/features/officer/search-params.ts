import { QUALIFICATION_TAGS, type EnterpriseSearchQuery, type QualificationTag } from '../../api/types';

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

function positiveInt(text: string | null, fallback: number): number {
  if (text === null || !/^\d+$/.test(text)) return fallback;
  const n = Number(text);
  return n >= 1 && Number.isSafeInteger(n) ? n : fallback;
}

/** A search and, past the numbered pages, the key of the last row shown (`after`, the API's nextCursor). */
export type EnterpriseSearchState = EnterpriseSearchQuery & { after?: string };

/** Rows reachable by page number (the API's MAX_OFFSET): deeper pages go by key. */
export const MAX_ROWS_BY_PAGE_NUMBER = 2000;

/** The search lives in the address (`?q=&district=&industry=&tag=&page=&pageSize=&after=`) so back and reload keep it. */
export function queryFromSearchParams(params: URLSearchParams): EnterpriseSearchState {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const query: EnterpriseSearchState = {
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  for (const name of ['q', 'district', 'industry'] as const) {
    const value = text(name);
    if (value) query[name] = value;
  }
  const tag = text('tag');
  if (tag && (QUALIFICATION_TAGS as readonly string[]).includes(tag)) query.tag = tag as QualificationTag;
  const after = text('after');
  if (after) query.after = after;
  return query;
}

/** The address form of a search, leaving out empty fields and the defaults. */
export function searchParamsFromQuery(query: EnterpriseSearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ['q', 'district', 'industry', 'tag'] as const) {
    const value = query[name]?.trim();
    if (value) params.set(name, value);
  }
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  if (query.after) params.set('after', query.after);
  return params;
}
