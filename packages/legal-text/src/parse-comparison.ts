import { err, ok, type Result } from '@huiqi/kernel';
import { BodyBuilder } from './build-body';
import { isClosingLine, matchArticle } from './classify';
import { issue } from './issues';
import { parseChineseNumeral } from './numerals';
import { normalisedCharacters, scanLines, type ScannedLine } from './scan-lines';
import { serializeTree } from './serialize-tree';
import type { Article, Block, LegalTree, Normalisation, Paragraph, ParseIssue } from './types';

/** One row of a 修改对照稿: the old article (left) and the new one (right); null for an empty side. */
export interface ComparisonRow {
  left: string | null;
  right: string | null;
  line: number;
}

export interface ComparisonDraft {
  /** Column headings, e.g. 修订草案 / 二次审议稿. */
  labels: [string, string];
  left: LegalTree;
  right: LegalTree;
  rows: ComparisonRow[];
  preface: Block | null;
  closing: Block | null;
}

/** A 修改对照稿 laid out with a tab before each article of either column. */
export function isComparisonLayout(lines: ScannedLine[]): boolean {
  let tabbedArticles = 0;
  let articles = 0;
  for (const l of lines) {
    const a = matchArticle(l.text);
    if (!a || !a.isDelimited) continue;
    articles++;
    if (l.tabbed) tabbedArticles++;
  }
  return tabbedArticles >= 4 && tabbedArticles * 2 >= articles;
}

function textBlock(eid: string, role: Block['role'], lines: ScannedLine[]): Block | null {
  const paragraphs: Paragraph[] = lines
    .filter((l) => l.text !== '')
    .map((l, i) => ({ type: 'paragraph', eid: `${eid}__para_${i + 1}`, ordinal: i + 1, text: l.text, items: [], annotations: [], pos: { line: l.no, col: l.col } }));
  return paragraphs.length ? { type: 'block', role, eid, paragraphs, pos: paragraphs[0]!.pos } : null;
}

const REF = /第([零〇一二两三四五六七八九十百]+)条(?:第([零〇一二两三四五六七八九十]+)款)?/g;

/** Checks that `（移至第二十一条第一款）` and `（原第十三条第一款）` point at existing articles of the other column. */
function referenceIssues(from: LegalTree, to: LegalTree, file: string): ParseIssue[] {
  const target = new Map<number, Article>();
  for (const n of to.children) if (n.type === 'article') target.set(n.ordinal, n);
  const out: ParseIssue[] = [];
  const check = (text: string, pos: { line: number; col: number }) => {
    for (const m of text.matchAll(REF)) {
      const art = target.get(parseChineseNumeral(m[1]!) ?? -1);
      const para = m[2] ? parseChineseNumeral(m[2]) : null;
      if (!art || (para !== null && !art.paragraphs[para - 1])) {
        out.push(issue('UNRESOLVED_REFERENCE', file, pos.line, pos.col, `编辑说明引用的${m[0]}不存在`, `editorial remark cites ${m[0]}, which does not exist in the other column`));
      }
    }
  };
  for (const n of from.children) {
    if (n.type !== 'article') continue;
    for (const p of n.paragraphs) {
      p.annotations.forEach((a) => check(a, p.pos));
      for (const it of p.items) it.annotations.forEach((a) => check(a, it.pos));
    }
  }
  return out;
}

/** Writes a comparison draft back in its own layout (tab before each cell). */
export function serializeComparison(d: ComparisonDraft): string {
  const out: string[] = [];
  if (d.preface) out.push(...d.preface.paragraphs.map((p) => p.text));
  out.push(`\t${d.labels[0]}`, `\t${d.labels[1]}`);
  const cell = (tree: LegalTree, eid: string | null) => {
    if (!eid) return ['\t'];
    const a = tree.children.find((n) => n.type === 'article' && n.eid === eid) as Article;
    const text = serializeTree({ ...tree, children: [a] }).trim().split('\n').filter((l) => l !== '');
    return [`\t${text[0]}`, ...text.slice(1)];
  };
  for (const r of d.rows) out.push('', ...cell(d.left, r.left), ...cell(d.right, r.right));
  if (d.closing) out.push('', ...d.closing.paragraphs.map((p) => p.text));
  return `${out.join('\n')}\n`;
}

/**
 * Parses a 修改对照稿: after the two column headings, cells start with a tab and alternate
 * left (old version) and right (new version); an empty tab line is an empty side. Editorial
 * remarks in parentheses become annotations of the 款 or 项 they follow.
 */
export function parseComparisonDraft(source: string, opts: { file?: string } = {}): Result<ComparisonDraft, ParseIssue[]> {
  const file = opts.file ?? '<input>';
  const normalisations: Normalisation[] = [];
  const lines = scanLines(source, normalisations);
  let header = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.tabbed && b.tabbed && a.text && b.text && !matchArticle(a.text) && !matchArticle(b.text)) {
      header = i;
      break;
    }
  }
  const firstCell = header >= 0 ? header + 2 : lines.findIndex((l) => l.tabbed);
  const labels: [string, string] = header >= 0 ? [lines[header]!.text, lines[header + 1]!.text] : ['旧', '新'];
  const preface = textBlock('preface', 'preface', lines.slice(0, header >= 0 ? header : firstCell));
  const cells: ScannedLine[][] = [];
  const closingLines: ScannedLine[] = [];
  const issues: ParseIssue[] = [];
  for (let i = firstCell; i < lines.length; i++) {
    const l = lines[i]!;
    if (closingLines.length || isClosingLine(l.text)) {
      closingLines.push(l);
      continue;
    }
    if (l.tabbed) cells.push([l]);
    else if (l.text !== '') {
      if (!cells.length) issues.push(issue('UNPLACED_TEXT', file, l.no, l.col, '对照表之前的文字无法归属', 'text before the first cell of the table'));
      else cells.at(-1)!.push(l);
    }
  }
  if (cells.length % 2 !== 0) {
    const last = cells.at(-1)![0]!;
    issues.push(issue('COMPARISON_UNBALANCED', file, last.no, 1, '对照表的左右栏数目不相等', 'the comparison table has an odd number of cells (left and right do not pair up)'));
  }
  const left = new BodyBuilder({ kind: 'regulation', file, annotations: true }, normalisations);
  const right = new BodyBuilder({ kind: 'regulation', file, annotations: true }, normalisations);
  const rows: ComparisonRow[] = [];
  for (let c = 0; c + 1 < cells.length; c += 2) {
    const ids: (string | null)[] = [];
    for (const [builder, cell] of [
      [left, cells[c]!],
      [right, cells[c + 1]!],
    ] as const) {
      const before = builder.currentArticleEid;
      for (const l of cell) builder.add(l);
      const after = builder.currentArticleEid;
      ids.push(cell[0]!.text === '' || after === before ? null : after);
      if (cell[0]!.text === '' && cell.length > 1) {
        issues.push(issue('UNPLACED_TEXT', file, cell[1]!.no, cell[1]!.col, '空栏之后出现文字', 'text under an empty cell'));
      }
    }
    rows.push({ left: ids[0]!, right: ids[1]!, line: cells[c]![0]!.no });
  }
  issues.push(...left.issues, ...right.issues);
  const mk = (b: BodyBuilder): LegalTree => ({ kind: 'regulation', title: null, documentNumber: null, children: b.nodes, normalisations, file });
  const draft: ComparisonDraft = { labels, left: mk(left), right: mk(right), rows, preface, closing: textBlock('closing', 'closing', closingLines) };
  issues.push(...referenceIssues(draft.left, draft.right, file), ...referenceIssues(draft.right, draft.left, file));
  const want = normalisedCharacters(source);
  const got = normalisedCharacters(serializeComparison(draft));
  if (want !== got) {
    let at = 0;
    while (at < want.length && want[at] === got[at]) at++;
    issues.push(issue('LOSSLESS_CHECK_FAILED', file, 1, 1, `对照稿文字未能完整进入结构（自“${want.slice(at, at + 12)}”起）`, `comparison text lost (from "${want.slice(at, at + 12)}")`));
  }
  if (issues.length) return err(issues);
  return ok(draft);
}
