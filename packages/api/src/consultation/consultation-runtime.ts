import { shippedCalendar } from '@huiqi/calendar';
import { indexTree, isArticle, listArticles, listDivisions, type Division, type LegalTree } from '@huiqi/legal-text';
import type { PlainDate } from '@huiqi/kernel';
import type { ConsultationContext, OutlineArticle, ResolvedAddress } from '@huiqi/workflows';
import { lawLibrary } from '../law/law-library';
import { getRules } from '../rules/rule-base';

/** The revised version of a consultation's draft, parsed from the text the officer published. */
export const REVISED_VERSION_PREFIX = 'revised:';

function resolveIn(tree: LegalTree | null, eid: string): ResolvedAddress | null {
  if (!tree) return null;
  const e = indexTree(tree).get(eid);
  if (!e || !(e.articleEid !== null || e.node.type === 'article' || e.node.type === 'measure')) return null;
  return { citation: e.citation, articleEid: e.articleEid ?? eid };
}

/** The text a consultation is about: a version in the law library. */
export function draftTree(workId: string, versionId: string): LegalTree | null {
  return lawLibrary().tree(workId, versionId);
}

/**
 * The domain's ports for one request: the calendar of the jurisdiction, the minimum period from the
 * rule base (dated parameter `consultation.min_period_days`), and addresses from the law library —
 * or, for `revised:<id>`, from the revised text the officer is publishing.
 */
export async function consultationContext(jurisdiction: string, revised: LegalTree | null = null): Promise<ConsultationContext> {
  const { rb } = await getRules();
  return {
    calendar: shippedCalendar(jurisdiction),
    minimumPeriodDays: (j: string, date: PlainDate) => {
      // A district the rule base does not list (cn-gd-sz-futian) takes its city's or the national value.
      for (let k = j; k.length > 0; k = k.includes('-') ? k.slice(0, k.lastIndexOf('-')) : '') {
        const v = rb.params.resolve('consultation.min_period_days', k, date);
        if (v) return Number(v.value);
      }
      return null;
    },
    resolveAddress: (workId, versionId, eid) => resolveIn(versionId.startsWith(REVISED_VERSION_PREFIX) ? revised : draftTree(workId, versionId), eid),
  };
}

/** The articles of a tree in order with their chapter (for the feedback report and the heat strip). */
export function outlineOf(tree: LegalTree): OutlineArticle[] {
  const chapterOf = new Map<string, { eid: string; title: string }>();
  for (const d of listDivisions(tree)) {
    if (d.type !== 'chapter') continue;
    const walk = (n: Division['children'][number]) => {
      if (isArticle(n)) chapterOf.set(n.eid, { eid: d.eid, title: `${d.num} ${d.title}`.trim() });
      else n.children.forEach(walk);
    };
    d.children.forEach(walk);
  }
  return listArticles(tree).map((a) => ({ eid: a.eid, num: a.num, heading: a.heading ?? null, chapter: chapterOf.get(a.eid) ?? null }));
}
