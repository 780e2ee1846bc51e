import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { CODE_IMPLEMENTATIONS } from './code-implementations';
import { readTimeLimitDefs, TIME_LIMIT_FILE } from './appeals/load-time-limits';
import type { TimeLimitDef } from './appeals/time-limit-def';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bi, err, ok, type Result } from '@huiqi/kernel';
import type { CitationIndex } from './citation-index';
import { factField } from './fact-schema';
import type { CheckEnv, CNode } from './expr/types';
import { loadJurisdictions, type Jurisdictions } from './jurisdictions';
import type { LoadError } from './load-error';
import { loadParameters } from './params/load-parameters';
import { ParamStore } from './params/param-store';
import { parsePolicy } from './policy/load-policy';
import type { PolicyDef } from './policy/policy-def';
import { parseIndustryMap, type IndustryMap } from './size/industry-map';
import { parseSizeStandard, type SizeStandardVersion } from './size/size-standard';
import { loadVariables, type VariableDef } from './variables';

/** Everything loaded from `rules/`: checked, compiled, ready to evaluate. */
export interface RuleBase {
  rulesDir: string;
  repoRoot: string;
  jurisdictions: Jurisdictions;
  params: ParamStore;
  sizeStandard: SizeStandardVersion[];
  industryMap: IndustryMap;
  variables: ReadonlyMap<string, VariableDef>;
  policies: ReadonlyMap<string, PolicyDef>;
  /** Appeal clocks (`rules/appeals/time-limits.yaml`); their lengths are parameters. */
  timeLimits: readonly TimeLimitDef[];
  citations: CitationIndex | null;
}

/** The repository's `rules/` folder, found from this file's location. */
export function defaultRulesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../../rules');
}

export interface LoadOptions {
  /** When given, every citation must resolve in it (else the load stops with file and line). */
  citations?: CitationIndex | null;
  repoRoot?: string;
}

/**
 * Loads and checks the whole rule base. Any error — YAML, unknown field, bad date, unresolved
 * parameter or citation, expression type error — stops the load; all errors are returned together.
 */
export function loadRuleBase(rulesDir: string = defaultRulesDir(), opts: LoadOptions = {}): Result<RuleBase, LoadError[]> {
  const repoRoot = opts.repoRoot ?? resolve(rulesDir, '..');
  const rel = (p: string) => relative(repoRoot, p).split(sep).join('/');
  const errors: LoadError[] = [];
  const read = (p: string) => readFileSync(p, 'utf8');

  const jf = join(rulesDir, 'jurisdictions.yaml');
  const { tree, errors: je } = loadJurisdictions(rel(jf), read(jf));
  errors.push(...je);

  const { defs, errors: pe } = loadParameters(join(rulesDir, 'parameters'), repoRoot, tree);
  errors.push(...pe);
  const params = new ParamStore(defs, tree);
  const { defs: timeLimits, errors: te } = readTimeLimitDefs(rulesDir, repoRoot, params);
  errors.push(...te);

  const sf = join(rulesDir, 'size-standard', 'standard.yaml');
  const { versions: sizeStandard, errors: se } = parseSizeStandard(rel(sf), read(sf));
  errors.push(...se);
  const mf = join(rulesDir, 'size-standard', 'industry-map.yaml');
  const { map: industryMap, errors: me } = parseIndustryMap(rel(mf), read(mf));
  errors.push(...me);

  const base = {
    fact: factField,
    param: (path: string) => {
      const d = params.def(path);
      return d ? { type: 'number' as const, unit: d.unit, integral: d.unit === 'fen' || d.unit === 'people' || d.unit === 'days' || d.unit === 'count' } : undefined;
    },
  };
  const vf = join(rulesDir, 'variables.yaml');
  const { vars, errors: ve } = existsSync(vf) ? loadVariables(rel(vf), read(vf), base) : { vars: new Map<string, VariableDef>(), errors: [] };
  errors.push(...ve);
  const env: CheckEnv = { ...base, variable: (n) => vars.get(n)?.node.ty };

  const policies = new Map<string, PolicyDef>();
  const pdir = join(rulesDir, 'policies');
  for (const id of existsSync(pdir) ? readdirSync(pdir).sort() : []) {
    const folder = join(pdir, id);
    if (!statSync(folder).isDirectory()) continue;
    const pf = join(folder, 'policy.yaml');
    if (!existsSync(pf)) {
      errors.push({ code: 'MISSING_FIELD', file: rel(folder), line: 1, column: 1, message: bi('政策文件夹缺少 policy.yaml', 'policy folder has no policy.yaml') });
      continue;
    }
    const { policy, errors: pe2 } = parsePolicy(rel(pf), id, read(pf), env, tree);
    errors.push(...pe2);
    if (policy) policies.set(id, policy);
  }

  errors.push(...checkParameterCoverage(policies, vars, params, repoRoot));
  const citations = opts.citations ? memoCitations(opts.citations) : null;
  if (citations) errors.push(...checkCitations({ params, sizeStandard, industryMap, variables: vars, policies, timeLimits }, citations, rulesDir, rel));
  if (errors.length) return err(errors);
  return ok({ rulesDir, repoRoot, jurisdictions: tree, params, sizeStandard, industryMap, variables: vars, policies, timeLimits, citations });
}

function lineOf(file: string, needle: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  return i < 0 ? 1 : i + 1;
}

/** Every address the rules cite must resolve in the law library; reports file and line of each that does not. */
function checkCitations(
  rb: Pick<RuleBase, 'params' | 'sizeStandard' | 'industryMap' | 'variables' | 'policies' | 'timeLimits'>,
  index: CitationIndex,
  rulesDir: string,
  rel: (p: string) => string,
): LoadError[] {
  const out: LoadError[] = [];
  const check = (address: string, absFile: string) => {
    if (index.has(address)) return;
    out.push({
      code: 'UNRESOLVED_CITATION',
      file: rel(absFile),
      line: lineOf(absFile, address),
      column: 1,
      message: bi(`引用的法条不存在：${address}`, `cited provision does not resolve: ${address}`),
    });
  };
  for (const path of rb.params.paths()) {
    const d = rb.params.def(path)!;
    for (const list of d.values.values()) for (const v of list) check(v.reference, join(rulesDir, '..', d.file));
  }
  const sf = join(rulesDir, 'size-standard', 'standard.yaml');
  for (const v of rb.sizeStandard) {
    for (const a of [v.reference, v.bandRuleCite, v.individualBusinessCite]) check(a, sf);
    for (const row of v.rows.values()) check(row.cite, sf);
  }
  const mf = join(rulesDir, 'size-standard', 'industry-map.yaml');
  for (const r of rb.industryMap.rules) if (r.mapping.kind === 'NOT_CLASSIFIED' && r.mapping.cite) check(r.mapping.cite, mf);
  const vf = join(rulesDir, 'variables.yaml');
  for (const v of rb.variables.values()) if (v.cite) check(v.cite, vf);
  for (const impl of CODE_IMPLEMENTATIONS) for (const a of impl.addresses) check(a, join(rulesDir, '..', impl.file));
  for (const d of rb.timeLimits) for (const a of d.implements) check(a, join(rulesDir, TIME_LIMIT_FILE));
  for (const p of rb.policies.values()) {
    const f = join(rulesDir, '..', p.file);
    for (const a of p.implements) check(a, f);
    for (const v of p.versions) for (const c of [...v.conditions, ...(v.amount ? [v.amount] : []), ...v.outputs]) check(c.cite, f);
  }
  return out;
}

/** Law texts do not change while a rule base is loaded: remember each lookup. */
function memoCitations(index: CitationIndex): CitationIndex {
  const has = new Map<string, boolean>();
  const text = new Map<string, string | null>();
  const name = new Map<string, string | null>();
  return {
    has(a) {
      let v = has.get(a);
      if (v === undefined) has.set(a, (v = index.has(a)));
      return v;
    },
    text(a) {
      let v = text.get(a);
      if (v === undefined) text.set(a, (v = index.text(a)));
      return v;
    },
    name(a) {
      let v = name.get(a);
      if (v === undefined) name.set(a, (v = index.name(a)));
      return v;
    },
  };
}

function paramsIn(n: CNode, vars: ReadonlyMap<string, VariableDef>, out: Set<string>, seen = new Set<string>()): void {
  if (n.k === 'param') out.add(n.path);
  if (n.k === 'var' && !seen.has(n.name)) {
    seen.add(n.name);
    const v = vars.get(n.name);
    if (v) paramsIn(v.node, vars, out, seen);
  }
  for (const key of ['arg', 'left', 'right', 'test', 'then', 'else'] as const) {
    const c = (n as unknown as Record<string, unknown>)[key] as CNode | undefined;
    if (c) paramsIn(c, vars, out, seen);
  }
  for (const key of ['args', 'items'] as const) {
    const list = (n as unknown as Record<string, unknown>)[key] as CNode[] | undefined;
    if (list) for (const c of list) paramsIn(c, vars, out, seen);
  }
}

/** Every parameter a policy version reads must have a value in the policy's jurisdiction on the version's first day. */
function checkParameterCoverage(policies: ReadonlyMap<string, PolicyDef>, vars: ReadonlyMap<string, VariableDef>, params: ParamStore, repoRoot: string): LoadError[] {
  const out: LoadError[] = [];
  for (const p of policies.values()) {
    for (const v of p.versions) {
      for (const rule of [...v.conditions, ...(v.amount ? [v.amount] : []), ...v.outputs]) {
        const used = new Set<string>();
        paramsIn(rule.node, vars, used);
        for (const path of used) {
          if (params.resolve(path, p.jurisdiction, v.from) === null) {
            out.push({
              code: 'UNKNOWN_PARAMETER',
              file: p.file,
              line: rule.line,
              column: 1,
              message: bi(`参数 ${path} 在 ${p.jurisdiction} 于 ${v.from}（版本生效日）没有取值`, `parameter ${path} has no value in ${p.jurisdiction} on ${v.from} (the version's first day)`),
            });
          }
        }
      }
    }
  }
  void repoRoot;
  return out;
}
