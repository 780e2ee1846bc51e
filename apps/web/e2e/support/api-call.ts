import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** A JSON call to the API in the page's session (its context's cookies); fails the test on a status other than `status`. */
export async function api<T>(page: Page, method: string, url: string, body: unknown, status: number): Promise<T> {
  const res = await page.request.fetch(url, { method, ...(body === null ? {} : { data: body }) });
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  return JSON.parse(text) as T;
}
