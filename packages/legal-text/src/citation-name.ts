import type { LawLibrary, ResolvedText } from './load-law-library';

/**
 * A resolved address named as a reader cites it: 《title》第四十五条第一款第（二）项, or 《title》 for a
 * whole text. A draft is cited with its label: 《深圳经济特区中小企业发展促进条例（征求意见稿）》.
 * The one way an article is named on screen — the law reader's popover and the rules' explanations.
 */
export function citationName(lib: Pick<LawLibrary, 'versions'>, found: ResolvedText): string {
  const meta = lib.versions(found.workId).find((v) => v.id === found.versionDate);
  const title = found.status === 'DRAFT' && meta?.label && !found.title.includes(meta.label) ? `${found.title}（${meta.label}）` : found.title;
  return `《${title}》${found.eid === null ? '' : found.citation}`;
}
