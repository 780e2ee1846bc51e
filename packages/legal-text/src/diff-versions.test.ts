import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, diffText } from './diff-text';
import { diffVersions } from './diff-versions';
import { parseComparisonDraft } from './parse-comparison';
import { parseLegalText } from './parse-legal-text';
import { readSeed } from './test-support';
import type { LegalTree } from './types';

function tree(text: string): LegalTree {
  const r = parseLegalText(text, { file: 't' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('character-level changes', () => {
  it('strikes the deleted and marks the inserted characters', () => {
    expect(diffText('县级以上人民政府应当安排专项资金。', '县级以上人民政府应当安排中小企业发展专项资金。')).toEqual([
      { op: 'equal', text: '县级以上人民政府应当安排' },
      { op: 'insert', text: '中小企业发展' },
      { op: 'equal', text: '专项资金。' },
    ]);
    expect(diffText('', '新增')).toEqual([{ op: 'insert', text: '新增' }]);
    expect(diffText('相同', '相同')).toEqual([{ op: 'equal', text: '相同' }]);
  });

  it('the changes rebuild both texts (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('中', '小', '企', '业', '，', '。', 'a', '1'), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const c = diffText(a, b);
        return applyChanges(c, 'old') === a && applyChanges(c, 'new') === b;
      }),
    );
  });
});

describe('修改对照 of the Hunan comparison draft (seed 001)', () => {
  const r = parseComparisonDraft(readSeed('hunanComparison'));
  if (!r.ok) throw new Error('seed 001 does not parse');
  const diff = diffVersions(r.value.left, r.value.right);
  const pairOf = (side: 'old' | 'new', eid: string) => diff.pairs.find((p) => p[side]?.eid === eid)!;

  it('reports old 第十三条 第一款 as moved into new 第二十一条', () => {
    expect(diff.moves).toContainEqual(expect.objectContaining({ from: 'art_13__para_1', to: 'art_21__para_1', fromNum: '第十三条第一款', toNum: '第二十一条第一款' }));
    const old13 = pairOf('old', 'art_13');
    expect(old13.kind).toBe('moved');
    expect(old13.new).toBeNull();
    expect(old13.movedTo.map((m) => m.to)).toEqual(['art_21__para_1', 'art_16__para_2']);
    expect(pairOf('new', 'art_21').movedFrom.map((m) => m.from)).toContain('art_13__para_1');
  });

  it('reports new 第十条【产融合作白名单】 as added', () => {
    const p = pairOf('new', 'art_10');
    expect(p.kind).toBe('added');
    expect(p.old).toBeNull();
    expect(p.new).toEqual({ eid: 'art_10', num: '第十条', heading: '产融合作白名单' });
    expect(p.changes.every((c) => c.op === 'insert')).toBe(true);
  });

  it('aligns renumbered articles by content, as the editors did', () => {
    const expected: [string, string][] = [
      ['art_10', 'art_11'],
      ['art_11', 'art_14'],
      ['art_12', 'art_15'],
      ['art_14', 'art_16'],
      ['art_17', 'art_19'],
      ['art_19', 'art_21'],
      ['art_29', 'art_28'],
      ['art_34', 'art_30'],
      ['art_37', 'art_34'],
      ['art_38', 'art_35'],
    ];
    for (const [o, n] of expected) expect(pairOf('old', o).new?.eid, `${o}`).toBe(n);
    // Agreement with the editors' own table, row by row (both sides present).
    const rows = r.value.rows.filter((row) => row.left && row.right);
    const agree = rows.filter((row) => pairOf('old', row.left!).new?.eid === row.right);
    expect(agree.length).toBeGreaterThanOrEqual(rows.length - 1);
  });

  it('gives character-level changes inside an aligned pair', () => {
    const p = pairOf('old', 'art_1');
    expect(p.kind).toBe('modified');
    expect(p.changes).toContainEqual({ op: 'insert', text: '【立法依据】\n' });
    expect(p.changes).toContainEqual({ op: 'insert', text: '和其他有关法律、行政法规' });
    expect(diff.summary.added + diff.summary.deleted + diff.summary.moved + diff.summary.modified + diff.summary.unchanged).toBe(diff.pairs.length);
  });
});

describe('alignment on texts written for the test', () => {
  const before = tree('第一条　甲市鼓励中小企业创新，支持研发投入。\n\n第二条　市财政每年安排中小企业发展专项资金。\n\n第三条　本条例自2024年1月1日起施行。');
  it('finds an unchanged article renumbered and an inserted one', () => {
    const after = tree('第一条　甲市鼓励中小企业创新，支持研发投入。\n\n第二条　市人民政府建立惠企政策清单并主动推送。\n\n第三条　市财政每年安排中小企业发展专项资金。\n\n第四条　本条例自2025年1月1日起施行。');
    const d = diffVersions(before, after);
    expect(d.pairs.map((p) => `${p.kind}:${p.old?.eid ?? '-'}>${p.new?.eid ?? '-'}`)).toEqual(['unchanged:art_1>art_1', 'added:->art_2', 'unchanged:art_2>art_3', 'modified:art_3>art_4']);
  });
  it('marks an article that changed place as moved', () => {
    const after = tree('第一条　市财政每年安排中小企业发展专项资金。\n\n第二条　甲市鼓励中小企业创新，支持研发投入。\n\n第三条　本条例自2024年1月1日起施行。');
    const d = diffVersions(before, after);
    expect(d.summary).toMatchObject({ unchanged: 2, moved: 1 });
    expect(d.pairs.find((p) => p.kind === 'moved')!.old!.eid).not.toBe(d.pairs.find((p) => p.kind === 'moved')!.new!.eid);
  });
  it('reports a deleted article', () => {
    const after = tree('第一条　甲市鼓励中小企业创新，支持研发投入。\n\n第二条　本条例自2024年1月1日起施行。');
    const d = diffVersions(before, after);
    expect(d.pairs.map((p) => p.kind)).toEqual(['unchanged', 'deleted', 'unchanged']);
    expect(d.pairs[1]!.changes).toEqual([{ op: 'delete', text: '市财政每年安排中小企业发展专项资金。' }]);
  });
});
