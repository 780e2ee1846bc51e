import { describe, expect, it } from 'vitest';
import { normalisedCharacters } from './scan-lines';
import { parseComparisonDraft, serializeComparison } from './parse-comparison';
import { parseLegalText } from './parse-legal-text';
import { readSeed } from './test-support';
import { indexTree, listArticles } from './tree-index';

const source = readSeed('hunanComparison');
const parsed = parseComparisonDraft(source, { file: 'hunan.txt' });
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
const draft = parsed.value;
const left = indexTree(draft.left);
const right = indexTree(draft.right);

describe('seed 001 — the Hunan 修改对照稿 as two versions', () => {
  it('recovers 修订草案 (38 articles) and 二次审议稿 (35 articles)', () => {
    expect(draft.labels).toEqual(['修订草案', '二次审议稿']);
    expect(listArticles(draft.left).map((a) => a.ordinal)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(listArticles(draft.right).map((a) => a.ordinal)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(listArticles(draft.left).every((a) => a.heading === undefined)).toBe(true);
    expect(listArticles(draft.right).every((a) => a.heading !== undefined)).toBe(true);
  });

  it('keeps the editor’s own rows, empty sides included', () => {
    expect(draft.rows).toHaveLength(42); // 38 old articles + 4 new-only rows (new 10, 12, 13, 33)
    expect(draft.rows[9]).toMatchObject({ left: null, right: 'art_10' });
    expect(draft.rows[15]).toMatchObject({ left: 'art_13', right: null });
    expect(draft.rows.at(-1)).toMatchObject({ left: 'art_38', right: 'art_35' });
  });

  it('keeps editorial remarks as annotations, not as law text', () => {
    expect(left.get('art_13__para_1')!.text).toBe('县级以上人民政府应当制定和完善扶持创新创业的政策，提供创新创业服务，加强创新创业培训，改善创业环境，支持创办各类中小企业。');
    const p = (left.get('art_13__para_1')!.node as { annotations: string[] }).annotations;
    expect(p).toEqual(['（移至第二十一条第一款）']);
    expect((right.get('art_21__para_1')!.node as { annotations: string[] }).annotations).toEqual(['（原第十三条第一款）']);
    expect((left.get('art_10__para_1__item_7')!.node as { annotations: string[] }).annotations).toEqual(['（对列项的顺序作了调整）']);
    expect((left.get('art_37__para_1')!.node as { annotations: string[] }).annotations).toEqual(['（最后一句的位置作了调整）']);
  });

  it('reads heading-only article lines, items and indented 款 of the new version', () => {
    expect(right.get('art_10')!.heading).toBe('产融合作白名单');
    expect(right.get('art_10__para_1')!.text).toMatch(/^县级以上人民政府工业和信息化主管部门应当与金融监督管理部门联合建立和完善中小企业产融合作白名单机制/);
    expect(right.get('art_11__para_1__item_5')!.text).toBe('（五）优化贷款审批流程，提高贷款审批效率；');
    expect(right.get('art_14__para_3')!.text).toMatch(/^省级政府性融资担保机构应当发挥再担保功能/);
    expect(right.get('art_34__para_1__item_7')!.text).toBe('（七）其他侵害中小企业合法权益的行为。');
  });

  it('loses no character: the table written back has the source’s characters', () => {
    expect(normalisedCharacters(serializeComparison(draft))).toBe(normalisedCharacters(source));
    expect(draft.closing?.paragraphs.map((p) => p.text)).toEqual(['（制作时间：2020年9月16日）']);
  });

  it('parseLegalText asks for a column, and gives either column on request', () => {
    const r = parseLegalText(source, { file: 'hunan.txt' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error[0]!.code).toBe('COMPARISON_NEEDS_COLUMN');
    const l = parseLegalText(source, { file: 'hunan.txt', column: 'left' });
    expect(l.ok && listArticles(l.value).length).toBe(38);
  });

  it('reports a remark citing an article that does not exist, with its line', () => {
    const broken = source.replace('（移至第二十一条第一款）', '（移至第九十一条第一款）');
    const r = parseComparisonDraft(broken, { file: 'hunan.txt' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(1);
      expect(r.error[0]).toMatchObject({ code: 'UNRESOLVED_REFERENCE', file: 'hunan.txt', line: 104 });
      expect(r.error[0]!.message.zh).toContain('第九十一条第一款');
    }
  });

  it('reports a table whose cells do not pair up', () => {
    const lines = source.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('\t第三十五条【实施日期】'));
    const r = parseComparisonDraft(lines.filter((_, i) => i !== cut).join('\n'), { file: 'hunan.txt' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.code)).toContain('COMPARISON_UNBALANCED');
  });
});
