import type { RuleBase } from '@huiqi/rules-engine';
import type { ColumnarMeta } from '@huiqi/testing';

/**
 * The rules' jurisdiction of each district in the population's dictionary: the same id when the
 * tree has it, else the child of the population's city with the same Chinese name (the synthetic
 * data spells `cn-gd-sz-futian`, the rules `cn-gd-sz-ft`). A district found neither way is
 * matched at city level and listed in `unmapped` so the caller can report it.
 */
export function districtJurisdictions(rb: RuleBase, meta: ColumnarMeta): { ids: string[]; unmapped: string[] } {
  const city = meta.source?.jurisdiction ?? 'cn-gd-sz';
  const children = rb.jurisdictions.all().filter((j) => j.parent === city);
  const unmapped: string[] = [];
  const ids = meta.dictionaries.district.map((d) => {
    if (rb.jurisdictions.has(d.slug)) return d.slug;
    const hit = children.find((j) => j.name.zh === d.name);
    if (hit) return hit.id;
    unmapped.push(d.slug);
    return city;
  });
  return { ids, unmapped };
}

/** The jurisdiction of one district slug and name (single-enterprise path, same rule as above). */
export function jurisdictionOfDistrict(rb: RuleBase, slug: string, name: string, city = 'cn-gd-sz'): string {
  if (rb.jurisdictions.has(slug)) return slug;
  return rb.jurisdictions.all().find((j) => j.parent === city && j.name.zh === name)?.id ?? city;
}
