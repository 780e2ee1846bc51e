import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './support/browser';
import { signIn } from './support/flows';
import { REPO_ROOT } from './support/repo-root';
import { startTestServer, type TestServer } from './support/server';

/**
 * 专精特新 recognition in a real browser against the real server (demo city, issue 17): a 南山区 enterprise
 * (registered and confirmed by the bureau, its figures entered) assesses itself and applies — refused first
 * without the declaration, then accepted with both required files; the 南山区 officer passes 初审, the city
 * bureau passes its review, draws two experts and enters their scoring sheets, and publishes the 公示; a member
 * of the public objects on the public 公示 page and the bureau answers; recognition is refused while the period
 * runs. Then the server runs on the day after the period (its clock shifted by a test preload): the bureau
 * recognises the enterprise, which sees its certificate with the validity, and the 小巨人 policy that requires
 * the 专精特新 title is eligible from that day (小巨人 self-assessment and 我的政策), not the day before.
 *
 * The demo round closes on 31 December and the working-day calendar has data up to the end of 2026: the test
 * needs a day whose 公示 period (5 working days from the next day) ends within the calendar's years.
 */
const SLOW = 600_000;
const WAIT = { timeout: 120_000 };
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const DAY = 86_400_000;
const beijingDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const wan = (n: number) => n * 10_000 * 100;
/**
 * 公示 is counted in working days on the official calendar, which has data up to the latest State
 * Council notice (packages/calendar/data/cn). From about ten days before a year without data the
 * period cannot be counted (the app refuses it, as it should), so the test waits for that year's file.
 */
const CALENDAR_YEAR_NEEDED = Number(beijingDate(Date.now() + 10 * DAY).slice(0, 4));
const HAS_CALENDAR = existsSync(join(REPO_ROOT, 'packages', 'calendar', 'data', 'cn', `${CALENDAR_YEAR_NEEDED}.yaml`));
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A credit code with its check character (GB 32100). */
function completeUscc(body: string): string {
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CODE_CHARS.indexOf(body[i]!) * weight;
    weight = (weight * 3) % 31;
  }
  return body + CODE_CHARS[(31 - (sum % 31)) % 31]!;
}
/** A 南山区 manufacturer with the 创新型 title and no 专精特新 title yet (the demo enterprise already holds one). */
const FIRM = completeUscc('91440300MA5CJG001');
const FIRM_NAME = '深圳市精工微电机科技有限公司';
const FIRM_USER = 'zjtx-firm';
const FIRM_PASSWORD = 'zjtx-firm-pass-12345';

/** The enterprise and its account, set up through the app's own API: the bureau registers it, its manager registers, the bureau confirms. */
async function registerFirm(bureau: Page, anonymous: Page): Promise<void> {
  const created = await bureau.request.post('/api/enterprises', {
    data: { uscc: FIRM, name: FIRM_NAME, registeredAddress: '深圳市南山区西丽街道测试路 8 号', district: 'cn-gd-sz-nanshan', industryCode: 'C3812', registrationDate: '2017-04-10', taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: ['INNOVATIVE_SME'] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const registered = await anonymous.request.post('/api/accounts/registrations', { data: { uscc: FIRM, legalRepresentativeName: '周法人', displayName: '周经理', username: FIRM_USER, password: FIRM_PASSWORD } });
  expect(registered.status(), await registered.text()).toBe(201);
  const pending = (await (await bureau.request.get('/api/accounts/registrations?status=PENDING')).json()) as { items: { id: string; uscc: string }[] };
  const mine = pending.items.find((x) => x.uscc === FIRM);
  if (mine) expect((await bureau.request.post(`/api/accounts/registrations/${mine.id}/confirm`)).status()).toBe(200);
}

/** The enterprise's own figures and declared facts, entered elsewhere (企业信息, 我的政策) before it assesses itself. */
async function enterpriseData(firm: Page): Promise<void> {
  const put = async (url: string, data: object) => {
    const r = await firm.request.put(`/api/enterprises/${FIRM}/${url}`, { data });
    expect(r.status(), await r.text()).toBe(200);
  };
  await put('figures/2025', { employees: 85, revenueFen: wan(5300), totalAssetsFen: wan(4000), rdExpenseFen: wan(700), mainBusinessRevenueFen: wan(5120) });
  await put('figures/2023', { employees: 78, revenueFen: wan(4200), totalAssetsFen: wan(3100), rdExpenseFen: wan(500), mainBusinessRevenueFen: wan(4050) });
  await put('figures/2024', { employees: 82, revenueFen: wan(4800), totalAssetsFen: wan(3600), rdExpenseFen: wan(600), mainBusinessRevenueFen: wan(4630) });
  await put('declared-facts/2025', { facts: { yearsInNicheMarket: 6, ipClass1Count: 5, marketShare: '0.12', littleGiantScore: 72, specializedScore: 70, totalLiabilities: wan(1000) } });
}

/** Picks 小巨人 in the self-assessment and waits for its criteria (the title criterion is only in that tier): its status. */
async function assessLittleGiant(firm: Page): Promise<string> {
  await firm.getByTestId('assessment-tier').getByText('专精特新“小巨人”企业', { exact: true }).click();
  await firm.getByTestId('criterion-specialized_title').waitFor(WAIT);
  return firm.getByTestId('assessment-status').innerText();
}

/** Opens the demo enterprise's application in the review console. */
async function openApplication(officer: Page): Promise<void> {
  await officer.goto('/console/cultivation');
  await officer.locator('tr', { hasText: FIRM_NAME }).getByTestId('console-open').first().click();
  await officer.getByTestId('cultivation-review').waitFor(WAIT);
}

const status = (page: Page) => page.getByTestId('review-status').innerText();

async function pickExpert(officer: Page, index: number): Promise<void> {
  await officer.getByTestId('review-expert').click();
  const option = officer.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).nth(index);
  const name = await option.innerText();
  await option.click();
  await expect.poll(() => officer.getByTestId('review-expert').innerText(), WAIT).toContain(name);
}

describe.skipIf(!HAS_CALENDAR)('专精特新 recognition in the browser', () => {
  let server: TestServer;
  let later: TestServer | undefined;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  }, 600_000); // builds the demo-city template first when this run has none
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), later?.dispose(), server?.dispose()]);
  });

  it('an enterprise applies; district, city and two experts pass it; 公示 with one objection answered; recognised, and the 小巨人 policy is eligible from that day', async () => {
    const today = beijingDate(Date.now());

    // 1. The enterprise (its figures entered) assesses itself for 专精特新, article by article, and for
    //    小巨人, which it does not meet yet: it lacks the 专精特新 title.
    const { page: bureau } = await newPage(browser, server.baseUrl);
    await signIn(bureau, 'bureau');
    const { page: firm } = await newPage(browser, server.baseUrl);
    await registerFirm(bureau, firm);
    await signIn(firm, FIRM_USER, FIRM_PASSWORD);
    await enterpriseData(firm);
    await firm.goto('/cultivation');
    await firm.getByTestId('assessment-status').waitFor(WAIT);
    expect(await firm.getByTestId('assessment-criteria').locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await assessLittleGiant(firm)).toBe('尚有条件不满足');
    expect(await firm.getByTestId('criterion-specialized_title').getAttribute('data-met')).toBe('false');
    await firm.getByTestId('assessment-tier').getByText('专精特新中小企业', { exact: true }).click();
    await firm.getByTestId('criterion-specialized_title').waitFor({ state: 'detached', ...WAIT });

    // 2. It applies: without the declaration the application is refused and names the missing file; with it, accepted.
    await firm.getByTestId('apply-attachment-FINANCIAL_STATEMENTS').locator('input[type=file]').setInputFiles({ name: '2025年度审计报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await firm.getByTestId('apply-uploaded-FINANCIAL_STATEMENTS').waitFor(WAIT);
    await firm.getByTestId('cultivation-apply').click();
    await expect.poll(() => firm.getByTestId('apply-error').innerText(), WAIT).toContain('真实性声明');
    await firm.getByTestId('apply-attachment-DECLARATION').locator('input[type=file]').setInputFiles({ name: '真实性声明.pdf', mimeType: 'application/pdf', buffer: PDF });
    await firm.getByTestId('apply-uploaded-DECLARATION').waitFor(WAIT);
    await firm.getByTestId('cultivation-apply').click();
    await firm.getByTestId('apply-done').waitFor(WAIT);
    await expect.poll(() => firm.getByTestId('mine-status').allInnerTexts(), WAIT).toEqual(['待区级初审']);

    // 3. 初审 by the enterprise's district (南山区), then the city's review.
    const { page: district } = await newPage(browser, server.baseUrl);
    await signIn(district, 'dept-nanshan');
    await openApplication(district);
    expect(await district.getByTestId('cultivation-review').innerText()).toContain('真实性声明和合规承诺');
    await district.getByTestId('review-opinion').fill('材料齐全，同意推荐');
    await district.getByTestId('review-pass').click();
    await expect.poll(() => status(district), WAIT).toBe('待市级审核');

    await openApplication(bureau);
    expect(await bureau.getByTestId('cultivation-review').innerText()).toContain('区级初审：材料齐全，同意推荐');
    await bureau.getByTestId('review-opinion').fill('同意，进入专家评审');
    await bureau.getByTestId('review-pass').click();
    await expect.poll(() => status(bureau), WAIT).toBe('待分配评审专家');

    // 4. Two experts are drawn (the seed shown for re-running the draw) and their sheets entered.
    await bureau.getByTestId('review-draw').click();
    await expect.poll(() => status(bureau), WAIT).toBe('专家评审中');
    expect(await bureau.getByTestId('cultivation-review').innerText()).toMatch(/随机种子（可复验）：[0-9a-f]{64}/);
    const sheet = { specialization: '20', refinement: '20', distinctiveness: '10', innovation: '25' };
    for (const index of [0, 1]) {
      await pickExpert(bureau, index);
      for (const [criterion, points] of Object.entries(sheet)) await bureau.getByTestId(`review-score-${criterion}`).fill(points);
      await bureau.getByTestId('review-score-submit').click();
      await expect.poll(() => bureau.getByTestId('cultivation-review').innerText(), WAIT).toContain(`已录入评分表 ${index + 1}/2 份`);
    }
    expect(await bureau.getByTestId('review-scores').innerText()).toMatch(/^\S+（演示） 75 分、\S+（演示） 75 分$/);

    // 5. 公示 from the next day for 5 working days; recognition is refused while it runs.
    await bureau.getByTestId('review-publicity-start').click();
    await expect.poll(() => status(bureau), WAIT).toBe('公示中');
    expect(await bureau.getByTestId('review-aggregate').innerText()).toBe('75');
    const until = (await bureau.getByTestId('review-publicity').getAttribute('data-until'))!;
    expect(until > today).toBe(true);
    await bureau.getByTestId('review-certificate-number').fill('SZZJTX-E2E-0001');
    await bureau.getByTestId('review-recognise').click();
    await expect.poll(() => bureau.getByTestId('review-error').innerText(), WAIT).toContain(`公示期至 ${until}`);

    // 6. A member of the public objects on the public 公示 page; the bureau answers.
    const { page: citizen } = await newPage(browser, server.baseUrl);
    await citizen.goto('/public/cultivation-notices');
    const notice = citizen.getByTestId('publicity-item').filter({ hasText: FIRM_NAME });
    await notice.waitFor(WAIT);
    expect(await notice.innerText()).toContain(`公示期至 ${until}`);
    await notice.getByTestId('objection-text').fill('该企业研发费用数据存疑');
    await notice.getByTestId('objection-send').click();
    await notice.getByTestId('objection-sent').waitFor(WAIT);

    await openApplication(bureau);
    const objection = bureau.getByTestId('review-objection').filter({ hasText: '该企业研发费用数据存疑' });
    await objection.getByTestId('review-answer-text').fill('经核查审计报告，研发费用属实');
    await objection.getByTestId('review-answer').click();
    await expect.poll(() => objection.getByTestId('review-objection-answer').innerText(), WAIT).toContain('答复：经核查审计报告，研发费用属实');

    // 7. The day after the period: the server runs with its clock shifted; the bureau recognises the enterprise.
    const recognisedOn = beijingDate((dayNumber(until) + 1) * DAY);
    const shift = dayNumber(until) + 1 - dayNumber(today);
    await server.stop();
    later = await startTestServer({ dataDir: server.dataDir, env: { NODE_OPTIONS: `--import ${pathToFileURL(join(REPO_ROOT, 'apps/web/e2e/support/shift-clock.mjs')).href}`, HUIQI_E2E_CLOCK_SHIFT_DAYS: String(shift) } });
    const { page: bureau2 } = await newPage(browser, later.baseUrl);
    await signIn(bureau2, 'bureau');
    await openApplication(bureau2);
    await bureau2.getByTestId('review-certificate-number').fill('SZZJTX-E2E-0001');
    await bureau2.getByTestId('review-recognise').click();
    await expect.poll(() => status(bureau2), WAIT).toBe('已认定');
    const validUntil = beijingDate((dayNumber(`${Number(recognisedOn.slice(0, 4)) + 3}${recognisedOn.slice(4)}`) - 1) * DAY);
    expect(await bureau2.getByTestId('review-certificate').innerText()).toBe(`SZZJTX-E2E-0001，${recognisedOn} 至 ${validUntil}`);

    // 8. The enterprise sees its certificate with the validity; 小巨人 is now met in its self-assessment and
    //    eligible in 我的政策 from the recognition date, and not the day before.
    const { page: firm2 } = await newPage(browser, later.baseUrl);
    await signIn(firm2, FIRM_USER, FIRM_PASSWORD);
    await firm2.goto('/cultivation');
    await expect.poll(() => firm2.getByTestId('mine-status').allInnerTexts(), WAIT).toEqual(['已认定']);
    expect(await firm2.getByTestId('mine-certificate').innerText()).toBe(`SZZJTX-E2E-0001，${recognisedOn} 至 ${validUntil}`);
    await firm2.getByTestId('assessment-status').waitFor(WAIT);
    expect(await assessLittleGiant(firm2)).toBe('满足全部条件');
    expect(await firm2.getByTestId('criterion-specialized_title').getAttribute('data-met')).toBe('true');

    await firm2.goto('/me/policies');
    const littleGiant = firm2.getByTestId('policy-little-giant');
    await expect.poll(() => littleGiant.getAttribute('data-status'), WAIT).toBe('ELIGIBLE');
    const dayBefore = beijingDate((dayNumber(recognisedOn) - 1) * DAY);
    const picker = firm2.locator('input[data-testid="policies-date"], [data-testid="policies-date"] input').first();
    await picker.click();
    await picker.fill(dayBefore);
    await picker.press('Enter');
    await expect.poll(() => new URL(firm2.url()).searchParams.get('date'), WAIT).toBe(dayBefore);
    await expect.poll(() => littleGiant.getAttribute('data-status'), WAIT).toBe('INELIGIBLE');
  }, SLOW);
});
