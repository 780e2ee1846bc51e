import { describe, expect, it } from 'vitest';
import { toFlatJson } from './flat-json';
import { parseLegalText } from './parse-legal-text';
import { normalisedCharacters } from './scan-lines';
import { serializeTree } from './serialize-tree';
import { readFixture } from './test-support';

describe('regulations written for the tests in other layouts', () => {
  it('plain text with full-width spaces, 节 inside 章, 之一 articles, 目 inside 项 and a page break', () => {
    const source = readFixture('example-plain.zh.txt');
    const r = parseLegalText(source, { file: 'example-plain.zh.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const j = toFlatJson(r.value);
    expect(j.title).toBe('示例市中小企业促进条例');
    expect(j.chapters.map((c) => `${c.eid} ${c.num} ${c.title}`)).toEqual(['chp_1 第一章 总则', 'chp_2 第二章 扶持措施', 'chp_2__sec_1 第一节 资金', 'chp_2__sec_2 第二节 服务', 'chp_3 第三章 附则']);
    expect(j.articles.map((a) => a.eid)).toEqual(['art_1', 'art_2', 'art_3', 'art_4', 'art_5', 'art_5_1', 'art_6', 'art_7']);
    const art = (eid: string) => j.articles.find((a) => a.eid === eid)!;
    expect(art('art_5_1').num).toBe('第五条之一');
    expect(art('art_5_1').division).toBe('chp_2__sec_1');
    expect(art('art_2').paragraphs.map((p) => p.text)).toEqual(['本条例适用于本市行政区域内的中小企业促进工作。', '本条例所称中小企业，是指依法设立并符合国家中小企业划型标准的企业。']);
    expect(art('art_3').paragraphs[0]!.items.map((i) => i.num)).toEqual(['（一）', '（二）', '（三）']);
    expect(art('art_3').paragraphs[1]!.text).toBe('区人民政府按照本条例规定，做好本辖区的中小企业促进工作。');
    const item1 = art('art_5').paragraphs[0]!.items[0]!;
    expect(item1.subitems).toEqual([
      { eid: 'art_5__para_1__item_1__sub_1', num: '1.', text: '研发费用补助；' },
      { eid: 'art_5__para_1__item_1__sub_2', num: '2.', text: '首台（套）产品奖励。' },
    ]);
    expect(art('art_6').paragraphs).toHaveLength(1);
    expect(art('art_6').text).toBe('市中小企业主管部门应当建立一站式服务平台，为中小企业提供政策查询、诉求办理等服务。');
    expect(normalisedCharacters(serializeTree(r.value))).toBe(normalisedCharacters(source));
  });

  it('Markdown with ## chapters, ### sections, bold numbers, 【】 headings and `- （一）` items', () => {
    const source = readFixture('example-markdown.md');
    const r = parseLegalText(source, { file: 'example-markdown.md' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const j = toFlatJson(r.value);
    expect(j.title).toBe('示例市促进中小企业创新条例');
    expect(j.chapters.filter((c) => c.type === 'section').map((c) => `${c.eid}:${c.title}:${c.articles.join(',')}`)).toEqual(['chp_2__sec_1:平台服务:art_3', 'chp_2__sec_2:权益保护:art_4']);
    expect(j.articles.map((a) => `${a.num}【${a.heading}】`)).toEqual(['第一条【立法目的】', '第二条【职责分工】', '第三条【服务平台】', '第四条【款项支付】', '第五条【施行日期】']);
    const a3 = j.articles[2]!;
    expect(a3.paragraphs.map((p) => p.eid)).toEqual(['art_3__para_1', 'art_3__para_2']);
    expect(a3.paragraphs[0]!.items.map((i) => i.text)).toEqual(['惠企政策的归集和推送；', '企业诉求的受理和反馈；', '免申即享政策的兑现。']);
    expect(a3.paragraphs[1]!.text).toBe('前款规定的服务应当免费提供。');
    expect(j.parts.map((p) => p.role)).toEqual(['title', 'preamble', 'toc']);
    expect(j.parts[2]!.paragraphs.map((p) => p.text)).toEqual(['目录', '第一章 总则', '第二章 服务保障', '第三章 附则']);
    expect(normalisedCharacters(serializeTree(r.value))).toBe(normalisedCharacters(source));
  });
});

describe('policy measures numbered （一） and restarting in each section', () => {
  it('gives section-scoped eIds, lead-sentence headings and 1. items', () => {
    const source = readFixture('example-policy-paren.zh.txt');
    const r = parseLegalText(source, { file: 'example-policy-paren.zh.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const j = toFlatJson(r.value);
    expect(j.kind).toBe('measures');
    expect(j.documentNumber).toBe('示府办〔2026〕8号');
    expect(j.chapters.map((c) => `${c.num}${c.title}:${c.articles.join(',')}`)).toEqual([
      '一、减轻企业负担:sec_1__measure_1,sec_1__measure_2',
      '二、强化金融支持:sec_2__measure_1,sec_2__measure_2',
      '三、附则:sec_3__measure_1',
    ]);
    const m = j.articles[0]!;
    expect(m).toMatchObject({ num: '（一）', heading: '降低用能成本。' });
    expect(m.paragraphs[0]!.items.map((i) => `${i.eid} ${i.num}${i.text}`)).toEqual([
      'sec_1__measure_1__para_1__item_1 1.月用电量1万千瓦时以下的，每千瓦时补贴0.05元；',
      'sec_1__measure_1__para_1__item_2 2.月用电量1万千瓦时以上的，每千瓦时补贴0.03元。',
    ]);
    expect(m.paragraphs[1]!.text).toBe('（责任单位：市发展改革委）');
    expect(normalisedCharacters(serializeTree(r.value))).toBe(normalisedCharacters(source));
  });
});

describe('policy sections written in bold', () => {
  it('reads a bold `一、` line as a section heading', () => {
    const r = parseLegalText('**一、降低成本**\n\n**1.减免租金。**对小微企业减免租金。\n\n**二、扩大需求**\n\n**2.发放消费券。**由各区组织发放。\n', { file: 'bold.md' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      const j = toFlatJson(r.value);
      expect(j.kind).toBe('measures');
      expect(j.chapters.map((c) => `${c.eid}:${c.title}:${c.articles.join(',')}`)).toEqual(['sec_1:降低成本:measure_1', 'sec_2:扩大需求:measure_2']);
      expect(j.articles.map((a) => a.heading)).toEqual(['减免租金。', '发放消费券。']);
    }
  });
});
