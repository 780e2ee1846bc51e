import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { logIn } from './support/flows';
import { startE2eOidcProvider, signInAtE2eProvider, type E2eOidcProvider } from './support/oidc-provider';
import { screenshot } from './support/screenshots';
import { startTestServer, type TestServer } from './support/server';

/**
 * Enterprise accounts in a real browser against the real server (demo city) and a real OpenID
 * Connect provider on loopback: sign-in through the identity service creates the enterprise's
 * administrator, who adds and removes a colleague; a person whose enterprise is not in the
 * registry gets the bilingual explanation; a self-registration the registry cannot confirm is
 * confirmed by the SME bureau in its queue, and the registrant then signs in.
 */
const SLOW = 600_000;
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function completeUscc(body: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CODE_CHARS.indexOf(body[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return body + CODE_CHARS[(31 - (sum % 31)) % 31]!;
}
const run = Date.now().toString(36).toUpperCase().replace(/[IOZSV]/g, 'X').slice(-5).padStart(5, '0');
const OIDC_ENTERPRISE = completeUscc(`91440300MA5E2E${run.slice(0, 3)}`);
const REGISTERED_ENTERPRISE = completeUscc(`91440300MA5R${run}`);
const UNREGISTERED = completeUscc(`91440300MA5U${run}`);

describe('enterprise accounts in the browser', () => {
  let server: TestServer;
  let provider: E2eOidcProvider;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const open = async (): Promise<Page> => {
    const { context, page } = await newPage(browser, server.baseUrl);
    contexts.push(context);
    return page;
  };

  beforeAll(async () => {
    provider = await startE2eOidcProvider();
    const env: Record<string, string> = {};
    [server, browser] = await Promise.all([startTestServer({ env }), launchBrowser()]);
    // The server's callback URL includes its port, known only now: configure both sides and
    // restart the server (the helper launches with the env object as it is at each start).
    const callback = `${server.baseUrl}/api/auth/oidc/callback`;
    await provider.configure(callback);
    Object.assign(env, { HUIQI_OIDC_ISSUER: provider.issuer, HUIQI_OIDC_CLIENT_ID: provider.clientId, HUIQI_OIDC_CLIENT_SECRET: provider.clientSecret, HUIQI_OIDC_REDIRECT_URL: callback });
    await server.restart();
    // Two enterprises with no accounts yet, registered by the bureau (data intake would import them).
    const bureau = await open();
    await logIn(bureau, 'bureau');
    for (const [uscc, name] of [[OIDC_ENTERPRISE, '深圳市统一认证演示有限公司'], [REGISTERED_ENTERPRISE, '深圳市自助注册演示有限公司']]) {
      const res = await bureau.request.post('/api/enterprises', {
        data: { uscc, name, registeredAddress: '深圳市南山区科技园 1 号', district: 'cn-gd-sz-nanshan', industryCode: 'I65', registrationDate: '2021-05-06', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    provider.accounts.set('boss', { uscc: OIDC_ENTERPRISE, name: '龙老板' });
    provider.accounts.set('outsider', { uscc: UNREGISTERED, name: '外来人' });
  }, SLOW);

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.dispose(), provider?.close()]);
  });

  it('signs in through the identity service as the enterprise\'s administrator, who adds and removes a colleague', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByTestId('oidc-login').filter({ hasText: '通过统一身份认证登录' }).click();
    await signInAtE2eProvider(page, 'boss');
    await page.getByTestId('side-menu').waitFor();
    await page.getByTestId('side-menu').getByText('账号管理').click();
    const table = page.getByTestId('staff-table');
    await table.getByText('龙老板').waitFor();
    const adminRow = table.locator('tr', { hasText: '龙老板' });
    expect(await adminRow.innerText()).toContain('管理员');
    expect(await adminRow.innerText()).toContain('统一身份认证');

    await page.getByTestId('staff-add').click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('姓名').fill('龙出纳');
    await dialog.getByLabel('登录用户名').fill(`clerk-${run.toLowerCase()}`);
    await dialog.getByLabel('初始密码').fill('clerk-pass-12345');
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click(); // antd spaces two-character labels (添 加)
    await table.getByText('龙出纳').waitFor();
    await screenshot(page, 'accounts-staff');

    const clerk = await open();
    await logIn(clerk, `clerk-${run.toLowerCase()}`, 'clerk-pass-12345');
    await clerk.goto('/accounts/staff');
    await clerk.getByText('只有本企业的管理员可以添加或删除账号').waitFor();

    await page.getByTestId(`staff-remove-clerk-${run.toLowerCase()}`).click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await table.getByText('龙出纳').waitFor({ state: 'detached' });
    await clerk.reload();
    await clerk.locator('#username').waitFor(); // the removed colleague's session ended: back to the login form
  }, SLOW);

  it('explains in Chinese and English why someone whose enterprise is not in the registry cannot sign in', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByTestId('oidc-login').click();
    await signInAtE2eProvider(page, 'outsider');
    const reason = page.getByTestId('oidc-failed-reason');
    await reason.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login/oidc-failed');
    expect(await reason.innerText()).toContain('企业名录中还没有您的企业');
    expect(await reason.innerText()).toContain('Your enterprise is not in the registry yet');
    await screenshot(page, 'accounts-oidc-failed');
  }, SLOW);

  it('registers an account the registry cannot confirm; the SME bureau confirms it; the registrant signs in', async () => {
    const page = await open();
    await page.goto('/login');
    await page.getByTestId('register-link').click();
    await page.getByLabel('统一社会信用代码').fill(REGISTERED_ENTERPRISE.toLowerCase());
    await page.getByLabel('法定代表人姓名').fill('雷法人');
    await page.getByLabel('您的姓名').fill('雷经理');
    await page.getByLabel('登录用户名').fill(`lei-${run.toLowerCase()}`);
    await page.getByLabel('密码', { exact: true }).fill('lei-pass-123456');
    await page.getByLabel('再次输入密码').fill('lei-pass-123456');
    await page.getByRole('button', { name: '提交注册' }).click();
    await page.getByTestId('register-result').filter({ hasText: '注册申请已提交' }).waitFor();

    const bureau = await open();
    await logIn(bureau, 'bureau');
    await bureau.getByTestId('side-menu').getByText('企业注册审核').click();
    const row = bureau.getByTestId('registration-queue').locator('tr', { hasText: '深圳市自助注册演示有限公司' });
    await row.getByText('登记信息中无法定代表人').waitFor();
    await row.getByRole('button', { name: '确认开通' }).click();
    await row.waitFor({ state: 'detached' });
    await screenshot(bureau, 'accounts-registration-queue');

    await logIn(page, `lei-${run.toLowerCase()}`, 'lei-pass-123456');
    await page.goto('/accounts/staff');
    await page.getByTestId('staff-table').getByText('雷经理').waitFor();
  }, SLOW);
});
