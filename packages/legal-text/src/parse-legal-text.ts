import { err, ok, type Result } from '@huiqi/kernel';
import { BodyBuilder } from './build-body';
import {
  isClosingLine,
  isTocMarker,
  matchAnnex,
  matchArticle,
  matchDivision,
  matchMeasure,
  matchPolicySection,
  matchTitle,
  endsSentence,
} from './classify';
import { issue } from './issues';
import { normalisedCharacters, scanLines, type ScannedLine } from './scan-lines';
import { serializeTree } from './serialize-tree';
import type { Block, BlockRole, LegalTree, Normalisation, Paragraph, ParseIssue, TextKind, TopNode } from './types';
import { isComparisonLayout, parseComparisonDraft } from './parse-comparison';

export interface ParseOptions {
  /** File name used in error locations. */
  file?: string;
  /** Force regulation (条) or measures (1. / 一、) parsing; detected when omitted. */
  kind?: TextKind;
  /** For a 修改对照稿: which column to return. */
  column?: 'left' | 'right';
  /** The text is an excerpt (节录): numbering may skip forward (never backward or repeat). */
  excerpt?: boolean;
  /**
   * Importing a text from the wild: defects that leave the tree complete — a numbering gap, a lost
   * chapter heading (a chapter number skipped), a book or excerpt starting at a later article — are
   * returned as `tree.warnings` (same codes, file:line:col) instead of refusing the text. Text that fits
   * no structure, duplicate ids and lost characters are still errors. The project's own library is
   * always parsed strictly (`huiqi law check`; `huiqi law parse --strict`).
   */
  lenient?: boolean;
}

/** Issues that leave a complete tree behind: reported as warnings in lenient mode. */
const TOLERABLE: ReadonlySet<ParseIssue['code']> = new Set(['NUMBERING_GAP']);

function detectKind(lines: ScannedLine[]): TextKind {
  let articles = 0;
  let measures = 0;
  for (const l of lines) {
    const a = matchArticle(l.text);
    if (a?.isDelimited) articles++;
    else if (matchMeasure(l.text)) measures++;
  }
  if (articles >= 2 || (articles > 0 && articles >= measures)) return 'regulation';
  if (measures > 0) return 'measures';
  // Policy documents numbered 一、 … （一） … without 条 or 1.
  return lines.some((l) => matchPolicySection(l.text) && l.text.length <= 40) && lines.some((l) => /^[（(]一[）)]/.test(l.text)) ? 'measures' : 'regulation';
}

/** `1.` or `（一）` measures — whichever numbers the first measure — restarting when several sections start again at 1. */
function measureStyle(lines: ScannedLine[]): { measureStyle: 'arabic' | 'paren'; measuresRestart: boolean } {
  const first = lines.find((l) => matchMeasure(l.text)?.ordinal === 1 || /^[（(]一[）)]/.test(l.text));
  const style = first && matchMeasure(first.text) ? 'arabic' : 'paren';
  const firsts = lines.filter((l) => (style === 'arabic' ? matchMeasure(l.text)?.ordinal === 1 : /^[（(]一[）)]/.test(l.text))).length;
  return { measureStyle: style, measuresRestart: firsts > 1 };
}

function isBodyStart(l: ScannedLine, kind: TextKind, excerpt: boolean): boolean {
  const t = l.text;
  if (t === '') return false;
  if (isTocMarker(t)) return true;
  if (kind === 'regulation') {
    const d = matchDivision(t);
    if (d && (d.ordinal === 1 || excerpt)) return true;
    const a = matchArticle(t);
    return !!a && a.isDelimited && (a.ordinal === 1 || excerpt);
  }
  const s = matchPolicySection(t);
  if (s && s.ordinal === 1 && (l.leadBold === null || l.leadBold === t)) return true;
  const m = matchMeasure(t);
  return (!!m && m.ordinal === 1) || /^[（(]一[）)]/.test(t);
}

function blockRole(paragraphs: Paragraph[], fallback: BlockRole): BlockRole {
  const heads = paragraphs.slice(0, 8).map((p) => p.text);
  if (heads.some((t) => /(通告|通知|公告)$/.test(t))) return 'notice';
  if (heads.some((t) => /说明$/.test(t) && !/^附件[：:]/.test(t))) return 'explanation';
  return fallback;
}

class BlockBuilder {
  readonly paragraphs: Paragraph[] = [];
  private lastLine: ScannedLine | null = null;
  constructor(
    readonly eid: string,
    private readonly normalisations: Normalisation[],
  ) {}
  add(l: ScannedLine): void {
    if (l.text === '') return;
    const prev = this.paragraphs.at(-1);
    const joinable =
      prev &&
      !prev.isHeading &&
      l.mdHeading === 0 &&
      !l.tableRow &&
      !this.lastLine?.hardBreak &&
      !this.lastLine?.tableRow &&
      Array.from(prev.text).length >= 40 &&
      !endsSentence(prev.text) &&
      matchAnnex(l.text) === null;
    if (joinable) {
      prev.text += l.text;
      this.normalisations.push({ kind: 'JOINED_LINE', pos: { line: l.no, col: l.col }, detail: 'page break inside a sentence' });
    } else {
      const ordinal = this.paragraphs.length + 1;
      this.paragraphs.push({
        type: 'paragraph',
        eid: `${this.eid}__para_${ordinal}`,
        ordinal,
        text: l.text,
        items: [],
        annotations: [],
        ...(l.mdHeading > 0 ? { isHeading: true } : {}),
        pos: { line: l.no, col: l.col },
      });
    }
    this.lastLine = l;
  }
  build(role: BlockRole): Block | null {
    if (this.paragraphs.length === 0) return null;
    return { type: 'block', role: blockRole(this.paragraphs, role), eid: this.eid, paragraphs: this.paragraphs, pos: this.paragraphs[0]!.pos };
  }
}

/** Where each non-blank character of `a` first differs from `b`; -1 when equal. */
function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

function locateCharacter(lines: ScannedLine[], index: number): { line: number; col: number } {
  let seen = 0;
  for (const l of lines) {
    const chars = l.text.replace(/[\s\u3000\u00a0\ufeff]+/g, '');
    if (seen + chars.length > index) return { line: l.no, col: l.col };
    seen += chars.length;
  }
  const last = lines.at(-1);
  return { line: last?.no ?? 1, col: 1 };
}

/** The lossless check: every non-blank character of the source is in the tree, in order. */
export function losslessIssues(source: string, tree: LegalTree, file: string): ParseIssue[] {
  const want = normalisedCharacters(source);
  const got = normalisedCharacters(serializeTree(tree));
  const at = firstDifference(want, got);
  if (at < 0) return [];
  const sink: Normalisation[] = [];
  const pos = locateCharacter(scanLines(source, sink), at);
  return [
    issue(
      'LOSSLESS_CHECK_FAILED',
      file,
      pos.line,
      pos.col,
      `文字未能完整进入结构树（自“${want.slice(at, at + 12)}”起）`,
      `text lost or duplicated while building the tree (from "${want.slice(at, at + 12)}")`,
    ),
  ];
}

/**
 * Parses a regulation (条) or policy-measures (1.) text, plain or Markdown, into a tree.
 * Returns located errors for text that fits no structure; never drops text silently.
 */
export function parseLegalText(source: string, opts: ParseOptions = {}): Result<LegalTree, ParseIssue[]> {
  const file = opts.file ?? '<input>';
  const normalisations: Normalisation[] = [];
  const lines = scanLines(source, normalisations);
  if (isComparisonLayout(lines)) {
    if (!opts.column) {
      return err([
        issue('COMPARISON_NEEDS_COLUMN', file, 1, 1, '这是修改对照稿，请指定栏（left 或 right）', 'this is a comparison draft: choose a column (left or right)'),
      ]);
    }
    const cmp = parseComparisonDraft(source, { file });
    if (!cmp.ok) return cmp;
    return ok(opts.column === 'left' ? cmp.value.left : cmp.value.right);
  }
  if (lines.every((l) => l.text === '')) {
    return err([issue('EMPTY_DOCUMENT', file, 1, 1, '文本为空', 'the text is empty')]);
  }
  const kind = opts.kind ?? detectKind(lines);
  const children: TopNode[] = [];
  let bodyStart = lines.findIndex((l) => isBodyStart(l, kind, !!opts.excerpt));
  // No first article or chapter: start at any article or chapter, so that the numbering is reported.
  if (bodyStart < 0) bodyStart = lines.findIndex((l) => isBodyStart(l, kind, true));
  const start = bodyStart < 0 ? lines.length : bodyStart;

  // Title: the nearest title-like line before the body, within the same annex.
  let titleIndex = -1;
  let lastAnnexBefore = -1;
  for (let i = start - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    if (t === '') continue;
    if (matchAnnex(t) !== null) break;
    if (matchTitle(t)) {
      titleIndex = i;
      break;
    }
  }
  for (let i = (titleIndex < 0 ? start : titleIndex) - 1; i >= 0; i--) {
    if (matchAnnex(lines[i]!.text) !== null) {
      lastAnnexBefore = i;
      break;
    }
  }
  let title: string | null = null;
  let documentNumber: string | null = null;
  const push = (b: Block | null) => b && children.push(b);
  const prefaceEnd = lastAnnexBefore >= 0 ? lastAnnexBefore : titleIndex >= 0 ? titleIndex : start;
  const preface = new BlockBuilder('preface', normalisations);
  for (let i = 0; i < prefaceEnd; i++) preface.add(lines[i]!);
  push(preface.build('preface'));
  if (lastAnnexBefore >= 0) {
    const n = matchAnnex(lines[lastAnnexBefore]!.text)!;
    const annex = new BlockBuilder(`annex_${n}`, normalisations);
    for (let i = lastAnnexBefore; i < (titleIndex >= 0 ? titleIndex : start); i++) annex.add(lines[i]!);
    push(annex.build('annex'));
  }
  if (titleIndex >= 0) {
    const t = matchTitle(lines[titleIndex]!.text)!;
    title = t.title;
    documentNumber = t.documentNumber;
    const tb = new BlockBuilder('title', normalisations);
    tb.add(lines[titleIndex]!);
    push(tb.build('title'));
    const pre = new BlockBuilder('preamble', normalisations);
    for (let i = titleIndex + 1; i < start; i++) {
      const t = lines[i]!.text;
      if (documentNumber === null && /^[\u3400-\u9fff]+〔\d{4}〕\d+号$/.test(t)) documentNumber = t;
      pre.add(lines[i]!);
    }
    push(pre.build('preamble'));
  }

  // Table of contents: entries until a heading repeats one already listed.
  let i = start;
  if (i < lines.length && isTocMarker(lines[i]!.text)) {
    const toc = new BlockBuilder('toc', normalisations);
    toc.add(lines[i]!);
    const seen = new Set<string>();
    let chapter = 0;
    for (i = i + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.text === '') continue;
      const d = kind === 'regulation' ? matchDivision(l.text) : null;
      const s = kind === 'measures' ? matchPolicySection(l.text) : null;
      if (d || s) {
        if (d?.kind === 'chapter') chapter = d.ordinal;
        const key = d ? `${d.kind === 'section' ? chapter : ''}/${d.kind}${d.ordinal}` : `sec${s!.ordinal}`;
        if (seen.has(key)) break;
        seen.add(key);
        toc.add({ ...l, mdHeading: 0, hardBreak: true });
        continue;
      }
      break;
    }
    push(toc.build('toc'));
  }

  // Body, until an annex heading or a closing line.
  const body = new BodyBuilder({ kind, file, excerpt: !!opts.excerpt, ...(kind === 'measures' ? measureStyle(lines.slice(start)) : {}) }, normalisations);
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (matchAnnex(l.text) !== null || isClosingLine(l.text)) break;
    body.add(l);
  }
  children.push(...body.nodes);
  const issues = [...body.issues];

  // Annexes and closing lines after the body.
  let tail: BlockBuilder | null = null;
  let tailRole: BlockRole = 'annex';
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const annexNo = matchAnnex(l.text);
    if (annexNo !== null || (isClosingLine(l.text) && tailRole !== 'closing')) {
      if (tail) push(tail.build(tailRole));
      tailRole = annexNo !== null ? 'annex' : 'closing';
      tail = new BlockBuilder(annexNo !== null ? `annex_${annexNo}` : 'closing', normalisations);
    }
    tail!.add(l);
  }
  if (tail) push(tail.build(tailRole));

  const tree: LegalTree = { kind, title, documentNumber, children, normalisations, file };
  const warnings = opts.lenient ? issues.filter((x) => TOLERABLE.has(x.code)) : [];
  const errors = issues.filter((x) => !warnings.includes(x));
  // Unplaced text is already reported where it stands; otherwise prove nothing was lost.
  if (errors.length === 0) errors.push(...losslessIssues(source, tree, file));
  if (errors.length) return err(errors);
  if (warnings.length) tree.warnings = warnings;
  return ok(tree);
}
