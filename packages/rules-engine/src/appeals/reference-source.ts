import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatChineseNumeral, readWorkYaml } from '@huiqi/legal-text';
import { parseLegalAddress } from '@huiqi/kernel';

/** How a reader names the source of a cited value: the work's title, the provision in words, the official page. */
export interface ReferenceSource {
  title: string;
  /** `第二十五条第一款`, `4.第一段`; null for a whole text. */
  provision: string | null;
  url: string | null;
}

/** `art_25__para_1` → `第二十五条第一款`; `measure_4__para_1` → `4.第一段`; `art_3__para_1__item_2` → `第三条第一款第（二）项`. */
export function provisionInWords(eid: string | null): string | null {
  if (!eid) return null;
  let inMeasure = false;
  let out = '';
  for (const part of eid.split('__')) {
    const m = /^([a-z]+)_(\d+)$/.exec(part);
    if (!m) return null;
    const n = Number(m[2]);
    switch (m[1]) {
      case 'art': out += `第${formatChineseNumeral(n)}条`; break;
      case 'measure': inMeasure = true; out += `${n}.`; break;
      case 'para': out += `第${formatChineseNumeral(n)}${inMeasure ? '段' : '款'}`; break;
      case 'item': out += `第（${formatChineseNumeral(n)}）项`; break;
      default: return null;
    }
  }
  return out;
}

/**
 * Names the source of `address` from the work's `work.yaml` under `lawDir` (read once per work).
 * Null when the work is not in the library — the rule base's citation check refuses that at load.
 */
export function referenceSources(lawDir: string): (address: string) => ReferenceSource | null {
  const works = new Map<string, { title: string; url: string | null } | null>();
  return (address) => {
    const parsed = parseLegalAddress(address);
    if (!parsed.ok) return null;
    const a = parsed.value;
    let w = works.get(a.workId);
    if (w === undefined) {
      const f = join(lawDir, a.workId, 'work.yaml');
      const read = existsSync(f) ? readWorkYaml(readFileSync(f, 'utf8'), f, a.workId).value : null;
      w = read ? { title: read.work.title, url: read.work.source.url } : null;
      works.set(a.workId, w);
    }
    return w ? { title: w.title, provision: provisionInWords(a.eid), url: w.url } : null;
  };
}
