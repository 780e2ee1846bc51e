import { listArticles, listDivisions } from './tree-index';
import type { Item, LegalTree, Paragraph } from './types';
import { articleText } from './serialize-tree';

export interface FlatItem {
  eid: string;
  num: string;
  text: string;
  subitems: { eid: string; num: string; text: string }[];
  annotations?: string[];
}

export interface FlatParagraph {
  eid: string;
  text: string;
  items: FlatItem[];
  annotations?: string[];
}

export interface FlatArticle {
  eid: string;
  num: string;
  heading?: string;
  /** eId of the innermost 章/节 (or policy section), null when none. */
  division: string | null;
  text: string;
  paragraphs: FlatParagraph[];
}

export interface FlatDivision {
  eid: string;
  type: 'part' | 'chapter' | 'section';
  num: string;
  title: string;
  parent: string | null;
  articles: string[];
}

export interface FlatTree {
  kind: LegalTree['kind'];
  title: string | null;
  documentNumber: string | null;
  chapters: FlatDivision[];
  articles: FlatArticle[];
  parts: { eid: string; role: string; paragraphs: { eid: string; text: string }[] }[];
  normalisations: LegalTree['normalisations'];
}

const notes = (a: string[]) => (a.length ? { annotations: a } : {});

function flatItem(i: Item): FlatItem {
  return { eid: i.eid, num: i.num, text: i.text, subitems: i.subitems.map((s) => ({ eid: s.eid, num: s.num, text: s.text })), ...notes(i.annotations) };
}

function flatParagraph(p: Paragraph): FlatParagraph {
  return { eid: p.eid, text: p.text, items: p.items.map(flatItem), ...notes(p.annotations) };
}

/** The JSON shape of `huiqi law parse`: flat articles and chapters plus the non-article parts. */
export function toFlatJson(tree: LegalTree): FlatTree {
  const divisions = listDivisions(tree);
  const parentOf = new Map<string, string>();
  for (const d of divisions) for (const c of d.children) parentOf.set(c.eid, d.eid);
  return {
    kind: tree.kind,
    title: tree.title,
    documentNumber: tree.documentNumber,
    chapters: divisions.map((d) => ({
      eid: d.eid,
      type: d.type,
      num: d.num,
      title: d.title,
      parent: parentOf.get(d.eid) ?? null,
      articles: listArticles({ ...tree, children: [d] }).map((a) => a.eid),
    })),
    articles: listArticles(tree).map((a) => ({
      eid: a.eid,
      num: a.num,
      ...(a.heading !== undefined ? { heading: a.heading } : {}),
      division: parentOf.get(a.eid) ?? null,
      text: articleText(a),
      paragraphs: a.paragraphs.map(flatParagraph),
    })),
    parts: tree.children.flatMap((n) => (n.type === 'block' ? [{ eid: n.eid, role: n.role, paragraphs: n.paragraphs.map((p) => ({ eid: p.eid, text: p.text })) }] : [])),
    normalisations: tree.normalisations,
  };
}
