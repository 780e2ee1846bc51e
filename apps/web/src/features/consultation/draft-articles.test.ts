import { describe, expect, it } from 'vitest';
import type { LawNode } from '../law/law-api';
import { formatterFor } from '../../i18n/format-messages';
import { articleNumbers, draftArticles } from './draft-articles';

const para = (eid: string) => ({ eid, num: '', text: '文', isHeading: false, annotations: [], items: [] });
const nodes: LawNode[] = [
  { kind: 'division', eid: 'chp_1', type: 'chapter', num: '第一章', title: '总则', parent: null, depth: 0 },
  { kind: 'article', eid: 'art_1', type: 'article', num: '第一条', heading: '立法目的', parent: 'chp_1', annotations: [], paragraphs: [para('art_1__para_1')] },
  { kind: 'article', eid: 'art_2', type: 'article', num: '第二条', heading: null, parent: 'chp_1', annotations: [], paragraphs: [para('art_2__para_1'), para('art_2__para_2')] },
];

describe('the anchors a comment can take', () => {
  it('lists each article, and each 款 of articles with several', () => {
    expect(draftArticles(nodes, formatterFor('zh')).map((a) => [a.eid, a.label])).toEqual([
      ['art_1', '第一条【立法目的】'],
      ['art_2', '第二条'],
      ['art_2__para_1', '第二条第一款'],
      ['art_2__para_2', '第二条第二款'],
    ]);
    expect(articleNumbers(nodes).get('art_2')).toBe('第二条');
    expect(draftArticles(nodes, formatterFor('en')).map((a) => a.label)).toEqual(['第一条 [立法目的]', '第二条', '第二条, paragraph 1', '第二条, paragraph 2']);
  });
});
