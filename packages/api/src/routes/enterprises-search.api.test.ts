import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

describeEachEngine('enterprise list paged by key', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookie(user) } });

  it('follows nextCursor page by page, says whether the total is exact, and refuses deep page numbers and bad cursors in both languages', async () => {
    const first = (await get('bureau', '/api/enterprises?pageSize=1')).json();
    expect(first.totalEstimated).toBe(false);
    const seen: string[] = first.items.map((e: { uscc: string }) => e.uscc);
    let cursor: string | null = first.nextCursor;
    while (cursor) {
      const page = (await get('bureau', `/api/enterprises?pageSize=1&after=${encodeURIComponent(cursor)}`)).json();
      seen.push(...page.items.map((e: { uscc: string }) => e.uscc));
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(first.total);
    expect(new Set(seen).size).toBe(seen.length);

    const deep = await get('bureau', '/api/enterprises?page=5000&pageSize=20');
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.message.zh).toMatch(/下一页/);
    expect(deep.json().error.details).toEqual({ maxOffset: 2000 });
    const bad = await get('bureau', '/api/enterprises?after=not-a-cursor');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message.en).toMatch(/cursor/);
  });
});
