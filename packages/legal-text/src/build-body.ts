import type { ScannedLine } from './scan-lines';
import type { Article, Division, Item, Normalisation, Paragraph, ParseIssue, SubItem, TextKind, TopNode } from './types';
import {
  ANNOTATION,
  endsSentence,
  matchArticle,
  matchDivision,
  matchItem,
  matchMeasure,
  matchPolicySection,
  matchSubItem,
} from './classify';
import { issue } from './issues';
import { formatChineseNumeral } from './numerals';

export interface BodyOptions {
  kind: TextKind;
  file: string;
  /** Comparison-draft cell: editorial remarks become annotations. */
  annotations?: boolean;
  /** Policy measures numbered `1.` (default) or `（一）`. */
  measureStyle?: 'arabic' | 'paren';
  /** Measures restart at 1 in each section: eIds become `sec_2__measure_1`. */
  measuresRestart?: boolean;
  /** An excerpt (节录): article and chapter numbers may skip, but must increase. */
  excerpt?: boolean;
}

const LEVEL = { part: 0, chapter: 1, section: 2 } as const;

/**
 * Builds 编/章/节 → 条 → 款 → 项 → 目 (or sections → measures) from body lines.
 *
 * 款 and 项: inside an article, every line (or Markdown paragraph) that does not start with
 * an item number is a new 款; a line starting with `（一）` (Chinese numeral in parentheses,
 * optionally after a list marker) is a 项 of the most recent 款; a line starting with `1.` or
 * `（1）` right after a 项 is a 目 of that 项. A line whose previous text does not end a
 * sentence (。；：！？ or a closing bracket) continues that text (a page break), unless the
 * previous Markdown line ended with a hard break.
 */
export class BodyBuilder {
  readonly nodes: TopNode[] = [];
  readonly issues: ParseIssue[] = [];
  private divisions: Division[] = [];
  private article: Article | null = null;
  private lastText: { owner: Paragraph | Item | SubItem } | null = null;
  private lastLine: ScannedLine | null = null;
  private lastArticle = { ordinal: 0, sub: 0 };
  private lastChapter = 0;
  private lastPart = 0;
  private lastSectionInParent = new Map<string, number>();
  private eids = new Set<string>();

  constructor(
    private readonly opts: BodyOptions,
    private readonly normalisations: Normalisation[],
  ) {}

  /** The eId of the article or measure being built, or null. */
  get currentArticleEid(): string | null {
    return this.article?.eid ?? null;
  }

  add(line: ScannedLine): void {
    const text = line.text;
    if (text === '') return;
    const handled = this.opts.kind === 'measures' ? this.measureLine(line) : this.regulationLine(line);
    if (!handled) this.plainLine(line);
    this.lastLine = line;
  }

  private regulationLine(line: ScannedLine): boolean {
    const text = line.text;
    const div = matchDivision(text);
    if (div) {
      this.openDivision(line, div.kind, div.num, div.ordinal, div.title);
      return true;
    }
    const art = matchArticle(text);
    if (art && (art.isDelimited || this.isExpectedArticle(art.ordinal, art.subOrdinal))) {
      if (art.isDelimited || !/^(规定|第|的|至|、|和|或|中)/.test(art.text)) {
        this.openArticle(line, 'article', art.num, art.ordinal, art.subOrdinal, art.heading, art.text);
        return true;
      }
    }
    return this.itemLine(line);
  }

  private measureLine(line: ScannedLine): boolean {
    const text = line.text;
    const sec = matchPolicySection(text);
    if (sec && (line.leadBold === null || line.leadBold === text) && (line.mdHeading > 0 || sec.title.length <= 40)) {
      this.openDivision(line, 'section', sec.num, sec.ordinal, sec.title);
      return true;
    }
    const paren = this.opts.measureStyle === 'paren';
    const m = paren ? matchItem(text) : matchMeasure(text);
    const restart = !!this.opts.measuresRestart && m?.ordinal === 1 && this.article === null && this.divisions.length > 0;
    if (m && (m.ordinal === this.lastArticle.ordinal + 1 || restart)) {
      if (restart) this.lastArticle = { ordinal: 0, sub: 0 };
      let heading: string | undefined;
      let rest = m.text;
      const bold = line.leadBold;
      if (bold && bold.startsWith(m.num) && bold.length > m.num.length) {
        heading = bold.slice(m.num.length).trim();
        rest = m.text.slice(m.text.indexOf(heading) + heading.length).trim();
      } else {
        const first = /^[^。]{2,40}。/.exec(m.text);
        if (first) {
          heading = first[0];
          rest = m.text.slice(first[0].length).trim();
        }
      }
      this.openArticle(line, 'measure', m.num, m.ordinal, undefined, heading, rest);
      return true;
    }
    return this.itemLine(line);
  }

  private itemLine(line: ScannedLine): boolean {
    if (!this.article) return false;
    const text = line.text;
    const parenMeasures = this.opts.kind === 'measures' && this.opts.measureStyle === 'paren';
    const item = parenMeasures ? matchSubItem(text) : matchItem(text);
    if (item) {
      const para = this.currentParagraph(line);
      const expected = (para.items.at(-1)?.ordinal ?? 0) + 1;
      if (item.ordinal !== expected) {
        this.issues.push(
          issue('NUMBERING_GAP', this.opts.file, line.no, line.col, `项的编号应为第${expected}项，实为${item.num}`, `item number should be ${expected}, found ${item.num}`),
        );
      }
      const { text: body, annotations } = this.splitAnnotation(item.text);
      const node: Item = {
        type: 'item',
        eid: this.eid(`${para.eid}__item_${item.ordinal}`, line),
        num: item.num,
        ordinal: item.ordinal,
        text: body,
        subitems: [],
        annotations,
        pos: { line: line.no, col: line.col },
      };
      para.items.push(node);
      this.lastText = { owner: node };
      return true;
    }
    const sub = parenMeasures ? null : matchSubItem(text);
    const lastItem = this.article.paragraphs.at(-1)?.items.at(-1);
    if (sub && lastItem && this.lastText && (this.lastText.owner === lastItem || lastItem.subitems.includes(this.lastText.owner as SubItem))) {
      const expected = (lastItem.subitems.at(-1)?.ordinal ?? 0) + 1;
      if (sub.ordinal === expected) {
        const { text: body, annotations } = this.splitAnnotation(sub.text);
        const node: SubItem = {
          type: 'subitem',
          eid: this.eid(`${lastItem.eid}__sub_${sub.ordinal}`, line),
          num: sub.num,
          ordinal: sub.ordinal,
          text: body,
          annotations,
          pos: { line: line.no, col: line.col },
        };
        lastItem.subitems.push(node);
        this.lastText = { owner: node };
        return true;
      }
    }
    return false;
  }

  private plainLine(line: ScannedLine): void {
    if (!this.article) {
      this.issues.push(
        issue(
          'UNPLACED_TEXT',
          this.opts.file,
          line.no,
          line.col,
          `文字不属于任何条文：“${line.text.slice(0, 20)}”`,
          `text outside any article or measure: "${line.text.slice(0, 20)}"`,
        ),
      );
      return;
    }
    if (this.opts.annotations && ANNOTATION.test(line.text) && line.text.match(ANNOTATION)![0] === line.text && this.lastText) {
      this.lastText.owner.annotations.push(line.text);
      return;
    }
    const prev = this.lastText?.owner;
    if (prev && prev.text !== '' && !endsSentence(prev.text) && !this.lastLine?.hardBreak && prev.annotations.length === 0) {
      prev.text += line.text;
      this.normalisations.push({ kind: 'JOINED_LINE', pos: { line: line.no, col: line.col }, detail: 'page break inside a sentence' });
      return;
    }
    this.newParagraph(line, line.text);
  }

  private splitAnnotation(text: string): { text: string; annotations: string[] } {
    if (!this.opts.annotations) return { text, annotations: [] };
    const m = ANNOTATION.exec(text);
    if (!m || m.index === 0) return { text, annotations: [] };
    return { text: text.slice(0, m.index), annotations: [m[0]] };
  }

  private newParagraph(line: ScannedLine, raw: string): Paragraph {
    const article = this.article!;
    const { text, annotations } = this.splitAnnotation(raw);
    const ordinal = article.paragraphs.length + 1;
    const para: Paragraph = {
      type: 'paragraph',
      eid: this.eid(`${article.eid}__para_${ordinal}`, line),
      ordinal,
      text,
      items: [],
      annotations,
      pos: { line: line.no, col: line.col },
    };
    article.paragraphs.push(para);
    this.lastText = { owner: para };
    return para;
  }

  private currentParagraph(line: ScannedLine): Paragraph {
    return this.article!.paragraphs.at(-1) ?? this.newParagraph(line, '');
  }

  private isExpectedArticle(ordinal: number, sub?: number): boolean {
    return sub === undefined ? ordinal === this.lastArticle.ordinal + 1 : ordinal === this.lastArticle.ordinal && sub === this.lastArticle.sub + 1;
  }

  private openDivision(line: ScannedLine, kind: Division['type'], num: string, ordinal: number, title: string): void {
    this.article = null;
    this.lastText = null;
    while (this.divisions.length && LEVEL[this.divisions.at(-1)!.type] >= LEVEL[kind]) this.divisions.pop();
    const parent = this.divisions.at(-1);
    let eid: string;
    let expected: number;
    if (kind === 'part') {
      expected = this.lastPart + 1;
      this.lastPart = ordinal;
      eid = `part_${ordinal}`;
    } else if (kind === 'chapter') {
      expected = this.lastChapter + 1;
      this.lastChapter = ordinal;
      eid = `chp_${ordinal}`;
    } else {
      const key = parent?.eid ?? '';
      expected = (this.lastSectionInParent.get(key) ?? 0) + 1;
      this.lastSectionInParent.set(key, ordinal);
      eid = parent && parent.type === 'chapter' ? `${parent.eid}__sec_${ordinal}` : `sec_${ordinal}`;
    }
    if (this.opts.excerpt ? ordinal < expected : ordinal !== expected) {
      this.issues.push(issue('NUMBERING_GAP', this.opts.file, line.no, line.col, `编号应为第${expected}，实为${num}`, `${kind} number should be ${expected}, found ${num}`));
    }
    const node: Division = { type: kind, eid: this.eid(eid, line), num, ordinal, title, children: [], pos: { line: line.no, col: line.col } };
    if (parent) parent.children.push(node);
    else this.nodes.push(node);
    this.divisions.push(node);
  }

  private openArticle(
    line: ScannedLine,
    type: Article['type'],
    num: string,
    ordinal: number,
    subOrdinal: number | undefined,
    heading: string | undefined,
    text: string,
  ): void {
    const skippedInExcerpt = !!this.opts.excerpt && subOrdinal === undefined && ordinal > this.lastArticle.ordinal;
    if (!skippedInExcerpt && !this.isExpectedArticle(ordinal, subOrdinal)) {
      const want = this.lastArticle.ordinal + 1;
      const zh =
        this.lastArticle.ordinal === 0
          ? `条文应从第一条开始，此处为${num}（节录请在 work.yaml 注明 excerpt: true）`
          : `条文编号不连续：上一条为第${formatChineseNumeral(this.lastArticle.ordinal)}条，此处为${num}`;
      this.issues.push(
        issue('NUMBERING_GAP', this.opts.file, line.no, line.col, zh, `article numbering jumps: expected ${want}, found ${num}${this.lastArticle.ordinal === 0 ? ' (mark excerpts with excerpt: true)' : ''}`),
      );
    }
    this.lastArticle = { ordinal, sub: subOrdinal ?? 0 };
    const prefix = type === 'measure' ? 'measure' : 'art';
    const section = this.opts.measuresRestart ? this.divisions.at(-1) : undefined;
    const eid = `${section ? `${section.eid}__` : ''}${prefix}_${ordinal}${subOrdinal ? `_${subOrdinal}` : ''}`;
    const node: Article = {
      type,
      eid: this.eid(eid, line),
      num,
      ordinal,
      ...(subOrdinal ? { subOrdinal } : {}),
      ...(heading !== undefined ? { heading } : {}),
      paragraphs: [],
      annotations: [],
      pos: { line: line.no, col: line.col },
    };
    const parent = this.divisions.at(-1);
    if (parent) parent.children.push(node);
    else this.nodes.push(node);
    this.article = node;
    this.lastText = null;
    if (text !== '') {
      const item = matchItem(text);
      if (item) {
        this.newParagraph(line, '');
        this.itemLine({ ...line, text });
      } else this.newParagraph(line, text);
    }
  }

  private eid(eid: string, line: ScannedLine): string {
    if (this.eids.has(eid)) {
      this.issues.push(issue('DUPLICATE_EID', this.opts.file, line.no, line.col, `编号重复：${eid}`, `duplicate id: ${eid}`));
      let n = 2;
      while (this.eids.has(`${eid}_dup${n}`)) n++;
      eid = `${eid}_dup${n}`;
    }
    this.eids.add(eid);
    return eid;
  }
}
