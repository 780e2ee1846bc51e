import type { LawNode } from '../law/law-api';
import type { ArticleOption } from './CommentForm';
import type { Format } from '../../i18n/format-messages';

/** The 条 and their 款 of a draft, for the comment form's anchor list (第七十一条, 第七十一条第二款 …). */
export function draftArticles(nodes: readonly LawNode[], format: Pick<Format, 'articleHeading' | 'paragraph'>): ArticleOption[] {
  const out: ArticleOption[] = [];
  for (const n of nodes) {
    if (n.kind !== 'article') continue;
    out.push({ eid: n.eid, label: format.articleHeading(n.num, n.heading) });
    if (n.paragraphs.length > 1) n.paragraphs.forEach((p, i) => out.push({ eid: p.eid, label: format.paragraph(n.num, i) }));
  }
  return out;
}

/** Article number by eId, for the heat strip's labels. */
export function articleNumbers(nodes: readonly LawNode[]): Map<string, string> {
  return new Map(nodes.filter((n) => n.kind === 'article').map((n) => [n.eid, (n as { num: string }).num]));
}
