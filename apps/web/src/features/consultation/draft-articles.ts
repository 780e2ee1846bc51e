import type { LawNode } from '../law/law-api';
import type { ArticleOption } from './CommentForm';

/** The 条 and their 款 of a draft, for the comment form's anchor list (第七十一条, 第七十一条第二款 …). */
export function draftArticles(nodes: readonly LawNode[]): ArticleOption[] {
  const out: ArticleOption[] = [];
  for (const n of nodes) {
    if (n.kind !== 'article') continue;
    out.push({ eid: n.eid, label: `${n.num}${n.heading ? `【${n.heading}】` : ''}` });
    if (n.paragraphs.length > 1) n.paragraphs.forEach((p, i) => out.push({ eid: p.eid, label: `${n.num}第${'一二三四五六七八九十'[i] ?? i + 1}款` }));
  }
  return out;
}

/** Article number by eId, for the heat strip's labels. */
export function articleNumbers(nodes: readonly LawNode[]): Map<string, string> {
  return new Map(nodes.filter((n) => n.kind === 'article').map((n) => [n.eid, (n as { num: string }).num]));
}
