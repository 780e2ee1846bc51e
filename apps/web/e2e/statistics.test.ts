import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { signIn } from './support/flows';

/**
 * 统计监测与年度报告 (issue 23) in a real browser against the real server (demo city): the SME bureau
 * opens the indicators for December of the demo year (the year before this one) and drills into the
 * largest district; generates that year's annual report, writes 问题及对策 (saved, still there after a
 * reload), downloads the DOCX and the PDF and finds in both the five section headings of 第六条, the
 * city's SME count the indicators page showed and the text just written; then publishes December by
 * hand as the month's release, and records and publishes an audit of one of this year's funds. An anonymous
 * visitor sees that release's tables with a cell hidden (disclosure control), also in its CSV, and the audit
 * under its fund in the funds disclosure.
 */
const SLOW = 600_000;
const WAIT = { timeout: 120_000 };
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1;
const AUDITOR = `深圳市审计局（${YEAR + 1}年浏览器测试）`;
const PROBLEMS = `融资难仍较突出：首贷户占比偏低（${YEAR}年浏览器测试）。\n对策：扩大信用贷款和首贷贴息覆盖面。`;

/** The five contents of the report (深圳 draft 第六条), as its sections are headed. */
const SECTIONS = [
  ['BASIC_SITUATION', '一、上一年度本市中小企业发展的基本情况'],
  ['FUNDS', '二、扶持中小企业发展的资金使用情况'],
  ['POLICIES', '三、扶持中小企业发展的政策实施情况'],
  ['PROBLEMS', '四、中小企业发展存在的问题及对策'],
  ['OTHER', '五、其他事项'],
] as const;

/** The five headings appear in the statute's order, and the text written for 问题及对策 under the fourth. */
function inOrder(text: string, norm: (s: string) => string): void {
  const at = SECTIONS.map(([, heading]) => text.indexOf(norm(heading)));
  expect(at.every((i) => i >= 0), `headings found at ${at.join(', ')}`).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  const narrative = text.indexOf(norm('扩大信用贷款和首贷贴息覆盖面'));
  expect(narrative > at[3]! && narrative < at[4]!, `narrative at ${narrative}`).toBe(true);
}

/** Text compared as a reader sees it: compatibility forms folded (PDF fonts map some glyphs to Kangxi radicals), no whitespace. */
const plain = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The text of a PDF as printed by Chromium (Skia: uncompressed objects, Flate content streams, fonts
 * with ToUnicode maps, one-byte codes or Type0 two-byte, ActualText spans): each page's hex-string
 * glyphs decoded through its fonts' maps, in drawing order. Enough to find words; no layout. (The
 * project has no PDF text tool; this reads only what Chromium writes.)
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const s = body.indexOf('stream');
    if (s < 0) {
      objects.set(m[1]!, { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    const start = m.index + m[0].indexOf(body) + s + 'stream'.length + (body[s + 6] === '\r' ? 2 : 1);
    const data = pdf.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    objects.set(m[1]!, { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(data) : data });
  }
  const hex = (h: string) => parseInt(h, 16);
  const cmap = (ref: string | undefined): Map<number, string> => {
    const map = new Map<number, string>();
    const text = objects.get(ref ?? '')?.stream?.toString('latin1') ?? '';
    for (const b of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const p of b[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(p[1]!), String.fromCodePoint(...(p[2]!.match(/.{4}/g) ?? []).map(hex)));
    }
    for (const b of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const p of b[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        for (let c = hex(p[1]!), u = hex(p[3]!); c <= hex(p[2]!); c++, u++) map.set(c, String.fromCodePoint(u));
      }
    }
    return map;
  };
  let out = '';
  for (const page of objects.values()) {
    if (!/\/Type \/Page\b/.test(page.dict)) continue;
    const fonts = new Map<string, { width: number; map: Map<number, string> }>();
    for (const f of (/\/Font <<([\s\S]*?)>>/.exec(page.dict)?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g)) {
      const font = objects.get(f[2]!)?.dict ?? '';
      fonts.set(f[1]!, { width: /\/Type0/.test(font) ? 4 : 2, map: cmap(/\/ToUnicode (\d+) 0 R/.exec(font)?.[1]) });
    }
    const ops = objects.get(/\/Contents (\d+) 0 R/.exec(page.dict)?.[1] ?? '')?.stream?.toString('latin1') ?? '';
    let font: { width: number; map: Map<number, string> } | undefined;
    // A marked span's ActualText (UTF-16BE) stands for the glyphs inside it.
    for (const t of ops.matchAll(/\/(\S+) [\d.]+ Tf|\/ActualText <FEFF([0-9a-fA-F]*)>[\s\S]*?EMC|<([0-9a-fA-F]*)>/g)) {
      if (t[1]) font = fonts.get(t[1]);
      else if (t[2]) out += String.fromCharCode(...(t[2].match(/.{4}/g) ?? []).map(hex));
      else if (t[3] && font) for (const g of t[3].match(new RegExp(`.{${font.width}}`, 'g')) ?? []) out += font.map.get(hex(g)) ?? '';
    }
  }
  return out;
}

/** Opens the Select carrying `testId` and moves down its (virtual) list with the keyboard to `label`, as a user scrolling it would. */
async function chooseByKeyboard(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  const active = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option-active`);
  await active.waitFor();
  for (let i = 0; i < 30 && (await active.innerText()) !== label; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => select.innerText(), WAIT).toContain(label);
}

/** Opens the Select carrying `testId` and clicks the first option whose text holds `text`. */
async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).filter({ hasText: text }).first().click();
  await expect.poll(() => page.getByTestId(testId).innerText(), WAIT).toContain(text);
}

async function download(page: Page, testId: string): Promise<{ file: Buffer; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId(testId).click()]) as [Download, unknown];
  return { file: await readFile((await d.path())!), name: d.suggestedFilename() };
}

describe('statistics, the annual report and the public tables', () => {
  const { open } = useBrowserSuite(SLOW);

  it('indicators → district → annual report edited → DOCX and PDF; public tables with a hidden cell', async () => {
    const bureau = await open();
    await signIn(bureau, 'bureau');

    // 1. Indicators: the number of SMEs in December of the demo year, city-wide, then one district.
    await bureau.goto('/statistics/indicators');
    const total = bureau.getByTestId('indicator-total');
    await total.waitFor();
    await chooseByKeyboard(bureau, 'month-select', `${YEAR}-12`);
    await expect.poll(() => bureau.getByTestId('statistics-indicators').innerText(), WAIT).toContain(`${YEAR}-12-31`);
    const cityCount = (await total.locator('.ant-statistic-content').innerText()).trim();
    expect(cityCount).toMatch(/^[1-9][\d,]*$/);
    const districts = bureau.getByTestId('breakdown-district').locator('tbody tr');
    const rows = await districts.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const [name, count] = rows.map((r) => [r[0]!, Number(r[1]!.replace(/,/g, ''))] as const).sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThan(0);
    await districts.filter({ hasText: name }).getByRole('button', { name: '查看该区' }).click();
    await expect.poll(() => bureau.getByTestId('current-district').innerText(), WAIT).toContain(name);
    await expect.poll(async () => Number((await total.innerText()).replace(/\D/g, '')), WAIT).toBe(count);

    // 2. The annual report of the demo year: five sections; the city's count and the district's in table 1.
    await bureau.goto('/statistics/report');
    expect(await bureau.getByTestId('report-year').innerText()).toContain(String(YEAR));
    const basic = bureau.getByTestId('section-BASIC_SITUATION');
    await basic.waitFor(WAIT);
    for (const [key, heading] of SECTIONS) expect(await bureau.getByTestId(`section-${key}`).locator('h4').innerText()).toBe(heading);
    expect(await basic.innerText()).toContain(`在册中小企业 ${cityCount} 户`);
    expect(await basic.locator('tbody tr').filter({ hasText: name }).innerText()).toContain(count.toLocaleString('zh-CN'));

    // 3. 问题及对策 written, saved, and still there after a reload.
    const problems = bureau.getByTestId('section-PROBLEMS');
    await problems.getByTestId('edit-PROBLEMS').click();
    await problems.getByTestId('narrative-PROBLEMS').fill(PROBLEMS);
    await problems.getByTestId('save-PROBLEMS').click();
    await expect.poll(() => problems.innerText(), WAIT).toContain('扩大信用贷款和首贷贴息覆盖面');
    await problems.getByTestId('edit-PROBLEMS').waitFor();
    await bureau.reload();
    await expect.poll(async () => (await problems.count()) > 0 && (await problems.innerText()), WAIT).toContain(`首贷户占比偏低（${YEAR}年浏览器测试）`);

    // 4. DOCX (word/document.xml) and PDF (its text): the five headings, the indicators' figure, the narrative.
    const docx = await download(bureau, 'download-docx');
    expect(docx.name).toBe(`sme-report-${YEAR}.docx`);
    const xml = await (await JSZip.loadAsync(docx.file)).file('word/document.xml')!.async('string');
    inOrder(xml, (x) => x);
    expect(xml).toContain(`在册中小企业 ${cityCount} 户`);

    const pdf = await download(bureau, 'download-pdf');
    expect(pdf.name).toBe(`sme-report-${YEAR}.pdf`);
    expect(pdf.file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = plain(pdfText(pdf.file));
    inOrder(text, plain);
    expect(text).toContain(plain(`在册中小企业 ${cityCount}`));

    // 5. The bureau publishes December of the demo year by hand (a month is published once); the release is listed.
    await bureau.goto('/statistics/public');
    await bureau.getByTestId('no-release').waitFor(WAIT);
    await chooseByKeyboard(bureau, 'publish-month', `${YEAR}-12`);
    await bureau.getByTestId('publish-release').click();
    await bureau.getByTestId('publish-release-ok').click();
    await expect.poll(() => bureau.getByTestId('release-list').innerText(), WAIT).toContain(`${YEAR}-12-31`);
    expect(await bureau.getByTestId('release-list').innerText()).toContain('手动发布');

    // 5b. The bureau records an audit of one of this year's funds (深圳 draft 第五十六条) and publishes it; it appears under the fund.
    // Yesterday in Beijing: not in the future for the server (Beijing) nor for the browser's date picker (its own zone).
    const reportDate = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await pickOption(bureau, 'funds-year', String(YEAR + 1));
    const admin = bureau.getByTestId('fund-evaluation-admin');
    await pickOption(bureau, 'evaluation-fund', '首贷贴息资金（演示）');
    await admin.getByTestId('evaluation-body-zh').fill(AUDITOR);
    await admin.getByTestId('evaluation-report-date').click();
    await bureau.keyboard.type(reportDate);
    await bureau.keyboard.press('Enter');
    await admin.getByTestId('evaluation-findings').fill('资金拨付程序合规。');
    await admin.getByTestId('record-evaluation').click();
    const row = admin.getByTestId('evaluation-row').filter({ hasText: reportDate });
    await expect.poll(() => row.innerText(), WAIT).toContain('未公布');
    await row.locator('[data-testid^="publish-evaluation-"]').click();
    await bureau.locator('[data-testid^="publish-evaluation-"][data-testid$="-ok"]').click();
    await expect.poll(() => row.innerText(), WAIT).toContain('已公布');
    await expect.poll(() => bureau.getByTestId('public-funds').innerText(), WAIT).toContain(AUDITOR);

    // 6. The public page, signed out: the latest release with its tables, a hidden cell marked, and hidden in the CSV too.
    const visitor = await open();
    await visitor.goto('/statistics/public');
    await visitor.locator('[data-testid^="public-table-"]').first().waitFor(WAIT);
    expect(await visitor.getByTestId('release-published').innerText()).toContain(`数据截至 ${YEAR}-12-31`);
    expect(await visitor.getByTestId('release-admin').count()).toBe(0);
    expect(await visitor.locator('[data-testid^="public-table-"]').count()).toBe(10);
    const hidden = visitor.getByTestId('suppressed-cell').first();
    await hidden.waitFor();
    expect(await hidden.innerText()).toBe('x');
    await hidden.hover();
    await visitor.locator('.ant-tooltip').filter({ hasText: '不予公布' }).waitFor();
    const table = visitor.locator('[data-testid^="public-table-"]').filter({ has: visitor.getByTestId('suppressed-cell') }).first();
    // The funds disclosure of this year: the published audit under its fund, in words and with its date.
    await pickOption(visitor, 'funds-year', String(YEAR + 1));
    const audit = visitor.getByTestId('fund-evaluation').filter({ hasText: AUDITOR });
    await expect.poll(() => audit.innerText(), WAIT).toContain('未发现重大问题');
    expect(await audit.innerText()).toContain(reportDate);
    expect(await visitor.getByTestId('public-funds').innerText()).not.toMatch(/NO_MAJOR_PROBLEM|AUDIT/);
    const csv = await (await visitor.request.get((await table.getByRole('link', { name: /CSV/ }).getAttribute('href'))!)).text();
    expect(csv.split('\n').some((line) => line.split(',').includes('x'))).toBe(true);
  }, SLOW);
});
