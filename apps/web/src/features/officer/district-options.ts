import type { Jurisdiction } from '../../api/types';

/**
 * The districts an officer can filter by: every jurisdiction below their own (following parentId),
 * or just their own when they work for one district. Sorted as the server sent them.
 */
export function districtOptions(all: readonly Jurisdiction[], scope: string): Jurisdiction[] {
  const byParent = new Map<string | null, Jurisdiction[]>();
  for (const j of all) byParent.set(j.parentId, [...(byParent.get(j.parentId) ?? []), j]);
  const below: Jurisdiction[] = [];
  const seen = new Set<string>();
  const walk = (id: string) => {
    for (const child of byParent.get(id) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      below.push(child);
      walk(child.id);
    }
  };
  walk(scope);
  if (below.length > 0) return below;
  const own = all.find((j) => j.id === scope);
  return own ? [own] : [];
}

/** Jurisdictions with nothing below them (the districts), for choosing where an enterprise is registered. */
export function leafJurisdictions(all: readonly Jurisdiction[]): Jurisdiction[] {
  const parents = new Set(all.map((j) => j.parentId).filter((id): id is string => id !== null));
  return all.filter((j) => !parents.has(j.id));
}
