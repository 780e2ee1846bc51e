import { listMarkChanges, marksUnderObjection, type Queryable, type StoredMark } from '@huiqi/db';
import { foldMarkChanges, OBJECTION_FLAG_LABEL, PUBLIC_CREDIT_ARTICLES, type MarkContent } from '@huiqi/workflows';
import { citeInWords } from './present-mark';

/** What objections did and do to a mark: its content after upheld objections (第五十一条第四款) and the flag of an open one (第五十条). */
export interface MarkExtras {
  content: MarkContent;
  underObjection: boolean;
}

/** Reads the changes and open objections of the given marks at once; the lookup answers for each of them. */
export async function loadMarkExtras(q: Queryable, marks: readonly StoredMark[]): Promise<(m: StoredMark) => MarkExtras> {
  const ids = marks.map((m) => m.markId);
  const [changes, flagged] = await Promise.all([listMarkChanges(q, ids), marksUnderObjection(q, ids)]);
  return (m) => ({
    content: foldMarkChanges({ finding: m.finding, subjectName: m.subjectName, recordedAt: m.recordedAt }, changes.get(m.markId) ?? []),
    underObjection: flagged.has(m.markId),
  });
}

/** One mark's extras. */
export async function markExtras(q: Queryable, m: StoredMark): Promise<MarkExtras> {
  return (await loadMarkExtras(q, [m]))(m);
}

/** 第五十条: the flag shown with the mark while an objection to it is handled, in words, with the article. */
export function objectionFlag(x: MarkExtras) {
  return x.underObjection ? { label: OBJECTION_FLAG_LABEL, article: citeInWords(PUBLIC_CREDIT_ARTICLES.objectionFlag) } : null;
}

/** 补充 (第五十一条第四款第（二）项): the supplementary information shown with the mark. */
export function supplementsOf(x: MarkExtras) {
  return x.content.supplements.map((s) => ({ text: s.text, at: s.at, article: citeInWords(PUBLIC_CREDIT_ARTICLES.objectionSupplement) }));
}
