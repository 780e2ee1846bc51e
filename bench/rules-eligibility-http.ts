/**
 * Benchmark: GET /api/enterprises/:uscc/eligibility?explain=1 for the demo enterprise over real HTTP
 * (loopback), logged in as the enterprise. The API runs in this process on a fresh in-memory PGlite
 * (or on PostgreSQL with --url postgres://…) with the demo city and the rules demo seed. Requests are
 * sequential: warm-up, then the median and p95 of N. Not a unit test.
 *   npx tsx bench/rules-eligibility-http.ts [--iterations N] [--warmup N] [--url postgres://…] [--date YYYY-MM-DD]
 */
import { buildApi } from '@huiqi/api';
import { DEMO_PASSWORD, getDeclaredFacts, getEnterprise, getFigures, openDatabase, seedDemoCity } from '@huiqi/db';
import { today } from '@huiqi/kernel';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { rulesDemoSeed } from '../apps/server/src/demo/rules-demo';
import { checkEligibility } from '../packages/api/src/rules/check-eligibility';
import { getRules } from '../packages/api/src/rules/rule-base';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const iterations = Number(option('iterations') ?? 300);
  const warmup = Number(option('warmup') ?? 50);
  const date = option('date');
  const url = option('url');
  if (!Number.isSafeInteger(iterations) || iterations < 10 || !Number.isSafeInteger(warmup) || warmup < 0) {
    process.stderr.write('--iterations 须为不小于10的整数，--warmup 须为非负整数 / --iterations must be an integer ≥ 10, --warmup ≥ 0\n');
    process.exitCode = 2;
    return;
  }
  const db = url ? await openDatabase({ url }) : await openDatabase({ memory: true });
  await db.migrate();
  await seedDemoCity(db);
  await rulesDemoSeed.run(db);
  const app = await buildApi({ db, demoMode: true, secureCookies: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'enterprise', password: DEMO_PASSWORD }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
    const eligibility = `${base}/api/enterprises/${DEMO_ENTERPRISE_USCC}/eligibility?${date ? `date=${date}&` : ''}`;
    const once = async (target: string): Promise<{ ms: number; bytes: number; body: string }> => {
      const t0 = performance.now();
      const res = await fetch(target, { headers: { cookie } });
      const body = await res.text();
      const ms = performance.now() - t0;
      if (!res.ok) throw new Error(`${res.status} ${body.slice(0, 300)}`);
      return { ms, bytes: body.length, body };
    };
    const measure = async (label: string, target: string) => {
      let last = await once(target);
      for (let i = 0; i < warmup; i++) last = await once(target);
      const times: number[] = [];
      for (let i = 0; i < iterations; i++) times.push((await once(target)).ms);
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      const p95 = times[Math.floor(times.length * 0.95)]!;
      process.stdout.write(`${label} (${db.kind}, ${(last.bytes / 1024).toFixed(1)} KiB): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms over ${iterations} requests after ${warmup} warm-up\n`);
      return last;
    };
    // Baseline: the cheapest authenticated call (session lookup + one query), to separate HTTP/session cost from the eligibility work.
    await measure('GET /api/me (baseline)', `${base}/api/me`);
    await measure('eligibility explain=0', `${eligibility}explain=0`);
    const last = await measure('eligibility explain=1', `${eligibility}explain=1`);
    process.stdout.write(`  (${(JSON.parse(last.body) as { policies: unknown[] }).policies.length} policies in the answer)\n`);

    // The same answer in-process, without HTTP or the database: the issue-4 target (< 5 ms median with explanations).
    const { rb } = await getRules();
    const day = (date ?? today()) as ReturnType<typeof today>;
    const profile = (await getEnterprise(db, DEMO_ENTERPRISE_USCC))!;
    const figures = await getFigures(db, DEMO_ENTERPRISE_USCC);
    const declared = await getDeclaredFacts(db, DEMO_ENTERPRISE_USCC, Number(day.slice(0, 4)) - 1);
    const run = () => checkEligibility(rb, { profile, figures, declared, date: day, explain: true });
    for (let i = 0; i < Math.max(warmup, 200); i++) run();
    const pure: number[] = [];
    for (let i = 0; i < iterations * 5; i++) {
      const t0 = performance.now();
      run();
      pure.push(performance.now() - t0);
    }
    pure.sort((a, b) => a - b);
    process.stdout.write(`checkEligibility in-process, explain (no HTTP, no database): median ${pure[Math.floor(pure.length / 2)]!.toFixed(3)} ms, p95 ${pure[Math.floor(pure.length * 0.95)]!.toFixed(3)} ms over ${pure.length} runs\n`);
  } finally {
    await app.close();
    await db.close();
  }
}

await main();
