/**
 * The typed tree of one version of a regulation or policy text.
 * Every element carries a stable eId built from ordinals (`art_15__para_1__item_3`)
 * and its original number text (`第十五条`, `（三）`) as `num`.
 */

/** 1-based position in the source file. */
export interface SourcePos {
  line: number;
  col: number;
}

export interface SubItem {
  type: 'subitem';
  eid: string;
  num: string;
  ordinal: number;
  text: string;
  annotations: string[];
  pos: SourcePos;
}

export interface Item {
  type: 'item';
  eid: string;
  /** e.g. `（三）` */
  num: string;
  ordinal: number;
  text: string;
  subitems: SubItem[];
  annotations: string[];
  pos: SourcePos;
}

/** A 款 (or a plain paragraph of a non-article block). */
export interface Paragraph {
  type: 'paragraph';
  eid: string;
  ordinal: number;
  text: string;
  items: Item[];
  /** Editorial remarks of a comparison draft, e.g. `（原第十三条第一款）`. */
  annotations: string[];
  /** True for heading lines inside non-article blocks (Markdown `#`). */
  isHeading?: boolean;
  pos: SourcePos;
}

/** An article (条) of a regulation, or a numbered measure of a policy document. */
export interface Article {
  type: 'article' | 'measure';
  eid: string;
  /** e.g. `第十五条`, `1.` */
  num: string;
  ordinal: number;
  /** 之一 → 1 for `第十五条之一`. */
  subOrdinal?: number;
  /** Without brackets: `立法目的` for `【立法目的】`; for measures the lead sentence. */
  heading?: string;
  paragraphs: Paragraph[];
  annotations: string[];
  pos: SourcePos;
}

export type DivisionType = 'part' | 'chapter' | 'section';

/** 编 / 章 / 节, or the `一、` sections of a policy document. */
export interface Division {
  type: DivisionType;
  eid: string;
  /** e.g. `第三章`, `一、` */
  num: string;
  ordinal: number;
  title: string;
  children: (Division | Article)[];
  pos: SourcePos;
}

export type BlockRole = 'preface' | 'notice' | 'title' | 'preamble' | 'toc' | 'annex' | 'explanation' | 'closing';

/** Text that is not part of the articles: front matter, title, table of contents, annexes. */
export interface Block {
  type: 'block';
  role: BlockRole;
  eid: string;
  paragraphs: Paragraph[];
  pos: SourcePos;
}

export type TopNode = Block | Division | Article;

export type TextKind = 'regulation' | 'measures';

/** Something the parser changed on the way (documented normalisation), kept visible. */
export interface Normalisation {
  kind: 'REMOVED_ARTIFACT' | 'JOINED_LINE' | 'REMOVED_MARKUP';
  pos: SourcePos;
  detail: string;
}

export interface LegalTree {
  kind: TextKind;
  title: string | null;
  /** Document number found in the title, e.g. `深工信〔2023〕26号`. */
  documentNumber: string | null;
  children: TopNode[];
  normalisations: Normalisation[];
  file?: string;
  /** Defects tolerated by a lenient import (numbering gaps …), with file:line:col; absent when none. */
  warnings?: ParseIssue[];
}

export type IssueCode =
  | 'UNPLACED_TEXT'
  | 'NUMBERING_GAP'
  | 'DUPLICATE_EID'
  | 'EMPTY_DOCUMENT'
  | 'NO_ARTICLES'
  | 'COMPARISON_NEEDS_COLUMN'
  | 'COMPARISON_UNBALANCED'
  | 'UNRESOLVED_REFERENCE'
  | 'BAD_METADATA'
  | 'MISSING_FILE'
  | 'LOSSLESS_CHECK_FAILED';

export interface ParseIssue {
  code: IssueCode;
  file: string;
  line: number;
  col: number;
  message: { zh: string; en: string };
}

/** True for an article (条) or a policy measure. */
export function isArticle(n: TopNode | Division | Article): n is Article {
  return n.type === 'article' || n.type === 'measure';
}
