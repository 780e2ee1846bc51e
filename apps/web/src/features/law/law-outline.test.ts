import { describe, expect, it } from 'vitest';
import { buildOutline, outlinePathTo } from './law-outline';
import type { LawNode } from './law-api';

const para = (eid: string) => ({ eid, num: '第一款', text: '文本', isHeading: false, annotations: [], items: [] });
const nodes: LawNode[] = [
  { kind: 'block', eid: 'title', role: 'title', label: '标题', paragraphs: [para('title__para_1')] },
  { kind: 'block', eid: 'preface', role: 'notice', label: '通告', paragraphs: [para('preface__para_1')] },
  { kind: 'division', eid: 'chp_1', type: 'chapter', num: '第一章', title: '总则', parent: null, depth: 0 },
  { kind: 'article', eid: 'art_1', type: 'article', num: '第一条', heading: '立法目的', parent: 'chp_1', annotations: [], paragraphs: [para('art_1__para_1')] },
  { kind: 'division', eid: 'chp_2', type: 'chapter', num: '第二章', title: '融资促进', parent: null, depth: 0 },
  { kind: 'division', eid: 'chp_2__sec_1', type: 'section', num: '第一节', title: '担保', parent: 'chp_2', depth: 1 },
  { kind: 'article', eid: 'art_2', type: 'article', num: '第二条', heading: null, parent: 'chp_2__sec_1', annotations: [], paragraphs: [para('art_2__para_1')] },
  { kind: 'block', eid: 'annex_1', role: 'explanation', label: '附件1（说明）', paragraphs: [para('annex_1__para_1')] },
];

describe('law outline', () => {
  it('nests articles under chapters and sections and keeps labelled parts at the top, without the title', () => {
    const outline = buildOutline(nodes);
    expect(outline.map((e) => e.title)).toEqual(['通告', '第一章 总则', '第二章 融资促进', '附件1（说明）']);
    expect(outline[1]!.children.map((e) => e.title)).toEqual(['第一条 立法目的']);
    expect(outline[2]!.children[0]!.children.map((e) => e.key)).toEqual(['art_2']);
  });

  it('finds the branch that holds a paragraph or item', () => {
    const outline = buildOutline(nodes);
    expect(outlinePathTo(outline, 'art_2__para_1__item_1')).toEqual(['chp_2', 'chp_2__sec_1', 'art_2']);
    expect(outlinePathTo(outline, 'preface__para_1')).toEqual(['preface']);
    expect(outlinePathTo(outline, 'art_9')).toEqual([]);
  });
});
