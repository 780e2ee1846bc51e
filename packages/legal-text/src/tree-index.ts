import { formatChineseNumeral } from './numerals';
import { articleText, paragraphText } from './serialize-tree';
import { isArticle, type Article, type Block, type Division, type Item, type LegalTree, type Paragraph, type SubItem } from './types';

export type IndexedNode = Article | Division | Block | Paragraph | Item | SubItem;

/** One addressable element with the text a citation of it shows. */
export interface IndexedElement {
  eid: string;
  node: IndexedNode;
  /** Own number: `第四十五条`, `第一款`, `（二）`, `第三章`. */
  num: string;
  heading?: string;
  text: string;
  /** Full Chinese citation: `第四十五条第一款第（二）项`. */
  citation: string;
  /** The article or measure that contains it, if any. */
  articleEid: string | null;
  /** Editorial remarks of a comparison draft attached to this element (not law text). */
  annotations?: string[];
}

function itemText(i: Item): string {
  return [i.num + i.text, ...i.subitems.map((s) => s.num + s.text)].join('\n');
}

const ROLE_LABEL: Record<Block['role'], string> = {
  preface: '前置部分',
  notice: '通告',
  title: '标题',
  preamble: '题注',
  toc: '目录',
  annex: '附件',
  explanation: '说明',
  closing: '文末',
};

/** Chinese name of a non-article part: `通告`, `附件2（说明）`, `目录` … */
export function blockLabel(b: Block): string {
  const annex = /^annex_(\d+)$/.exec(b.eid);
  if (annex) return `附件${annex[1]}${b.role === 'annex' ? '' : `（${ROLE_LABEL[b.role]}）`}`;
  return ROLE_LABEL[b.role];
}

/** All addressable elements of a tree by eId, in document order. */
export function indexTree(tree: LegalTree): Map<string, IndexedElement> {
  const out = new Map<string, IndexedElement>();
  const add = (e: IndexedElement) => out.set(e.eid, e);
  const visitArticle = (a: Article) => {
    const base = a.num;
    add({ eid: a.eid, node: a, num: a.num, ...(a.heading !== undefined ? { heading: a.heading } : {}), text: articleText(a), citation: base, articleEid: a.eid });
    for (const p of a.paragraphs) {
      const pnum = `第${formatChineseNumeral(p.ordinal)}款`;
      const notes = [...p.annotations, ...p.items.flatMap((i) => i.annotations)];
      add({
        eid: p.eid,
        node: p,
        num: pnum,
        text: paragraphText(p),
        citation: a.type === 'measure' ? `${base}第${formatChineseNumeral(p.ordinal)}段` : base + pnum,
        articleEid: a.eid,
        ...(notes.length ? { annotations: notes } : {}),
      });
      for (const i of p.items) {
        const icit = `${base}${a.type === 'measure' ? '' : pnum}第${i.num}项`;
        add({ eid: i.eid, node: i, num: i.num, text: itemText(i), citation: icit, articleEid: a.eid, ...(i.annotations.length ? { annotations: i.annotations } : {}) });
        for (const s of i.subitems) add({ eid: s.eid, node: s, num: s.num, text: s.num + s.text, citation: `${icit}第${s.ordinal}目`, articleEid: a.eid });
      }
    }
  };
  const visitDivision = (d: Division) => {
    add({ eid: d.eid, node: d, num: d.num, text: d.title, citation: `${d.num}${d.title ? ` ${d.title}` : ''}`, articleEid: null });
    for (const c of d.children) {
      if (isArticle(c)) visitArticle(c);
      else visitDivision(c);
    }
  };
  for (const n of tree.children) {
    if (n.type === 'block') {
      const label = blockLabel(n);
      add({ eid: n.eid, node: n, num: '', text: n.paragraphs.map((p) => p.text).join('\n'), citation: label, articleEid: null });
      for (const p of n.paragraphs) {
        add({ eid: p.eid, node: p, num: `第${formatChineseNumeral(p.ordinal)}段`, text: p.text, citation: `${label}第${formatChineseNumeral(p.ordinal)}段`, articleEid: null });
      }
    } else if (isArticle(n)) visitArticle(n);
    else visitDivision(n);
  }
  return out;
}

/** Articles (or measures) in document order. */
export function listArticles(tree: LegalTree): Article[] {
  const out: Article[] = [];
  const walk = (n: LegalTree['children'][number] | Division['children'][number]) => {
    if (isArticle(n)) out.push(n);
    else if (n.type !== 'block') n.children.forEach(walk);
  };
  tree.children.forEach(walk);
  return out;
}

/** 编/章/节 (and policy sections) in document order. */
export function listDivisions(tree: LegalTree): Division[] {
  const out: Division[] = [];
  const walk = (n: LegalTree['children'][number] | Division['children'][number]) => {
    if (n.type === 'part' || n.type === 'chapter' || n.type === 'section') {
      out.push(n);
      n.children.forEach(walk);
    }
  };
  tree.children.forEach(walk);
  return out;
}
