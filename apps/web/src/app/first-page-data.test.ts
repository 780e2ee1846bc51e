import { afterEach, describe, expect, it } from 'vitest';
import { setFetch } from '../api/client';
import type { Me } from '../api/types';
import { fetchHome } from '../features/home/home-api';
import { fetchCalculatorForm, fetchEligibility } from '../features/policies/policies-api';
import { firstPageData } from './first-page-data';

/** The address a page's own data call asks for. */
async function addressOf(call: () => Promise<unknown>): Promise<string> {
  const urls: string[] = [];
  setFetch(async (url) => {
    urls.push(url);
    return new Response('{}', { status: 200 });
  });
  await call();
  return urls[0]!;
}

afterEach(() => setFetch((input, init) => fetch(input, init)));

const enterprise = { role: 'ENTERPRISE', uscc: '91440300MA5HQ1PC0C', institutionId: null } as unknown as Me;
const bureau = { role: 'SME_BUREAU', uscc: null, institutionId: null } as unknown as Me;
const at = (pathname: string, search = '') => ({ pathname, search });

describe('the data of a first page: drawn into it by the server, or asked for with the session check', () => {
  it("工作台: the role's own home", () => {
    expect(firstPageData(at('/home'), enterprise)).toEqual(['/api/home/enterprise']);
    expect(firstPageData(at('/home'), bureau)).toEqual(['/api/home/bureau']);
  });

  it("我的政策: the enterprise's eligibility with explanations, as the page asks for it without a date", () => {
    expect(firstPageData(at('/me/policies'), enterprise)).toEqual(['/api/enterprises/91440300MA5HQ1PC0C/eligibility?explain=1']);
    expect(firstPageData(at('/me/policies', '?date=2026-01-01'), enterprise)).toEqual([]);
    expect(firstPageData(at('/me/policies'), bureau)).toEqual([]);
  });

  it('the addresses are those the pages themselves ask for, so they take the early answers', async () => {
    expect(firstPageData(at('/home'), enterprise)).toEqual([await addressOf(() => fetchHome('enterprise'))]);
    expect(firstPageData(at('/me/policies'), enterprise)).toEqual([await addressOf(() => fetchEligibility(enterprise.uscc!, null))]);
  });

  it("the policy calculator's choices, for anyone, as the page asks for them", async () => {
    expect(firstPageData(at('/policy-calculator'), null)).toEqual([await addressOf(() => fetchCalculatorForm())]);
    expect(firstPageData(at('/policy-calculator'), enterprise)).toEqual(['/api/public/policy-calculator']);
  });

  it('nothing for a visitor elsewhere, nor for other pages', () => {
    expect(firstPageData(at('/home'), null)).toEqual([]);
    expect(firstPageData(at('/'), enterprise)).toEqual([]);
    expect(firstPageData(at('/benefits'), enterprise)).toEqual([]);
  });
});
