/**
 * Benchmark of issue 5: one enterprise's registry change re-matched against every published policy
 * (P authored versions) and its notices queued, on PostgreSQL. Not a unit test.
 *   npx tsx bench/rematch-one.ts [--database-url URL] [--policies P] [--iterations N]
 * Uses a database prepared by `npx huiqi bench publish --enterprises 100000` (registry, departments
 * and the two benchmark officials); on first use it publishes P versions modelled on the encoded
 * policies (keys `rematch-bench-*`, through the same create → submit → publish steps as the console).
 * Then, N times: a real registry change (one enterprise's latest revenue, +1 fen, new version), and
 * timed: reading its registry stamp, `rematchEnterprises` (registry rows, the P versions from the
 * process cache, one shared rules-engine context, all notices in one statement, the watermark).
 * Prints the median, p95 and CPU per re-match; exit 1 when the median is 10 ms or more.
 */
import { loadavg } from 'node:os';
import { rematchEnterprises } from '@huiqi/api';
import { createPolicyDraft, openDatabase, publishPolicyDraft, registryStamps, submitPolicyDraft } from '@huiqi/db';
import type { PlainDate } from '@huiqi/kernel';
import { syntheticPolicies } from '@huiqi/matching';
import { loadRuleBase } from '@huiqi/rules-engine';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1] ?? fallback;
}

const url = option('database-url', 'postgres://postgres@127.0.0.1:5432/huiqi_bench_publish_n100000_s1');
const policyCount = Number(option('policies', '400'));
const iterations = Number(option('iterations', '200'));
const date = '2026-03-01' as PlainDate;
const PREFIX = 'rematch-bench-';

const db = await openDatabase({ url });
await db.migrate();
const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('the rule base does not load');
const rb = loaded.value;

// ── P published versions (once per database) ──
const [have] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM policy_drafts WHERE status = 'PUBLISHED' AND policy_key LIKE $1`, [`${PREFIX}%`]);
if ((have?.n ?? 0) < policyCount) {
  const users = await db.query<{ id: string; role: string }>(`SELECT id, role FROM users WHERE username IN ('bench-author', 'bench-reviewer')`);
  const author = users.find((u) => u.role === 'DEPARTMENT')?.id;
  const reviewer = users.find((u) => u.role === 'SME_BUREAU')?.id;
  if (!author || !reviewer) throw new Error('run `npx huiqi bench publish --enterprises 100000` first: this database has no benchmark officials');
  const defs = syntheticPolicies(rb, policyCount, 7, date);
  for (let i = have?.n ?? 0; i < policyCount; i++) {
    const v = defs[i]!.versions[0]!;
    await db.transaction(async (tx) => {
      const created = await createPolicyDraft(tx, {
        policyKey: `${PREFIX}${i + 1}`, titleZh: `基准政策 ${i + 1}`, titleEn: `Benchmark policy ${i + 1}`, summaryZh: '', summaryEn: '',
        departmentId: 'dept-miit', jurisdiction: 'cn-gd-sz', effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'INFORMATION_ONLY', topics: [],
        conditions: v.conditions.map((c) => ({ id: c.id, labelZh: c.label.zh, labelEn: c.label.en, when: c.source, cite: c.cite })), amount: null,
      }, author);
      if (!created.ok) throw new Error(`draft ${i + 1}: ${JSON.stringify(created)}`);
      const submitted = await submitPolicyDraft(tx, created.value.id, author);
      if (!submitted.ok) throw new Error(`submit ${i + 1}: ${JSON.stringify(submitted)}`);
      const published = await publishPolicyDraft(tx, created.value.id, reviewer);
      if (!published.ok) throw new Error(`publish ${i + 1}: ${JSON.stringify(published)}`);
    });
  }
}

// ── N changes, each re-matched ──
const sample = await db.query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY md5(uscc) LIMIT $1', [iterations + 10]);
const times: number[] = [];
const cpus: number[] = [];
let policies = 0;
let inserted = 0;
for (const [i, { uscc }] of sample.entries()) {
  await db.query(
    `UPDATE enterprise_figures SET revenue_fen = revenue_fen + 1, version = version + 1
     WHERE uscc = $1 AND year = (SELECT max(year) FROM enterprise_figures WHERE uscc = $1)`,
    [uscc],
  );
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const stamps = await registryStamps(db, [uscc]);
  const r = await rematchEnterprises(db, stamps, date);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (i < 10) continue; // warm-up: the first fills the cache of compiled policies
  times.push(ms);
  cpus.push((c.user + c.system) / 1000);
  policies = r.policies;
  inserted += r.inserted;
}
await db.close();

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const at = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const result = {
  engine: 'postgres', policies, iterations: times.length, noticesInserted: inserted,
  medianMs: Math.round(at(times, 0.5) * 100) / 100, p95Ms: Math.round(at(times, 0.95) * 100) / 100, medianCpuMs: Math.round(at(cpus, 0.5) * 100) / 100,
  loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
};
console.log(JSON.stringify(result));
console.log(`target median < 10 ms: ${result.medianMs < 10 ? 'met' : 'NOT met'}`);
process.exitCode = result.medianMs < 10 ? 0 : 1;
