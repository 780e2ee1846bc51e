import type { Num, PlainDate } from '@huiqi/kernel';
import type { Unit } from '../fact-schema';
import type { Jurisdictions } from '../jurisdictions';

/** One dated value of a parameter in one jurisdiction (OpenFisca style: reference and publication date on each). */
export interface ParamValue {
  from: PlainDate;
  /** null ends an override: from this date the parent jurisdiction's value applies again. */
  value: Num | null;
  reference: string;
  /** Publication date; `YYYY` or `YYYY-MM` when the source gives no day. */
  published: string;
  unverified: boolean;
  /** A value from a consultation draft: shown in histories, never applied unless asked for. */
  draft: boolean;
  note: string | null;
  line: number;
}

export interface ParameterDef {
  path: string;
  file: string;
  description: string;
  descriptionEn: string;
  /** Unit as the engine holds it: money units are normalised to fen. */
  unit: Unit;
  /** Unit as written in the file (yuan, wan_yuan …), for display of the history. */
  sourceUnit: string;
  /** Values per jurisdiction, sorted by `from`. */
  values: ReadonlyMap<string, readonly ParamValue[]>;
}

export interface ResolvedParam {
  path: string;
  value: Num;
  unit: Unit;
  jurisdiction: string;
  from: PlainDate;
  until: PlainDate | null;
  /** True when the value comes from a consultation draft (only with `includeDrafts`). */
  draft?: boolean;
  reference: string;
  published: string;
  unverified: boolean;
  note: string | null;
  description: string;
  descriptionEn: string;
}

/** Dated, per-jurisdiction parameters. A value set higher up the tree applies below unless overridden. */
export class ParamStore {
  constructor(
    private readonly defs: ReadonlyMap<string, ParameterDef>,
    private readonly tree: Jurisdictions,
  ) {}

  has(path: string): boolean {
    return this.defs.has(path);
  }
  def(path: string): ParameterDef | undefined {
    return this.defs.get(path);
  }
  paths(): string[] {
    return [...this.defs.keys()].sort();
  }

  /** The value in force for `jurisdiction` on `date`, or null when none applies. */
  resolve(path: string, jurisdiction: string, date: PlainDate, opts: { includeDrafts?: boolean } = {}): ResolvedParam | null {
    const def = this.defs.get(path);
    if (!def) return null;
    for (const j of this.tree.chain(jurisdiction)) {
      const list = def.values.get(j);
      if (!list) continue;
      let hit: ParamValue | null = null;
      let next: PlainDate | null = null;
      for (const v of list) {
        if (v.draft && !opts.includeDrafts) continue;
        if (v.from <= date) hit = v;
        else {
          next = v.from;
          break;
        }
      }
      if (hit === null || hit.value === null) continue;
      return {
        path,
        value: hit.value,
        unit: def.unit,
        jurisdiction: j,
        from: hit.from,
        until: next,
        reference: hit.reference,
        published: hit.published,
        unverified: hit.unverified,
        ...(hit.draft ? { draft: true } : {}),
        note: hit.note,
        description: def.description,
        descriptionEn: def.descriptionEn,
      };
    }
    return null;
  }
}
