import type { LawNode } from './law-api';

export interface OutlineEntry {
  key: string;
  title: string;
  children: OutlineEntry[];
}

/**
 * The chapter tree of a version: parts (通告, 说明 …) and divisions at their level, articles under
 * their division. Parts without a label of their own (the title) are left out.
 */
export function buildOutline(nodes: readonly LawNode[]): OutlineEntry[] {
  const roots: OutlineEntry[] = [];
  const byEid = new Map<string, OutlineEntry>();
  const attach = (entry: OutlineEntry, parent: string | null) => {
    const holder = parent ? byEid.get(parent) : undefined;
    (holder ? holder.children : roots).push(entry);
  };
  for (const n of nodes) {
    if (n.kind === 'block') {
      if (n.role !== 'title') roots.push({ key: n.eid, title: n.label, children: [] });
    } else if (n.kind === 'division') {
      const entry: OutlineEntry = { key: n.eid, title: `${n.num} ${n.title}`, children: [] };
      byEid.set(n.eid, entry);
      attach(entry, n.parent);
    } else {
      const short = n.heading && n.type === 'article' ? `${n.num} ${n.heading}` : n.num;
      attach({ key: n.eid, title: short, children: [] }, n.parent);
    }
  }
  return roots;
}

/** Keys of the outline entries that contain `eid` (to expand the tree to it). */
export function outlinePathTo(outline: readonly OutlineEntry[], eid: string): string[] {
  for (const e of outline) {
    if (e.key === eid || eid.startsWith(`${e.key}__`)) return [e.key];
    const inner = outlinePathTo(e.children, eid);
    if (inner.length) return [e.key, ...inner];
  }
  return [];
}
