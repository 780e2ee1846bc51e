import { loadRuleBase, type PolicyDef, type RuleBase } from '@huiqi/rules-engine';
import { evaluateRange } from '../evaluate-range';
import { compileMatchPlan, type MatchPlan } from '../match-plan';
import { versionOn } from '../policy-version';
import { readColumnarHeader, readColumnarRange } from '../population-columns';
import { syntheticPolicies } from '../synthetic-policies';
import type { MatchJob, PolicySource } from './match-job';
import type { PartitionOutcome } from './match-sink';

const ruleBases = new Map<string, RuleBase>();
const catalogs = new Map<string, PolicyDef[]>();
const plans = new Map<string, { plan: MatchPlan; compileMs: number }>();

function ruleBaseOf(source: PolicySource): RuleBase {
  const dir = source.kind === 'RULES' ? (source.rulesDir ?? '') : '';
  let rb = ruleBases.get(dir);
  if (!rb) {
    const r = dir ? loadRuleBase(dir) : loadRuleBase();
    if (!r.ok) throw new Error(`规则库加载失败 / the rule base does not load: ${r.error.length} error(s), first: ${r.error[0]?.message.en ?? ''}`);
    rb = r.value;
    ruleBases.set(dir, rb);
  }
  return rb;
}

/** The policies a source names, in a stable order (rules first, then generated ones). */
export function policiesOf(rb: RuleBase, source: PolicySource): PolicyDef[] {
  const key = JSON.stringify(source);
  let list = catalogs.get(key);
  if (!list) {
    list = source.kind === 'RULES' ? [...rb.policies.values()] : [...(source.withRules ? rb.policies.values() : []), ...syntheticPolicies(rb, source.count, source.seed)];
    catalogs.set(key, list);
  }
  return list;
}

/** The policies of a job, refusing to run when this worker's rule base has another version than the run pinned. */
function pinned(rb: RuleBase, job: MatchJob): PolicyDef[] {
  const all = new Map(policiesOf(rb, job.policySource).map((p) => [p.id, p]));
  return job.policyVersions.map(({ id, from }) => {
    const p = all.get(id);
    if (!p) throw new Error(`运行 ${job.runId}：本工作进程没有政策 ${id} / run ${job.runId}: this worker has no policy ${id}`);
    const v = versionOn(p, job.date);
    if ((v?.from ?? null) !== from) throw new Error(`运行 ${job.runId}：政策 ${id} 的版本不一致（任务 ${from}，本地 ${v?.from ?? '无'}）/ policy ${id} version mismatch (job ${from}, local ${v?.from ?? 'none'})`);
    return p;
  });
}

/** Evaluates one partition in this thread: reads its rows, compiles the plan once per run, evaluates. */
export function runPartition(job: MatchJob): PartitionOutcome {
  const t0 = performance.now();
  const rb = ruleBaseOf(job.policySource);
  const policies = pinned(rb, job);
  const planKey = `${job.runId}\u0000${job.file}`;
  let cached = plans.get(planKey);
  let compileMs = 0;
  if (!cached) {
    const c0 = performance.now();
    const { meta } = readColumnarHeader(job.file);
    const plan = compileMatchPlan(rb, policies, meta, job.chunkSize ? { date: job.date, chunkSize: job.chunkSize } : { date: job.date });
    compileMs = performance.now() - c0;
    cached = { plan, compileMs };
    plans.clear(); // one run at a time per worker: drop kernels of earlier runs
    plans.set(planKey, cached);
  }
  const l0 = performance.now();
  const cols = readColumnarRange(job.file, job.from, job.to);
  const e0 = performance.now();
  const res = evaluateRange(cached.plan, cols);
  const e1 = performance.now();
  void t0;
  return {
    runId: job.runId,
    from: job.from,
    to: job.to,
    policyIds: policies.map((p) => p.id),
    codes: res.codes,
    counts: res.counts,
    exactRechecks: res.exactRechecks,
    timings: { loadMs: e0 - l0, compileMs, evalMs: e1 - e0 },
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}
