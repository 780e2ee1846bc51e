import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { err, ok, type Result } from '@huiqi/kernel';
import { loadJurisdictions } from '../jurisdictions';
import type { LoadError } from '../load-error';
import { loadParameters } from '../params/load-parameters';
import { ParamStore } from '../params/param-store';
import type { TimeLimitBase } from './appeal-time-limits';
import { parseTimeLimitDefs, type TimeLimitDef } from './time-limit-def';

/** Repository-relative path of the time-limit file under `rules/`. */
export const TIME_LIMIT_FILE = 'appeals/time-limits.yaml';

/** Parses `<rulesDir>/appeals/time-limits.yaml` (none when the folder has no such file). */
export function readTimeLimitDefs(rulesDir: string, repoRoot: string, params: ParamStore): { defs: TimeLimitDef[]; errors: LoadError[] } {
  const f = join(rulesDir, TIME_LIMIT_FILE);
  if (!existsSync(f)) return { defs: [], errors: [] };
  return parseTimeLimitDefs(relative(repoRoot, f).split(sep).join('/'), readFileSync(f, 'utf8'), params);
}

/**
 * Only what appeal time limits need — jurisdictions, parameters and the time-limit file — without
 * compiling the policies (a fraction of `loadRuleBase`). Citations are checked by `loadRuleBase`
 * with the law library, which the server runs at start.
 */
export function loadTimeLimitBase(rulesDir: string, repoRoot: string = resolve(rulesDir, '..')): Result<TimeLimitBase, LoadError[]> {
  const jf = join(rulesDir, 'jurisdictions.yaml');
  const { tree, errors } = loadJurisdictions(relative(repoRoot, jf).split(sep).join('/'), readFileSync(jf, 'utf8'));
  const { defs, errors: pe } = loadParameters(join(rulesDir, 'parameters'), repoRoot, tree);
  const params = new ParamStore(defs, tree);
  const { defs: timeLimits, errors: te } = readTimeLimitDefs(rulesDir, repoRoot, params);
  const all = [...errors, ...pe, ...te];
  return all.length ? err(all) : ok({ params, timeLimits });
}
