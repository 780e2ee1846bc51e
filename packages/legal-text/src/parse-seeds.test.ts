import { describe, expect, it } from 'vitest';
import { parseLegalText } from './parse-legal-text';
import { normalisedCharacters } from './scan-lines';
import { serializeTree } from './serialize-tree';
import { readSeed } from './test-support';
import { indexTree, listArticles, listDivisions } from './tree-index';
import type { LegalTree } from './types';

function parse(name: Parameters<typeof readSeed>[0]): LegalTree {
  const r = parseLegalText(readSeed(name), { file: name });
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 1));
  return r.value;
}

function el(tree: LegalTree, eid: string) {
  const e = indexTree(tree).get(eid);
  if (!e) throw new Error(`no ${eid}`);
  return e;
}

/** Structure without source positions, for comparing a tree with its re-parse. */
function shape(tree: LegalTree) {
  return JSON.stringify(tree.children, (k, v) => (k === 'pos' ? undefined : v));
}

const SEEDS = ['shenzhenDraft', 'shanghai', 'qingdaoDraft', 'shenzhenMeasures'] as const;

describe('the four single-version seeds', () => {
  for (const name of SEEDS) {
    it(`${name}: every non-blank character of the source is in the tree, in order`, () => {
      const tree = parse(name);
      expect(normalisedCharacters(serializeTree(tree))).toBe(normalisedCharacters(readSeed(name)));
    });
    it(`${name}: text → tree → text → tree gives the same tree`, () => {
      const tree = parse(name);
      const again = parseLegalText(serializeTree(tree), { file: `${name}.canonical` });
      expect(again.ok).toBe(true);
      if (again.ok) expect(shape(again.value)).toBe(shape(tree));
    });
  }
});

describe('seed 000 — 深圳经济特区中小企业发展促进条例（征求意见稿） with notice and 说明', () => {
  const tree = parse('shenzhenDraft');
  it('has 81 articles in 10 chapters, and the table of contents is not articles', () => {
    expect(listArticles(tree)).toHaveLength(81);
    const chapters = listDivisions(tree).filter((d) => d.type === 'chapter');
    expect(chapters.map((c) => c.title)).toEqual(['总则', '服务体系', '创业扶持', '创新推动', '市场开拓', '资金扶持', '融资促进', '权益保护', '监督检查', '附则']);
    const toc = tree.children.find((n) => n.type === 'block' && n.role === 'toc');
    expect(toc?.type === 'block' && toc.paragraphs.map((p) => p.text)).toEqual([
      '目 录',
      '第一章 总 则',
      '第二章 服务体系',
      '第三章 创业扶持',
      '第四章 创新推动',
      '第五章 市场开拓',
      '第六章 资金扶持',
      '第七章 融资促进',
      '第八章 权益保护',
      '第九章 监督检查',
      '第十章 附 则',
    ]);
  });
  it('keeps the consultation notice and the 说明 as their own parts', () => {
    const roles = tree.children.filter((n) => n.type === 'block').map((b) => (b.type === 'block' ? `${b.eid}:${b.role}` : ''));
    expect(roles).toEqual(['preface:notice', 'annex_1:annex', 'title:title', 'toc:toc', 'annex_2:explanation']);
    expect(tree.title).toBe('深圳经济特区中小企业发展促进条例 (征求意见稿)');
    expect(el(tree, 'annex_2').text).toContain('共10章81条');
    expect(el(tree, 'preface').text).toContain('2025年2月26日前');
  });
  it('reads Markdown-bold article numbers with headings, 款 as paragraphs and 项 with or without list markers', () => {
    expect(el(tree, 'art_1').heading).toBe('立法目的');
    expect(el(tree, 'art_2__para_2').text).toBe('本条例所称中小企业，是指在本市依法设立、符合国家中小企业划分标准的各种所有制和各种组织形式的企业，包括中型企业、小型企业和微型企业。');
    expect(el(tree, 'art_5__para_2').text.split('\n')[0]).toBe('市中小企业服务部门履行下列职责：');
    expect(el(tree, 'art_5__para_2__item_4').text).toBe('（四）受理中小企业的投诉和建议，维护中小企业合法权益；');
    expect(el(tree, 'art_5__para_3').text).toMatch(/^发展改革、工业和信息化/);
    expect(el(tree, 'art_45__para_1__item_2').text).toMatch(/^（二）依法落实预留采购份额、价格评审优惠、优先采购等措施。向中小企业预留的采购份额应当占本部门年度政府采购项目预算总额的百分之四十以上/);
    expect(el(tree, 'art_45__para_2').text).toMatch(/^以联合体形式参加政府采购活动/);
    expect(el(tree, 'art_77__para_1__item_7').text).toBe('（七）没有法律、法规、规章依据或者没有明确监督检查事项的检查。');
    expect(el(tree, 'art_81').text).toBe('本条例自 20XX 年 XX 月 XX 日起施行。');
  });
  it('joins sentences broken by page breaks', () => {
    expect(el(tree, 'art_18__para_1').text).toContain('扶持中小企业创业的政策体系，支持自然人');
    expect(el(tree, 'art_80__para_1').text).toContain('对直接负责的主管人员');
    expect(tree.normalisations.filter((n) => n.kind === 'JOINED_LINE')).toHaveLength(9);
  });
});

describe('seed 002 — 上海市促进中小企业发展条例', () => {
  const tree = parse('shanghai');
  it('has 66 articles in 10 chapters', () => {
    expect(listArticles(tree)).toHaveLength(66);
    expect(listDivisions(tree).filter((d) => d.type === 'chapter')).toHaveLength(10);
    expect(el(tree, 'chp_8').text).toBe('权益保护');
  });
  it('joins articles broken across lines mid-sentence and reads `- （一）` items', () => {
    expect(el(tree, 'art_40__para_1').text).toBe('对符合条件的创业人才，市、区人力资源社会保障部门应当按照规定，直接赋予居住证积分标准分值、缩短居住证转办常住户口年限或者直接落户。');
    expect(el(tree, 'art_5__para_2').text).toContain('不得对中小企业设置附加条件');
    expect(el(tree, 'art_63__para_1__item_3').text).toBe('（三）支持中小企业发展的资金、基金的使用情况；');
    expect(el(tree, 'art_63__para_2').text).toBe('市、区人民代表大会常务委员会通过听取和审议专项工作报告、组织执法检查等方式，加强对本行政区域内中小企业发展工作的监督。');
    expect(el(tree, 'art_66__para_1').text).toBe('本条例自2020年6月18日起施行。');
  });
  it('keeps the title and the adoption history apart from the articles', () => {
    expect(tree.title).toBe('上海市促进中小企业发展条例');
    expect(el(tree, 'preamble').text).toMatch(/^\(2011年4月12日上海市第十三届人民代表大会常务委员会第二十六次会议通过/);
  });
});

describe('seed 003 — 青岛市中小企业发展促进条例（征求意见稿）', () => {
  const tree = parse('qingdaoDraft');
  it('has 73 articles in 9 chapters', () => {
    expect(listArticles(tree)).toHaveLength(73);
    expect(listDivisions(tree).map((d) => d.title)).toEqual(['总则', '财税支持', '融资促进', '创业创新', '市场开拓', '服务措施', '权益保护', '监督检查', '附则']);
  });
  it('removes and reports the [bookmark] artifacts', () => {
    const removed = tree.normalisations.filter((n) => n.kind === 'REMOVED_ARTIFACT');
    expect(removed).toHaveLength(10);
    expect(removed[0]).toEqual({ kind: 'REMOVED_ARTIFACT', pos: { line: 3, col: 1 }, detail: '[bookmark: _Toc23981]' });
    expect(el(tree, 'art_1__para_1').text).toMatch(/^为了优化中小企业发展环境/);
  });
  it('reads one 款 per line', () => {
    expect(el(tree, 'art_40__para_2').text).toBe('向中小企业预留的采购份额应当占本部门年度政府采购项目预算总额的30%以上；其中，预留给小型微型企业的比例不低于60%。中小企业无法提供的商品和服务除外。');
    expect(el(tree, 'art_4').node.type === 'article' && (el(tree, 'art_4').node as { paragraphs: unknown[] }).paragraphs).toHaveLength(3);
    expect(el(tree, 'art_73__para_1').text).toBe('本条例自2023年 月 日起施行。');
  });
});

describe('seed 004 — 深工信〔2023〕26号 policy measures', () => {
  const tree = parse('shenzhenMeasures');
  it('has 20 measures numbered continuously in 4 sections', () => {
    expect(tree.kind).toBe('measures');
    expect(tree.documentNumber).toBe('深工信〔2023〕26号');
    const measures = listArticles(tree);
    expect(measures.map((m) => m.eid)).toEqual(Array.from({ length: 20 }, (_, i) => `measure_${i + 1}`));
    const sections = listDivisions(tree);
    expect(sections.map((s) => `${s.eid}:${s.title}:${s.children.length}`)).toEqual(['sec_1:降低企业生产经营成本:8', 'sec_2:有效扩大市场需求:4', 'sec_3:支持中小企业创新发展:4', 'sec_4:促进中小企业转型升级:4']);
  });
  it('takes the bold lead sentence (or the first sentence) as the heading', () => {
    expect(el(tree, 'measure_1').heading).toBe('全面落实中小微企业税收优惠政策。');
    expect(el(tree, 'measure_18').heading).toBe('支持专精特新企业人才培育。');
    expect(el(tree, 'measure_18__para_1').text).toMatch(/^推动 2023 年企业家培育工程/);
  });
  it('joins a number broken by a page break and keeps responsibility notes in the text', () => {
    expect(el(tree, 'measure_5__para_1').text).toContain('在2023年1月1日至3月31日新增贷款');
    expect(el(tree, 'measure_11__para_1').text).toMatch(/（责任单位：市商务局、市司法局、市贸促委\)$/);
    expect(el(tree, 'measure_17__para_2').text).toMatch(/^\(责任单位：市中小企业服务局\)加强中小企业数字化赋能/);
  });
});
