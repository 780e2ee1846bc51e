import { describe, it, expect } from 'vitest';
import { queryFromSearchParams, searchParamsFromQuery } from './search-params';

describe('enterprise search in the address', () => {
  it('reads filters and paging, trimming and dropping empty values', () => {
    expect(queryFromSearchParams(new URLSearchParams('q=%20鹏城%20&district=&industry=C&tag=SPECIALIZED&page=3&pageSize=50'))).toEqual({
      q: '鹏城',
      industry: 'C',
      tag: 'SPECIALIZED',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to page 1 and the default size for nonsense', () => {
    expect(queryFromSearchParams(new URLSearchParams('page=0&pageSize=7'))).toEqual({ page: 1, pageSize: 20 });
    expect(queryFromSearchParams(new URLSearchParams('page=-2&pageSize=abc'))).toEqual({ page: 1, pageSize: 20 });
  });

  it('writes only what differs from the defaults and reads it back unchanged', () => {
    const query = { q: '91440300', district: 'cn-gd-sz-nanshan', page: 2, pageSize: 20 };
    const params = searchParamsFromQuery(query);
    expect(params.toString()).toBe('q=91440300&district=cn-gd-sz-nanshan&page=2');
    expect(queryFromSearchParams(params)).toEqual(query);
    expect(searchParamsFromQuery({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
