import { bi, type BilingualText } from '@huiqi/kernel';
import type { LoadError } from './load-error';
import { YamlReader } from './yaml-reader';

export interface Jurisdiction {
  id: string;
  parent: string | null;
  name: BilingualText;
}

/** The jurisdiction tree (`cn` → `cn-gd` → `cn-gd-sz` → districts). Values set higher up apply below. */
export class Jurisdictions {
  private readonly byId = new Map<string, Jurisdiction>();
  private readonly chains = new Map<string, readonly string[]>();

  constructor(list: Jurisdiction[]) {
    for (const j of list) this.byId.set(j.id, j);
    for (const j of list) {
      const chain: string[] = [];
      let cur: Jurisdiction | undefined = j;
      while (cur && chain.length < 16) {
        chain.push(cur.id);
        cur = cur.parent ? this.byId.get(cur.parent) : undefined;
      }
      this.chains.set(j.id, chain);
    }
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
  get(id: string): Jurisdiction | undefined {
    return this.byId.get(id);
  }
  all(): Jurisdiction[] {
    return [...this.byId.values()];
  }
  /** The jurisdiction itself, then its parent, up to the root. Empty for an unknown id. */
  chain(id: string): readonly string[] {
    return this.chains.get(id) ?? [];
  }
  /** True when `inner` is `outer` or lies below it. */
  within(inner: string, outer: string): boolean {
    return this.chain(inner).includes(outer);
  }
}

export function loadJurisdictions(file: string, text: string): { tree: Jurisdictions; errors: LoadError[] } {
  const r = new YamlReader(file, text);
  const list: Jurisdiction[] = [];
  const m = r.root ? r.map(r.root, '辖区表 jurisdictions') : null;
  if (m) {
    for (const p of r.pairs(m)) {
      const id = String(p.key.value);
      if (!/^[a-z]{2}(-[a-z0-9]+)*$/.test(id)) r.error(p.key, 'WRONG_TYPE', bi(`辖区代码「${id}」格式不对（如 cn-gd-sz）`, `jurisdiction id '${id}' is malformed (e.g. cn-gd-sz)`));
      const body = r.map(p.value, `辖区 ${id}`);
      if (!body) continue;
      r.onlyKeys(body, ['parent', 'name'], `辖区 ${id}`);
      const parentNode = r.get(body, 'parent');
      const parent = parentNode === undefined ? null : r.string(parentNode, `${id}.parent`);
      const name = r.bilingual(r.require(body, 'name', `辖区 ${id}`), `${id}.name`);
      if (name) list.push({ id, parent, name });
    }
    const ids = new Set(list.map((j) => j.id));
    for (const j of list) {
      if (j.parent !== null && !ids.has(j.parent)) {
        r.error(m, 'UNKNOWN_JURISDICTION', bi(`辖区 ${j.id} 的上级「${j.parent}」不存在`, `parent '${j.parent}' of ${j.id} does not exist`));
      }
    }
  }
  return { tree: new Jurisdictions(list), errors: r.errors };
}
