import { isArticle, type Article, type Block, type Division, type LegalTree, type Paragraph, type TopNode } from './types';

function annotated(text: string, annotations: string[]): string {
  return text + annotations.join('');
}

function paragraphLines(p: Paragraph, withNotes = true): string[] {
  const note = (text: string, notes: string[]) => (withNotes ? annotated(text, notes) : text);
  const out: string[] = [];
  if (p.text !== '' || (withNotes && p.annotations.length)) out.push(note(p.text, p.annotations));
  for (const item of p.items) {
    out.push(item.num + note(item.text, item.annotations));
    for (const sub of item.subitems) out.push(sub.num + note(sub.text, sub.annotations));
  }
  return out;
}

/** The article's own text: 款 one per line, 项 and 目 on their own lines (no number, no heading, no editorial remarks). */
export function articleText(a: Article): string {
  return a.paragraphs.flatMap((p) => paragraphLines(p, false)).join('\n');
}

/** The text of a 款 with its 项 and 目 (without editorial remarks). */
export function paragraphText(p: Paragraph): string {
  return paragraphLines(p, false).join('\n');
}

function articleLines(a: Article): string[] {
  const head =
    a.type === 'measure'
      ? a.heading !== undefined
        ? `**${a.num}${a.heading}**`
        : a.num
      : `${a.num}${a.heading !== undefined ? `【${a.heading}】` : ''}`;
  const lines = a.paragraphs.flatMap((p) => paragraphLines(p));
  const firstIsText = a.paragraphs[0] && (a.paragraphs[0].text !== '' || a.paragraphs[0].annotations.length > 0);
  const sep = a.type === 'measure' ? '' : '\u3000';
  if (firstIsText) return [`${head}${sep}${lines[0]}`, ...lines.slice(1), ...a.annotations];
  return [head, ...lines, ...a.annotations];
}

function divisionLines(d: Division): string[] {
  const head = d.num.endsWith('、') ? `${d.num}${d.title}` : `${d.num}${d.title ? `\u3000${d.title}` : ''}`;
  return [head, ...d.children.flatMap(nodeLines)];
}

function blockLines(b: Block): string[] {
  return b.paragraphs.map((p) => (p.isHeading ? '## ' : '') + annotated(p.text, p.annotations));
}

function nodeLines(n: TopNode | Division | Article): string[] {
  if (n.type === 'block') return blockLines(n);
  if (isArticle(n)) return articleLines(n);
  return divisionLines(n);
}

/**
 * Canonical text of a tree: one element per line, blank lines between them.
 * Parsing this text again gives the same tree (apart from source positions).
 */
export function serializeTree(tree: LegalTree): string {
  return `${tree.children.flatMap(nodeLines).join('\n\n')}\n`;
}
