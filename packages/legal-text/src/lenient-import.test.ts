import { describe, expect, it } from 'vitest';
import { parseLegalText } from './parse-legal-text';
import { listArticles } from './tree-index';

const gap = ['某市促进条例', '', '第一章 总则', '', '第一条 为了促进发展，制定本条例。', '', '第二条 本条例适用于本市。', '', '第四条 本条例自公布之日起施行。'].join('\n');
const lateStart = ['# 某法（节选）', '', '第三条 国家支持中小企业。', '', '第四条 本法自公布之日起施行。'].join('\n');
const lostHeading = ['某条例', '', '第一章 总则', '', '第一条 目的。', '', '第三章 附则', '', '第二条 施行。'].join('\n');

describe('importing texts from the wild (lenient) vs the project library (strict)', () => {
  it('a numbering gap is a warning with file:line:col, and the tree is complete', () => {
    const r = parseLegalText(gap, { file: 'gap.txt', lenient: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(listArticles(r.value).map((a) => a.eid)).toEqual(['art_1', 'art_2', 'art_4']);
    expect(r.value.warnings?.map((w) => [w.code, w.file, w.line, w.col])).toEqual([['NUMBERING_GAP', 'gap.txt', 9, 1]]);
  });

  it('a text that starts at a later article is imported from that article, with a warning', () => {
    const r = parseLegalText(lateStart, { file: 'late.md', lenient: true });
    expect(r.ok && listArticles(r.value).map((a) => a.num)).toEqual(['第三条', '第四条']);
    expect(r.ok && r.value.warnings?.[0]).toMatchObject({ code: 'NUMBERING_GAP', line: 3 });
  });

  it('a lost chapter heading (第二章 missing) is a warning; articles and chapters are kept', () => {
    const r = parseLegalText(lostHeading, { file: 'lost.txt', lenient: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(listArticles(r.value)).toHaveLength(2);
    expect(r.value.warnings?.map((w) => w.line)).toEqual([7]);
  });

  it('strict parsing (the default, and law check) refuses the same texts with the same codes', () => {
    for (const [text, file] of [[gap, 'gap.txt'], [lateStart, 'late.md'], [lostHeading, 'lost.txt']] as const) {
      const r = parseLegalText(text, { file });
      expect(r.ok, file).toBe(false);
      expect(!r.ok && r.error.every((e) => e.code === 'NUMBERING_GAP')).toBe(true);
    }
  });

  it('text that fits no structure is still an error in lenient mode (nothing is dropped)', () => {
    const r = parseLegalText('第一章　总则\n\n　　这段文字不属于任何条文。\n\n第一条　一。\n\n第三条　三。\n', { file: 'x.txt', lenient: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.map((e) => e.code)).toEqual(['UNPLACED_TEXT']);
  });

  it('a clean text has no warnings', () => {
    const r = parseLegalText(['第一条 一。', '', '第二条 二。'].join('\n'), { lenient: true });
    expect(r.ok && r.value.warnings).toBeUndefined();
  });
});
