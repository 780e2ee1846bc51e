import { bi, err, ok } from '@huiqi/kernel';
import type { FieldResult } from './field-parsers';

/** The jurisdictions an intake file may name, by id (`cn-gd-sz-futian`) or Chinese name (福田区). */
export interface DistrictLookup {
  resolve(text: string): FieldResult<string>;
}

export function districtLookup(jurisdictions: readonly { id: string; name: { zh: string } }[]): DistrictLookup {
  const ids = new Set(jurisdictions.map((j) => j.id));
  const byName = new Map<string, string[]>();
  for (const j of jurisdictions) byName.set(j.name.zh, [...(byName.get(j.name.zh) ?? []), j.id]);
  return {
    resolve(text) {
      if (ids.has(text)) return ok(text);
      const hits = byName.get(text) ?? [];
      if (hits.length === 1) return ok(hits[0]!);
      if (hits.length > 1) return err(bi(`区「${text}」有多个同名辖区（${hits.join('、')}），请填写辖区编号`, `district '${text}' names several jurisdictions (${hits.join(', ')}); give the id`));
      return err(bi(`未知的区「${text}」（填写区名如「福田区」或辖区编号）`, `unknown district '${text}' (give a name such as 福田区 or a jurisdiction id)`));
    },
  };
}
