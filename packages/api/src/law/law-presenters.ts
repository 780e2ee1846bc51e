import type { PlainDate } from '@huiqi/kernel';
import { formatChineseNumeral, isArticle, type Article, type Division, type LawLibrary, type LegalTree, type Paragraph, type VersionMeta, type WorkMeta } from '@huiqi/legal-text';
import type { z } from 'zod';
import type { LawNode, LawVersion, LawWork } from './law-schemas';
import { workKeyOf } from './work-key';

export function presentVersion(v: VersionMeta): z.infer<typeof LawVersion> {
  return {
    id: v.id,
    label: v.label,
    status: v.status,
    published: v.published,
    effective: v.effective,
    effectiveUntil: v.effectiveUntil,
    excerpt: v.excerpt,
    isComparisonColumn: v.column !== null,
  };
}

export function presentWork(lib: LawLibrary, w: WorkMeta, today: PlainDate): z.infer<typeof LawWork> {
  return {
    id: w.id,
    key: workKeyOf(w.id),
    title: w.title,
    titleEn: w.titleEn,
    jurisdiction: w.jurisdiction,
    type: w.type,
    issuer: w.issuer,
    documentNumber: w.documentNumber,
    status: w.status,
    sourceUrl: w.source.url,
    versions: lib.versions(w.id).map(presentVersion),
    currentVersion: lib.versionOn(w.id, today)?.version.id ?? null,
  };
}

type Node = z.infer<typeof LawNode>;

function paragraph(p: Paragraph, inArticle: boolean) {
  return {
    eid: p.eid,
    num: `第${formatChineseNumeral(p.ordinal)}${inArticle ? '款' : '段'}`,
    text: p.text,
    isHeading: p.isHeading ?? false,
    annotations: p.annotations,
    items: p.items.map((i) => ({
      eid: i.eid,
      num: i.num,
      text: i.text,
      annotations: i.annotations,
      subitems: i.subitems.map((s) => ({ eid: s.eid, num: s.num, text: s.text, annotations: s.annotations })),
    })),
  };
}

function article(a: Article, parent: string | null): Node {
  return {
    kind: 'article',
    eid: a.eid,
    type: a.type,
    num: a.num,
    heading: a.heading ?? null,
    parent,
    annotations: a.annotations,
    paragraphs: a.paragraphs.map((p) => paragraph(p, true)),
  };
}

/** The tree of one version flattened in document order: blocks, divisions (with parent and depth) and articles. */
export function presentNodes(lib: LawLibrary, workId: string, versionId: string, tree: LegalTree): Node[] {
  const elements = lib.elements(workId, versionId);
  const out: Node[] = [];
  const walk = (d: Division, parent: string | null, depth: number) => {
    out.push({ kind: 'division', eid: d.eid, type: d.type, num: d.num, title: d.title, parent, depth });
    for (const c of d.children) {
      if (isArticle(c)) out.push(article(c, d.eid));
      else walk(c, d.eid, depth + 1);
    }
  };
  for (const n of tree.children) {
    if (n.type === 'block') {
      out.push({ kind: 'block', eid: n.eid, role: n.role, label: elements?.get(n.eid)?.citation ?? n.role, paragraphs: n.paragraphs.map((p) => paragraph(p, false)) });
    } else if (isArticle(n)) out.push(article(n, null));
    else walk(n, null, 0);
  }
  return out;
}
