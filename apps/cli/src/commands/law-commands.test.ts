import { PassThrough } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lawDir } from '@huiqi/legal-text';
import { main } from '../main';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await main(argv, { stdout, stderr, stdin: new PassThrough() });
  return { code, out: Buffer.concat(chunks.out).toString('utf8'), err: Buffer.concat(chunks.err).toString('utf8') };
}

const seed = (p: string) => join(lawDir(), p);
const tmp = mkdtempSync(join(tmpdir(), 'huiqi-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('huiqi law parse', () => {
  it('prints flat articles and chapters as JSON', async () => {
    const r = await run('law', 'parse', seed('cn-sh/regulation/sme-promotion/versions/2020-06-18.zh.txt'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.articles).toHaveLength(66);
    expect(j.chapters.filter((c: { type: string }) => c.type === 'chapter')).toHaveLength(10);
    expect(j.chapters[0]).toMatchObject({ num: '第一章', title: '总则' });
    expect(j.articles[14]).toMatchObject({ eid: 'art_15', num: '第十五条' });
    expect(j.articles[62].paragraphs[0].items[0]).toMatchObject({ eid: 'art_63__para_1__item_1', num: '（一）', text: '本市中小企业发展的基本情况；' });
  });

  it('prints both columns of a comparison draft', async () => {
    const r = await run('law', 'parse', seed('cn-hn/regulation/sme-promotion-implementation/versions/2020-09-16.comparison.zh.txt'));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.columns.map((c: { label: string; articles: unknown[] }) => `${c.label}:${c.articles.length}`)).toEqual(['修订草案:38', '二次审议稿:35']);
  });

  it('imports a text with a numbering gap with a warning at file:line:col; --strict refuses it (exit 1)', async () => {
    const bad = join(tmp, 'bad.txt');
    writeFileSync(bad, '第一条　甲。\n第三条　丙。\n');
    const lenient = await run('law', 'parse', bad);
    expect(lenient.code).toBe(0);
    expect(lenient.err).toContain(`警告 warning: ${bad}:2:1: 条文编号不连续`);
    expect(JSON.parse(lenient.out).warnings[0]).toMatchObject({ code: 'NUMBERING_GAP', line: 2, col: 1 });
    const strict = await run('law', 'parse', bad, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(`${bad}:2:1: 条文编号不连续`);
  });

  it('reports text that fits no structure as file:line:col and exits 1, even without --strict', async () => {
    const bad = join(tmp, 'unplaced.txt');
    writeFileSync(bad, '第一章　总则\n\n　　这段文字不属于任何条文。\n\n第一条　甲。\n');
    const r = await run('law', 'parse', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:3:3: 文字不属于任何条文`);
  });
});

describe('huiqi law show', () => {
  it('prints the text an address points at', async () => {
    const r = await run('law', 'show', 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2');
    expect(r.code).toBe(0);
    expect(r.out).toContain('第四十五条第一款第（二）项');
    expect(r.out).toContain('（二）依法落实预留采购份额');
  });
  it('explains an address that does not resolve', async () => {
    const r = await run('law', 'show', 'cn-sh/regulation/sme-promotion@2011-04-12#art_1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('没有这个版本 no such version: 2011-04-12');
    expect((await run('law', 'show', 'cn-sh/bad')).code).toBe(2);
  });
});

describe('huiqi law diff', () => {
  it('prints the alignment of two versions given by address', async () => {
    const r = await run('law', 'diff', 'cn-hn/regulation/sme-promotion-implementation@2020-09-16~revision-draft', 'cn-hn/regulation/sme-promotion-implementation@2020-09-16');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.pairs.find((p: { new: string }) => p.new === 'art_10')).toMatchObject({ kind: 'added', newHeading: '产融合作白名单' });
    expect(j.moves).toContainEqual(expect.objectContaining({ from: 'art_13__para_1', to: 'art_21__para_1' }));
  });
  it('writes a side-by-side HTML page for two files', async () => {
    const a = join(tmp, 'a.txt');
    const b = join(tmp, 'b.txt');
    writeFileSync(a, '第一条　市政府安排专项资金。\n');
    writeFileSync(b, '第一条　市政府每年安排专项资金。\n');
    const r = await run('law', 'diff', a, b, '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.out).toContain('<ins>每年</ins>');
  });
});

describe('huiqi law search', () => {
  it('finds Chinese text and exits 1 when nothing matches', async () => {
    const r = await run('law', 'search', '免申即享', '--work', 'cn-sd-qd/regulation/sme-promotion');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((h: { address: string }) => h.address)).toEqual(['cn-sd-qd/regulation/sme-promotion@2023#art_52__para_1']);
    expect((await run('law', 'search', '不存在的词语组合')).code).toBe(1);
  });
});

describe('huiqi law check', () => {
  it('passes on the repository law/ folder', async () => {
    const r = await run('law', 'check');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/通过 ok: \d+ works/);
  });
});

describe('huiqi law unverified', () => {
  it('lists every unverified law text, parameter value, policy version and calendar range, each with why it cannot be settled', async () => {
    const r = await run('law', 'unverified', '--json');
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as { group: string; name: string; file: string; reason: string }[];
    expect(new Set(entries.map((e) => e.group))).toEqual(new Set(['LAW', 'PARAMETER', 'POLICY_VERSION', 'CALENDAR']));
    for (const e of entries) expect(e.reason.length, `${e.name} has no reason`).toBeGreaterThan(15);
    // The Civil Code excerpt: the shared law sources hold no text of it.
    expect(entries.find((e) => e.name === 'cn/law/civil-code')?.reason).toMatch(/law-sources/);
    // The Shenzhen complaint limit borrowed from another locality; the 2025 late-interest rule is settled by the full text and absent.
    expect(entries.some((e) => e.name.startsWith('appeals.time_limits.complaint.answer cn-gd-sz'))).toBe(true);
    expect(entries.some((e) => e.name.startsWith('payment.late_interest'))).toBe(false);
    const text = await run('law', 'unverified');
    expect(text.out).toMatch(new RegExp(`共 ${entries.length} 项未核实`));
  });
});
