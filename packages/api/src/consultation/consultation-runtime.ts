import { shippedCalendar } from '@huiqi/calendar';
import { indexTree, isArticle, listArticles, listDivisions, parseLegalText, type Division, type LegalTree } from '@huiqi/legal-text';
import type { PlainDate } from '@huiqi/kernel';
import type { ConsultationContext, DraftRef, OutlineArticle, ResolvedAddress } from '@huiqi/workflows';
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

/** A text of the law library by work and version (the demo and the law reader's drafts). */
export function draftTree(workId: string, versionId: string): LegalTree | null {
  return lawLibrary().tree(workId, versionId);
}

/** Parsed texts of console policies under consultation, by text (a few at a time; parsing is cheap but not free). */
const parsedTexts = new Map<string, LegalTree | null>();

function parsedText(text: string): LegalTree | null {
  let tree = parsedTexts.get(text);
  if (tree === undefined) {
    const r = parseLegalText(text, { file: 'console-policy' });
    tree = r.ok ? r.value : null;
    if (parsedTexts.size >= 200) parsedTexts.delete(parsedTexts.keys().next().value!);
    parsedTexts.set(text, tree);
  }
  return tree;
}

/** The text a consultation is about: a version in the law library, or the console policy's text fixed at opening. */
export function draftTreeOf(draft: DraftRef): LegalTree | null {
  if (draft.kind === 'CONSOLE_POLICY') return draft.text ? parsedText(draft.text) : null;
  return draftTree(draft.workId, draft.versionId);
}

/** The title of the text under consultation (the law library's, or the console policy's at opening). */
export function draftTitleOf(draft: DraftRef): string | null {
  if (draft.kind === 'CONSOLE_POLICY') return draft.title ?? null;
  return lawLibrary().work(draft.workId)?.title ?? null;
}

/**
 * The domain's ports for one request: the calendar of the jurisdiction, the minimum period from the
 * rule base (dated parameter `consultation.min_period_days`, with its unverified flag), and addresses
 * in the draft under consultation — or, for `revised:<id>`, in the revised text the officer is publishing.
 */
export async function consultationContext(draft: DraftRef, jurisdiction: string, revised: LegalTree | null = null): Promise<ConsultationContext> {
  const { rb } = await getRules();
  return {
    calendar: shippedCalendar(jurisdiction),
    minimumPeriod: (j: string, date: PlainDate) => {
      // A district the rule base does not list (cn-gd-sz-futian) takes its city's or the national value.
      for (let k = j; k.length > 0; k = k.includes('-') ? k.slice(0, k.lastIndexOf('-')) : '') {
        const v = rb.params.resolve('consultation.min_period_days', k, date);
        if (v) return { days: Number(v.value), isUnverified: v.unverified, reference: v.reference };
      }
      return null;
    },
    resolveAddress: (workId, versionId, eid) => {
      if (versionId.startsWith(REVISED_VERSION_PREFIX)) return resolveIn(revised, eid);
      if (workId === draft.workId && versionId === draft.versionId) return resolveIn(draftTreeOf(draft), eid);
      return resolveIn(draftTree(workId, versionId), eid);
    },
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
