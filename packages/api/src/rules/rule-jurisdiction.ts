import type { BilingualText } from '@huiqi/kernel';
import type { RuleBase } from '@huiqi/rules-engine';

export interface RuleJurisdiction {
  id: string;
  /** Set when the registry district had to be matched by name or by a higher level. */
  note: BilingualText | null;
}

/**
 * The rule base's jurisdiction for a registry district. The registry and `rules/jurisdictions.yaml`
 * spell district ids differently (`cn-gd-sz-nanshan` vs `cn-gd-sz-ns`), so: the same id if the rule
 * base has it; else the child of the nearest known ancestor with the same Chinese name; else that
 * ancestor (said in the note, since district-level values would then be skipped).
 */
export function ruleJurisdictionOf(rb: RuleBase, district: string, districtNameZh: string): RuleJurisdiction {
  const tree = rb.jurisdictions;
  if (tree.has(district)) return { id: district, note: null };
  const parts = district.split('-');
  for (let n = parts.length - 1; n >= 1; n--) {
    const ancestor = parts.slice(0, n).join('-');
    if (!tree.has(ancestor)) continue;
    const byName = tree.all().find((j) => j.parent === ancestor && j.name.zh === districtNameZh);
    if (byName) return { id: byName.id, note: null };
    const name = tree.get(ancestor)!.name;
    return {
      id: ancestor,
      note: {
        zh: `规则库未收录「${districtNameZh}」，按${name.zh}的政策和参数判断`,
        en: `the rule base has no entry for ${district}; ${name.en} policies and parameters apply`,
      },
    };
  }
  return { id: 'cn', note: { zh: `规则库未收录辖区「${districtNameZh}」，仅按全国政策判断`, en: `the rule base has no jurisdiction for ${district}; national policies only` } };
}
