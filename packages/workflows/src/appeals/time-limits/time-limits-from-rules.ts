import { dirname, resolve } from 'node:path';
import { bi, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { appealTimeLimits, defaultRulesDir, formatLoadError, loadTimeLimitBase, referenceSources, type ReferenceSource, type ResolvedTimeLimit, type TimeLimitBase } from '@huiqi/rules-engine';
import type { TimeLimitsPort } from './jurisdiction-time-limits';
import type { TimeLimitRule } from './time-limit-rule';

/** A parameter note written `中文 / English` as a bilingual text (the whole note in both when it has no ` / `). */
function noteOf(note: string | null): BilingualText | null {
  if (!note) return null;
  const i = note.lastIndexOf(' / ');
  return i < 0 ? bi(note, note) : bi(note.slice(0, i).trim(), note.slice(i + 3).trim());
}

function ruleOf(t: ResolvedTimeLimit, sourceOf: (address: string) => ReferenceSource | null): TimeLimitRule {
  const p = t.parameter;
  const src = sourceOf(p.reference);
  return {
    id: t.id,
    clock: t.clock,
    startsOn: t.startsOn,
    amount: t.amount,
    maxTotal: t.maxTotal,
    nearDueHours: t.nearDueHours,
    source: {
      title: src?.title ?? p.reference,
      provision: src?.provision ?? null,
      address: p.reference,
      url: src?.url ?? null,
      verification: p.unverified ? 'UNVERIFIED' : 'CONFIRMED',
      note: noteOf(p.note),
      parameter: p.path,
      from: p.from,
    },
  };
}

/**
 * The time-limit port backed by the rules engine: each clock's length is the dated parameter in
 * force on the day the clock starts, its source the value's reference (title and provision named
 * from the law library's work.yaml), flagged UNVERIFIED when the value is.
 */
export function timeLimitsFromRules(base: TimeLimitBase, sourceOf: (address: string) => ReferenceSource | null): TimeLimitsPort {
  return {
    resolve: (jurisdiction, type, on: PlainDate) => appealTimeLimits(base, jurisdiction, type, on).map((t) => ruleOf(t, sourceOf)),
  };
}

let shipped: TimeLimitsPort | null = null;

/**
 * The repository's time limits (`rules/`, names from `law/`), loaded once. Throws when the rule files
 * do not load — a broken rule base is a deployment error, and the server refuses to start on it first.
 */
export function shippedTimeLimits(): TimeLimitsPort {
  if (shipped) return shipped;
  const rulesDir = defaultRulesDir();
  const loaded = loadTimeLimitBase(rulesDir);
  if (!loaded.ok) throw new Error(`appeal time limits do not load:\n${loaded.error.map(formatLoadError).join('\n')}`);
  shipped = timeLimitsFromRules(loaded.value, referenceSources(resolve(dirname(rulesDir), 'law')));
  return shipped;
}
