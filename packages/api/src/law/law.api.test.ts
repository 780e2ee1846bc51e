import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { workIdFromKey, workKeyOf } from './work-key';

const SH = 'cn-sh/regulation/sme-promotion';
const HN = 'cn-hn~regulation~sme-promotion-implementation';
const PAY = 'cn/regulation/sme-payment-protection';

describe('work keys', () => {
  it('turn slashes into ~ and back, and refuse anything that is not a work id', () => {
    expect(workKeyOf(SH)).toBe('cn-sh~regulation~sme-promotion');
    expect(workIdFromKey('cn-sh~regulation~sme-promotion')).toBe(SH);
    expect(workIdFromKey(SH)).toBe(SH);
    for (const bad of ['cn-sh~regulation', 'CN-SH~regulation~x', '../etc~passwd~x', 'cn-sh~regulation~sme promotion', '']) expect(workIdFromKey(bad)).toBeNull();
  });
});

describeEachEngine('API: law reader', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

  it('lists every work with jurisdiction, type, status and versions, without login', async () => {
    const res = await get('/api/law/works');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; key: string; jurisdiction: string; type: string; status: string; versions: { id: string; status: string }[]; currentVersion: string | null }[];
    const sh = items.find((w) => w.id === SH)!;
    expect(sh).toMatchObject({ key: 'cn-sh~regulation~sme-promotion', jurisdiction: 'cn-sh', type: 'regulation', status: 'IN_FORCE', title: '上海市促进中小企业发展条例', currentVersion: '2020-06-18' });
    const pay = items.find((w) => w.id === PAY)!;
    expect(pay.versions.map((v) => [v.id, v.status])).toEqual([['2020-09-01', 'REPEALED'], ['2025-06-01', 'IN_FORCE']]);
    expect(items.find((w) => w.id === 'cn-hn/regulation/sme-promotion-implementation')!.versions.map((v) => v.id)).toEqual(['2020-09-16~revision-draft', '2020-09-16']);
  });

  it('gives a version as nodes in document order: labelled parts, chapters, articles with 款 and 项', async () => {
    const res = await get('/api/law/works/cn-sh~regulation~sme-promotion/versions/2020-06-18');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.work.id).toBe(SH);
    expect(body.version).toMatchObject({ id: '2020-06-18', status: 'IN_FORCE', effective: '2020-06-18' });
    const nodes = body.nodes as { kind: string; eid: string; label?: string; parent?: string | null; num?: string; paragraphs?: { eid: string; num: string; items: { eid: string; num: string }[] }[] }[];
    expect(nodes.slice(0, 3).map((n) => [n.kind, n.eid])).toEqual([['block', 'title'], ['block', 'preamble'], ['division', 'chp_1']]);
    expect(nodes[1]!.label).toBe('题注');
    const art1 = nodes.find((n) => n.eid === 'art_1')!;
    expect(art1).toMatchObject({ kind: 'article', num: '第一条', parent: 'chp_1' });
    expect(body.articleCount).toBe(nodes.filter((n) => n.kind === 'article').length);
    const withItems = nodes.find((n) => n.kind === 'article' && n.paragraphs!.some((p) => p.items.length > 0))!;
    const para = withItems.paragraphs!.find((p) => p.items.length > 0)!;
    expect(para.items[0]!.eid).toBe(`${para.eid}__item_1`);
    expect(para.items[0]!.num).toBe('（一）');
    expect(para.num).toMatch(/^第[一二三四五六七八九十]+款$/);
  });

  it('shows beside each article what implements it: parameters, code and cases (not ids)', async () => {
    const body = (await get('/api/law/works/cn~regulation~sme-payment-protection/versions/2025-06-01')).json();
    const art9 = body.implementations.art_9 as { kind: string; label: { zh: string }; count: number }[];
    expect(art9.map((i) => i.kind).sort()).toEqual(['CASE', 'CODE', 'PARAMETER', 'PARAMETER', 'PARAMETER']);
    expect(art9.find((i) => i.kind === 'CODE')!.label.zh).toBe('付款期限与逾期利息计算');
    expect(art9.find((i) => i.kind === 'CASE')!.count).toBeGreaterThan(2);
    expect(body.implementations.art_1).toBeUndefined();
    const promotion = (await get('/api/law/works/cn~law~sme-promotion/versions/2018-01-01')).json();
    expect(promotion.implementations.art_40.filter((i: { kind: string }) => i.kind === 'PARAMETER')).toHaveLength(2);
  });

  it('labels the non-article parts of a draft (notice, explanation)', async () => {
    const body = (await get('/api/law/works/cn-gd-sz~regulation~sme-promotion/versions/2025-01-23')).json();
    const roles = (body.nodes as { kind: string; role?: string }[]).filter((n) => n.kind === 'block').map((n) => n.role);
    expect(roles).toContain('notice');
    expect(roles).toContain('explanation');
  });

  it('answers 404 for an unknown work or version and 400 for a malformed work key, in both languages', async () => {
    const unknownWork = await get('/api/law/works/cn-sh~regulation~no-such/versions/2020-06-18');
    expect(unknownWork.statusCode).toBe(404);
    expect(unknownWork.json().error.code).toBe('LAW_WORK_NOT_FOUND');
    const unknownVersion = await get('/api/law/works/cn-sh~regulation~sme-promotion/versions/2019-01-01');
    expect(unknownVersion.statusCode).toBe(404);
    expect(unknownVersion.json().error).toMatchObject({ code: 'LAW_VERSION_NOT_FOUND', message: { zh: expect.stringContaining('2020-06-18'), en: expect.stringContaining('no version 2019-01-01') } });
    const badKey = await get('/api/law/works/cn-sh~regulation/versions/2020-06-18');
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.code).toBe('VALIDATION_FAILED');
    expect(badKey.json().error.message.zh).toContain('文件标识无效');
    const badVersion = await get('/api/law/works/cn-sh~regulation~sme-promotion/versions/June');
    expect(badVersion.statusCode).toBe(400);
  });

  it('resolves a citation to the text in force on the decision date', async () => {
    const before = await get(`/api/law/resolve?${q({ address: `${PAY}#art_1`, date: '2024-05-01' })}`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({ version: '2020-09-01', versionLabel: '国务院令第728号', inForce: true, citation: '第一条', date: '2024-05-01', effectiveUntil: '2025-06-01' });
    const after = await get(`/api/law/resolve?${q({ address: `${PAY}#art_1`, date: '2025-06-01' })}`);
    expect(after.json()).toMatchObject({ version: '2025-06-01', versionLabel: '国务院令第802号', inForce: true });
    expect(after.json().fullCitation).toBe('《保障中小企业款项支付条例》第一条');
    const item = (await get(`/api/law/resolve?${q({ address: 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2' })}`)).json();
    expect(item).toMatchObject({ citation: '第四十五条第一款第（二）项', inForce: false, status: 'DRAFT', workKey: 'cn-gd-sz~regulation~sme-promotion' });
    expect(item.fullCitation).toBe('《深圳经济特区中小企业发展促进条例（征求意见稿）》第四十五条第一款第（二）项');
    expect(item.text.length).toBeGreaterThan(5);
  });

  it('says why a citation does not resolve (404) and refuses a malformed one (400), bilingual', async () => {
    const tooEarly = await get(`/api/law/resolve?${q({ address: `${PAY}#art_1`, date: '2019-12-31' })}`);
    expect(tooEarly.statusCode).toBe(404);
    expect(tooEarly.json().error).toMatchObject({ code: 'LAW_ADDRESS_NOT_RESOLVED', message: { zh: expect.stringContaining('尚无任何版本'), en: expect.stringContaining('had no version on 2019-12-31') } });
    const noArticle = await get(`/api/law/resolve?${q({ address: `${SH}@2020-06-18#art_999` })}`);
    expect(noArticle.statusCode).toBe(404);
    expect(noArticle.json().error.message.zh).toContain('art_999');
    const noWork = await get(`/api/law/resolve?${q({ address: 'cn-xx/regulation/nothing#art_1' })}`);
    expect(noWork.statusCode).toBe(404);
    expect(noWork.json().error.message.en).toContain('No document cn-xx/regulation/nothing');
    const malformed = await get(`/api/law/resolve?${q({ address: 'Shanghai article 45' })}`);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('LAW_ADDRESS_INVALID');
    expect(malformed.json().error.message.zh).toContain('文件标识无效');
    const badEid = await get(`/api/law/resolve?${q({ address: `${SH}#article-45` })}`);
    expect(badEid.statusCode).toBe(400);
    expect(badEid.json().error.message.en).toContain('invalid element id');
    const badDate = await get(`/api/law/resolve?${q({ address: `${SH}#art_1`, date: '2024-02-30' })}`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('searches Chinese text, within one work and version, with the match located in the snippet', async () => {
    const res = await get(`/api/law/search?${q({ q: '融资担保', work: 'cn-sh~regulation~sme-promotion' })}`);
    expect(res.statusCode).toBe(200);
    const hits = res.json().hits as { workId: string; eid: string; snippet: string; match: { start: number; length: number }; citation: string; articleEid: string | null; title: string }[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.workId).toBe(SH);
      expect(h.snippet.slice(h.match.start, h.match.start + h.match.length)).toBe('融资担保');
      expect(h.articleEid === null || h.eid.startsWith(h.articleEid)).toBe(true);
    }
    expect(hits[0]!.citation).toMatch(/^第.+条/);
    expect(hits[0]!.title).toBe('上海市促进中小企业发展条例');
    const everywhere = (await get(`/api/law/search?${q({ q: '融资担保' })}`)).json().hits as { workId: string }[];
    expect(new Set(everywhere.map((h) => h.workId)).size).toBeGreaterThan(1);
    const both = (await get(`/api/law/search?${q({ q: '融资 担保', work: SH })}`)).json().hits as { snippet: string }[];
    expect(both.length).toBeGreaterThanOrEqual(hits.length);
    const none = (await get(`/api/law/search?${q({ q: '量子纠缠' })}`)).json();
    expect(none.hits).toEqual([]);
  });

  it('validates the search text and filters', async () => {
    const empty = await get(`/api/law/search?${q({ q: '   ' })}`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message.zh).toContain('请输入检索词');
    const long = await get(`/api/law/search?${q({ q: '中'.repeat(101) })}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message.en).toContain('at most 100 characters');
    expect((await get(`/api/law/search?${q({ q: '中小企业', version: '2020-06-18' })}`)).statusCode).toBe(400);
    expect((await get(`/api/law/search?${q({ q: '中小企业', work: 'cn-sh~regulation~gone' })}`)).statusCode).toBe(404);
    expect((await get(`/api/law/search?${q({ q: '中小企业', work: SH, version: '2011-01-01' })}`)).json().error.code).toBe('LAW_VERSION_NOT_FOUND');
    expect((await get(`/api/law/search?${q({ q: '中小企业', limit: '3' })}`)).json().hits).toHaveLength(3);
  });

  it('compares the Hunan drafts: added, renumbered and moved articles with character changes', async () => {
    const res = await get(`/api/law/diff?${q({ work: HN, old: '2020-09-16~revision-draft', new: '2020-09-16' })}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.work.title).toBe('湖南省实施《中华人民共和国中小企业促进法》办法');
    expect(body.old.label).toBe('修订草案');
    expect(body.new.label).toBe('二次审议稿');
    type Pair = { kind: string; old: { num: string } | null; new: { num: string; heading: string | null } | null; changes: { op: string; text: string }[]; movedTo: { fromNum: string; toNum: string }[] };
    const pairs = body.pairs as Pair[];
    const whitelist = pairs.find((p) => p.new?.num === '第十条')!;
    expect(whitelist).toMatchObject({ kind: 'added', old: null, new: { heading: '产融合作白名单' } });
    expect(whitelist.changes.every((c) => c.op === 'insert')).toBe(true);
    const old13 = pairs.find((p) => p.old?.num === '第十三条')!;
    expect(old13.movedTo).toContainEqual(expect.objectContaining({ fromNum: '第十三条第一款', toNum: '第二十一条第一款' }));
    const renumbered = pairs.find((p) => p.old?.num === '第十一条')!;
    expect(renumbered.new?.num).toBe('第十四条');
    expect(body.summary.added).toBe(pairs.filter((p) => p.kind === 'added').length);
    // the character changes rebuild both texts
    const modified = pairs.find((p) => p.kind === 'modified')!;
    expect(modified.changes.some((c) => c.op !== 'equal')).toBe(true);
  });

  it('renders the 修改对照 as a self-contained HTML page with struck and bold text', async () => {
    const res = await get(`/api/law/diff?${q({ work: HN, old: '2020-09-16~revision-draft', new: '2020-09-16', format: 'html' })}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.body).toMatch(/^<!doctype html>/);
    expect(res.body).toContain('<del>');
    expect(res.body).toContain('<ins>');
    expect(res.body).toContain('产融合作白名单');
    expect(res.body).not.toMatch(/<script|https?:\/\//);
  });

  it('refuses a diff of unknown versions (404) or without its parameters (400)', async () => {
    const unknown = await get(`/api/law/diff?${q({ work: HN, old: '2019', new: '2020-09-16' })}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message.zh).toContain('没有版本 2019');
    const missing = await get(`/api/law/diff?${q({ work: HN })}`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message.zh.length).toBeGreaterThan(0);
    const badFormat = await get(`/api/law/diff?${q({ work: HN, old: '2020-09-16', new: '2020-09-16', format: 'pdf' })}`);
    expect(badFormat.statusCode).toBe(400);
  });
});
