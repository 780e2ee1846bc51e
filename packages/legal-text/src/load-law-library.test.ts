import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainDate } from '@huiqi/kernel';
import { lawDir } from './law-dir';
import { loadLawLibrary } from './load-law-library';
import { formatIssue } from './issues';

describe('the repository law/ folder', () => {
  const lib = loadLawLibrary(lawDir());

  it('loads the five seed works with no problem', () => {
    expect(lib.issues.map(formatIssue)).toEqual([]);
    expect(lib.works().map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'cn-gd-sz/measures/sme-relief-2023',
        'cn-gd-sz/regulation/sme-promotion',
        'cn-hn/regulation/sme-promotion-implementation',
        'cn-sd-qd/regulation/sme-promotion',
        'cn-sh/regulation/sme-promotion',
      ]),
    );
    expect(lib.versions('cn-hn/regulation/sme-promotion-implementation').map((v) => `${v.id} ${v.label}`)).toEqual(['2020-09-16~revision-draft 修订草案', '2020-09-16 二次审议稿']);
    expect(lib.work('cn-gd-sz/measures/sme-relief-2023')?.documentNumber).toBe('深工信〔2023〕26号');
  });

  it('resolves an address to the exact text with its citation', () => {
    const r = lib.resolve('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2');
    expect(r).toMatchObject({ workId: 'cn-gd-sz/regulation/sme-promotion', versionDate: '2025-01-23', eid: 'art_45__para_1__item_2', num: '（二）', citation: '第四十五条第一款第（二）项', status: 'DRAFT', inForce: false });
    expect(r!.text).toMatch(/^（二）依法落实预留采购份额/);
    const art = lib.resolve('cn-sh/regulation/sme-promotion#art_1');
    expect(art).toMatchObject({ num: '第一条', address: 'cn-sh/regulation/sme-promotion@2020-06-18#art_1', inForce: true });
    expect(lib.resolve('cn-hn/regulation/sme-promotion-implementation@2020-09-16#art_10')).toMatchObject({ heading: '产融合作白名单' });
    expect(lib.resolve('cn-gd-sz/regulation/sme-promotion#annex_2__para_4')).toMatchObject({ citation: '附件2（说明）第四段', text: '一、修改必要性' });
    expect(lib.resolve('cn-gd-sz/regulation/sme-promotion#preface')).toMatchObject({ citation: '通告' });
    const moved = lib.resolve('cn-hn/regulation/sme-promotion-implementation@2020-09-16~revision-draft#art_13__para_1')!;
    expect(moved.text).not.toContain('移至');
    expect(moved.annotations).toEqual(['（移至第二十一条第一款）']);
    expect(lib.resolve('cn-gd-sz/measures/sme-relief-2023#measure_14')).toMatchObject({ num: '14.', heading: '加大专精特新中小企业培育力度。', versionDate: '2023' });
  });

  it('compares two versions of a work', () => {
    const d = lib.diff('cn-hn/regulation/sme-promotion-implementation', '2020-09-16~revision-draft', '2020-09-16');
    expect(d?.pairs.find((p) => p.new?.eid === 'art_10')?.kind).toBe('added');
    expect(lib.diff('cn-hn/regulation/sme-promotion-implementation', '2019-01-01', '2020-09-16')).toBeNull();
  });

  it('gives the text in force on a date, and nothing before the text existed', () => {
    expect(lib.resolve('cn-sh/regulation/sme-promotion#art_66', { onDate: plainDate('2024-03-01') })).toMatchObject({ versionDate: '2020-06-18', inForce: true });
    expect(lib.resolve('cn-sh/regulation/sme-promotion#art_66', { onDate: plainDate('2020-06-17') })).toBeNull();
    expect(lib.resolve('cn-sh/regulation/sme-promotion@2020-06-18#art_66', { onDate: plainDate('2020-06-17') })).toMatchObject({ inForce: false });
    expect(lib.resolve('cn-hn/regulation/sme-promotion-implementation#art_10')).toMatchObject({ versionDate: '2020-09-16' });
  });

  it('answers null for addresses that do not resolve', () => {
    expect(lib.resolve('cn-sh/regulation/sme-promotion#art_67')).toBeNull();
    expect(lib.resolve('cn-sh/regulation/sme-promotion@2011-04-12#art_1')).toBeNull();
    expect(lib.resolve('cn-xx/regulation/nothing#art_1')).toBeNull();
    expect(lib.resolve('not an address')).toBeNull();
    expect(lib.hasEid('cn-sh/regulation/sme-promotion', null, 'art_63__para_1__item_5')).toBe(true);
    expect(lib.hasEid('cn-sh/regulation/sme-promotion', '2020-06-18', 'art_63__para_1__item_6')).toBe(false);
  });

  it('searches Chinese text by character n-grams, latest versions by default', () => {
    const hits = lib.search('免申即享');
    expect(hits.map((h) => h.address)).toContain('cn-sd-qd/regulation/sme-promotion@2023#art_52__para_1');
    for (const h of hits) expect(h.snippet.slice(h.match.start, h.match.start + h.match.length)).toBe('免申即享');
    const both = lib.search('政府采购 预留', { workId: 'cn-sh/regulation/sme-promotion' });
    expect(both.every((h) => h.workId === 'cn-sh/regulation/sme-promotion')).toBe(true);
    expect(both.map((h) => h.eid)).toContain('art_49__para_3');
    const latest = lib.search('不盲目停贷', {});
    expect(latest).toEqual([]);
    expect(lib.search('不盲目停贷', { allVersions: true }).map((h) => h.address)).toEqual(['cn-hn/regulation/sme-promotion-implementation@2020-09-16~revision-draft#art_10__para_1__item_3']);
    expect(lib.search('  ')).toEqual([]);
  });
});

describe('a law folder written for the test', () => {
  const root = mkdtempSync(join(tmpdir(), 'huiqi-law-'));
  const law = join(root, 'law');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const work = (id: string, yaml: string, files: Record<string, string>) => {
    const dir = join(law, id);
    mkdirSync(join(dir, 'versions'), { recursive: true });
    writeFileSync(join(dir, 'work.yaml'), yaml);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'versions', name), text);
  };
  work(
    'cn-xx/regulation/example',
    `id: cn-xx/regulation/example
title: 示例条例
jurisdiction: cn-xx
type: regulation
status: IN_FORCE
versions:
  - id: 2018-01-01
    file: versions/2018-01-01.zh.txt
    status: REPEALED
    published: 2017-12-01
    effective: 2018-01-01
    effective_until: 2021-01-01
  - id: 2021-01-01
    file: versions/2021-01-01.zh.txt
    status: IN_FORCE
    published: 2020-12-01
    effective: 2021-01-01
`,
    { '2018-01-01.zh.txt': '第一条　旧的规定。\n', '2021-01-01.zh.txt': '第一条　新的规定。\n第二条　新增的规定。\n' },
  );
  work(
    'cn-xx/regulation/broken',
    `id: cn-xx/regulation/wrong
title: 有问题的条例
jurisdiction: cn-xx
type: regulation
status: VALID
versions:
  - id: 2021-13-01
    file: versions/missing.zh.txt
    status: DRAFT
`,
    {},
  );
  work('cn-xx/regulation/bad-yaml', 'id: [unclosed\ntitle: x\n', {});
  work(
    'cn-xx/regulation/bad-text',
    'id: cn-xx/regulation/bad-text\ntitle: 坏文本\njurisdiction: cn-xx\ntype: regulation\nstatus: DRAFT\nversions:\n  - id: 2022-01-01\n    file: versions/2022-01-01.zh.txt\n    status: DRAFT\n',
    { '2022-01-01.zh.txt': '第一条　甲。\n第二条　乙。\n第四条　丁。\n' },
  );
  const lib = loadLawLibrary(law);

  it('picks the version in force on each date', () => {
    const id = 'cn-xx/regulation/example';
    expect(lib.resolve(`${id}#art_1`, { onDate: plainDate('2019-06-01') })).toMatchObject({ versionDate: '2018-01-01', text: '旧的规定。', inForce: true });
    expect(lib.resolve(`${id}#art_1`, { onDate: plainDate('2020-12-31') })).toMatchObject({ versionDate: '2018-01-01' });
    expect(lib.resolve(`${id}#art_1`, { onDate: plainDate('2021-01-01') })).toMatchObject({ versionDate: '2021-01-01', text: '新的规定。', inForce: true });
    expect(lib.resolve(`${id}#art_2`, { onDate: plainDate('2019-06-01') })).toBeNull();
    expect(lib.resolve(`${id}#art_1`, { onDate: plainDate('2017-01-01') })).toBeNull();
    expect(lib.resolve(`${id}#art_2`)).toMatchObject({ versionDate: '2021-01-01', inForce: true });
  });

  it('reports every problem with file, line and column', () => {
    const lines = lib.issues.map(formatIssue);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^law\/cn-xx\/regulation\/bad-text\/versions\/2022-01-01\.zh\.txt:3:1: 条文编号不连续/),
        expect.stringMatching(/^law\/cn-xx\/regulation\/bad-yaml\/work\.yaml:\d+:\d+: YAML 语法错误/),
        expect.stringMatching(/^law\/cn-xx\/regulation\/broken\/work\.yaml:1:5: id 应与目录一致/),
        expect.stringMatching(/^law\/cn-xx\/regulation\/broken\/work\.yaml:5:9: 状态应为/),
        expect.stringMatching(/^law\/cn-xx\/regulation\/broken\/work\.yaml:7:9: 版本标识应为日期/),
      ]),
    );
    expect(lib.works().map((w) => w.id)).toEqual(['cn-xx/regulation/bad-text', 'cn-xx/regulation/example']);
  });
});
