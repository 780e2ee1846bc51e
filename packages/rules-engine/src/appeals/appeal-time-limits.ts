import type { PlainDate } from '@huiqi/kernel';
import type { ParamStore, ResolvedParam } from '../params/param-store';
import type { TimeLimitClock, TimeLimitDef, TimeLimitStart } from './time-limit-def';

/** A length of time: natural hours, calendar days (民法典 第二百零一条至第二百零三条) or working days. */
export type TimeLimitAmount = { hours: number } | { days: number } | { workingDays: number };

/** One clock of an appeal type as in force on a date in a jurisdiction, with the parameter value it came from. */
export interface ResolvedTimeLimit {
  /** `<jurisdiction that set the value>/<type>/<clock>`, e.g. `cn/ARREARS_COMPLAINT/TRANSFER`. */
  id: string;
  appealType: string;
  clock: TimeLimitClock;
  startsOn: TimeLimitStart;
  label: TimeLimitDef['label'];
  amount: TimeLimitAmount;
  maxTotal: { days: number } | null;
  nearDueHours: number;
  /** The dated value of the length: its reference, effective and publication dates, unverified flag and note. */
  parameter: ResolvedParam;
  maxTotalParameter: ResolvedParam | null;
  implements: readonly string[];
}

/** What resolving time limits needs from a rule base (the whole RuleBase, or `loadTimeLimitBase`). */
export interface TimeLimitBase {
  params: ParamStore;
  timeLimits: readonly TimeLimitDef[];
}

function amountOf(p: ResolvedParam): TimeLimitAmount {
  const n = Number(p.value);
  if (p.unit === 'hours') return { hours: n };
  if (p.unit === 'working_days') return { workingDays: n };
  return { days: n };
}

/**
 * The clocks of `appealType` in force on `on` (the day the clock starts) in `jurisdiction`: every
 * clock of `rules/appeals/time-limits.yaml` whose length parameter has a value there on that day —
 * a district inherits its city's and the nation's values (the parameter store's jurisdiction chain).
 * An empty list means no time limit is set (e.g. the 2020 payment regulation gave no figure for
 * transferring or answering an arrears complaint).
 */
export function appealTimeLimits(base: TimeLimitBase, jurisdiction: string, appealType: string, on: PlainDate): ResolvedTimeLimit[] {
  const out: ResolvedTimeLimit[] = [];
  for (const d of base.timeLimits) {
    if (d.appealType !== appealType) continue;
    const p = base.params.resolve(d.limit, jurisdiction, on);
    if (!p) continue;
    const cap = d.maxTotal ? base.params.resolve(d.maxTotal, jurisdiction, on) : null;
    out.push({
      id: `${p.jurisdiction}/${appealType}/${d.clock}`,
      appealType,
      clock: d.clock,
      startsOn: d.startsOn,
      label: d.label,
      amount: amountOf(p),
      maxTotal: cap ? { days: Number(cap.value) } : null,
      nearDueHours: d.nearDueHours,
      parameter: p,
      maxTotalParameter: cap,
      implements: d.implements,
    });
  }
  return out;
}

/** Appeal types that have at least one clock in the time-limit file. */
export function timeLimitTypes(base: TimeLimitBase): string[] {
  return [...new Set(base.timeLimits.map((d) => d.appealType))];
}
