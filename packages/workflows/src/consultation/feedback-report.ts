import type { OpinionOutcome } from './action';
import type { Consultation } from './consultation';
import { groupOpinions, type Opinion } from './group-opinions';

/** An article of the draft, in document order, with the chapter it stands in. */
export interface OutlineArticle {
  eid: string;
  /** `第十五条` */
  num: string;
  heading: string | null;
  chapter: { eid: string; title: string } | null;
}

export type OutcomeCounts = Record<OpinionOutcome, number>;

export interface ReportCounts {
  /** Comments received and not withdrawn (hidden ones included). */
  received: number;
  hidden: number;
  /** Opinions after grouping duplicates and identical submissions. */
  opinions: number;
  outcomes: OutcomeCounts;
}

export interface ReportArticle extends ReportCounts {
  eid: string;
  num: string;
  heading: string | null;
}

export interface ReportChapter extends ReportCounts {
  eid: string | null;
  title: string;
  articles: ReportArticle[];
}

export interface FeedbackReport {
  totals: ReportCounts;
  /** Opinions on the whole draft (no article). */
  wholeDraft: ReportCounts;
  chapters: ReportChapter[];
  opinions: Opinion[];
}

const zeroOutcomes = (): OutcomeCounts => ({ ADOPTED: 0, PARTLY_ADOPTED: 0, NOT_ADOPTED: 0, OUT_OF_SCOPE: 0 });
const zero = (): ReportCounts => ({ received: 0, hidden: 0, opinions: 0, outcomes: zeroOutcomes() });

/**
 * The 采纳情况反馈: how many comments each chapter and article drew, how many opinions they
 * make after grouping, and how each opinion was answered. Articles without comments are listed
 * too (with zeros), so the report covers the whole draft.
 */
export function buildFeedbackReport(c: Consultation, outline: readonly OutlineArticle[]): FeedbackReport {
  const opinions = groupOpinions(c);
  const totals = zero();
  const wholeDraft = zero();
  const perArticle = new Map<string, ReportArticle>();
  const chapters: ReportChapter[] = [];
  const chapterOf = new Map<string, ReportChapter>();
  for (const a of outline) {
    const key = a.chapter?.eid ?? '';
    let ch = chapterOf.get(key);
    if (!ch) {
      ch = { eid: a.chapter?.eid ?? null, title: a.chapter?.title ?? '', ...zero(), articles: [] };
      chapterOf.set(key, ch);
      chapters.push(ch);
    }
    const row: ReportArticle = { eid: a.eid, num: a.num, heading: a.heading, ...zero() };
    ch.articles.push(row);
    perArticle.set(a.eid, row);
  }
  const chapterOfArticle = new Map<string, ReportChapter>();
  for (const ch of chapters) for (const a of ch.articles) chapterOfArticle.set(a.eid, ch);
  const bucketsFor = (articleEid: string | null): ReportCounts[] => {
    const art = articleEid ? perArticle.get(articleEid) : undefined;
    if (!art) return [totals, wholeDraft];
    return [totals, art, chapterOfArticle.get(art.eid)!];
  };
  for (const x of c.comments) {
    if (x.withdrawnAt) continue;
    for (const b of bucketsFor(x.articleEid)) {
      b.received++;
      if (x.hidden) b.hidden++;
    }
  }
  const byId = new Map(c.comments.map((x) => [x.commentId, x]));
  for (const o of opinions) {
    for (const b of bucketsFor(byId.get(o.leadId)?.articleEid ?? null)) {
      b.opinions++;
      if (o.answer) b.outcomes[o.answer.outcome]++;
    }
  }
  return { totals, wholeDraft, chapters, opinions };
}
