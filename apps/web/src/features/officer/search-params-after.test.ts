import { describe, expect, it } from 'vitest';
import { queryFromSearchParams, searchParamsFromQuery } from './search-params';
import { searchMessages } from './search-messages';

describe('enterprise search past the numbered pages', () => {
  it('keeps the key of the last row shown (after) in the address, and drops it when empty', () => {
    const q = queryFromSearchParams(new URLSearchParams('q=鹏城&district=cn-gd-sz-nanshan&after=WyLmt7HlnLMiLCI5MTQ0Il0'));
    expect(q).toEqual({ q: '鹏城', district: 'cn-gd-sz-nanshan', page: 1, pageSize: 20, after: 'WyLmt7HlnLMiLCI5MTQ0Il0' });
    expect(searchParamsFromQuery(q).toString()).toBe('q=%E9%B9%8F%E5%9F%8E&district=cn-gd-sz-nanshan&after=WyLmt7HlnLMiLCI5MTQ0Il0');
    expect(searchParamsFromQuery({ ...q, after: undefined }).has('after')).toBe(false);
    expect(queryFromSearchParams(new URLSearchParams('after=')).after).toBeUndefined();
  });

  it('says an estimated total is an estimate, in both languages', () => {
    expect(searchMessages.zh['search.totalEstimated']).toMatch(/约.*估算/);
    expect(searchMessages.en['search.totalEstimated']).toMatch(/About .*estimated/);
  });
});
