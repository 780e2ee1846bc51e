/**
 * Benchmark: the credit module's pages at the size issue 14 names — one bank with 10 000 consents and
 * 1 000 000 access-log entries — on PostgreSQL or PGlite. Not a unit test.
 *   npx tsx bench/credit-pages.ts [--engine postgres|pglite] [--consents N] [--entries M] [--repeat R]
 *
 * Creates a scratch database (postgres, the default: TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, dropped afterwards; pglite: in memory from the migrated template), seeds the demo city, then N enterprises each with one consent to the demo bank
 * and M access-log entries of the bank (bulk SQL), and times every page through the API in this
 * process (Fastify inject: routing, validation, authorization, SQL, presentation; no network):
 * the bank's consent list (first and a deep page by key), its access log (first and a deep page),
 * one enterprise's access log, a read under consent (decision + log write), the bureau's oversight.
 * Prints the median, 95th percentile and worst of R runs per page; exit code 1 when a page takes one second or more.
 */
import { loadavg } from 'node:os';
import { DEMO_PASSWORD, seedDemoCity } from '@huiqi/db';
import { completeUscc } from '@huiqi/kernel';
import { createScratchPostgres, openMigratedPglite } from '@huiqi/db/testing';
import { buildApi } from '../packages/api/src/build-api';
import { setCreditClock } from '../packages/api/src/credit/credit-clock';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive integer`);
  return v;
}

const consents = option('consents', 10_000);
const entries = option('entries', 1_000_000);
const repeat = option('repeat', 20);
const engineAt = process.argv.indexOf('--engine');
const engine = engineAt < 0 ? 'postgres' : process.argv[engineAt + 1];
if (engine !== 'postgres' && engine !== 'pglite') throw new Error('--engine is postgres or pglite');
const scratch = engine === 'pglite'
  ? await (async () => { const db = await openMigratedPglite(); return { db, drop: () => db.close() }; })()
  : await createScratchPostgres(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const db = scratch.db;
console.log(`engine ${engine}`);
try {
  await seedDemoCity(db);
  const t0 = Date.now();
  const [bankUser] = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'bank'`);
  const [firmUser] = await db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'enterprise'`);
  // N enterprises with codes 91440300MB + 8 digits (synthetic: region 440300, never a real company), one consent each.
  await db.query(
    `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
     SELECT '91440300MB' || lpad(i::text, 8, '0'), '基准测试企业' || i, '深圳市南山区基准路' || i || '号', 'cn-gd-sz-nanshan', 'C39', DATE '2020-01-01', 'GENERAL', false, '{}', 1, now()
       FROM generate_series(1, $1::int) i`,
    [consents],
  );
  await db.query(
    `INSERT INTO credit_consents (consent_id, uscc, institution_id, scopes, purpose, start_date, end_date, starts_at, expires_at, granted_at, granted_by, digest)
     SELECT 'cc-bench-' || i, '91440300MB' || lpad(i::text, 8, '0'), 'bank-demo', '[{"scope":"REGISTRY_PROFILE","access":"FULL"}]'::jsonb,
            '{"kind":"PRODUCT","productName":"基准贷","text":"基准测试"}'::jsonb, DATE '2026-12-01', DATE '2027-02-28',
            TIMESTAMPTZ '2026-11-30T16:00:00Z', TIMESTAMPTZ '2027-02-28T16:00:00Z', TIMESTAMPTZ '2026-12-01T00:00:00Z' + i * interval '1 second', $2, repeat('0', 64)
       FROM generate_series(1, $1::int) i`,
    [consents, firmUser!.id],
  );
  await db.query(
    `INSERT INTO credit_access_log (at, institution_id, user_id, uscc, consent_id, action, scopes, purpose_text, outcome, reason)
     SELECT TIMESTAMPTZ '2026-12-01T00:00:00Z' + i * interval '100 milliseconds', 'bank-demo', $2, '91440300MB' || lpad((1 + i % $3::int)::text, 8, '0'),
            'cc-bench-' || (1 + i % $3::int), 'READ', '["REGISTRY_PROFILE"]'::jsonb, '基准贷：基准测试',
            CASE WHEN i % 50 = 0 THEN 'REFUSED' ELSE 'ALLOWED' END, CASE WHEN i % 50 = 0 THEN 'CONSENT_EXPIRED' END
       FROM generate_series(1, $1::int) i`,
    [entries, bankUser!.id, consents],
  );
  // The counts the API keeps beside each append (the bulk insert above bypassed it).
  await db.query(
    `INSERT INTO credit_access_counts (institution_id, day, outcome, n)
     SELECT institution_id, (at AT TIME ZONE 'Asia/Shanghai')::date, outcome, count(*) FROM credit_access_log GROUP BY 1, 2, 3`,
  );
  // One enterprise with a valid check character (the API checks codes at the boundary) for the read under consent.
  const reader = completeUscc('91440300MC0000001');
  await db.query(
    `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at)
     VALUES ($1, '基准测试读取企业', '深圳市南山区基准路0号', 'cn-gd-sz-nanshan', 'C39', DATE '2020-01-01', 'GENERAL', false, '{}', 1, now())`,
    [reader],
  );
  await db.query(
    `INSERT INTO credit_consents (consent_id, uscc, institution_id, scopes, purpose, start_date, end_date, starts_at, expires_at, granted_at, granted_by, digest)
     VALUES ('cc-bench-reader', $1, 'bank-demo', '[{"scope":"REGISTRY_PROFILE","access":"FULL"},{"scope":"QUALIFICATIONS","access":"FULL"}]'::jsonb,
             '{"kind":"PRODUCT","productName":"基准贷","text":"基准测试"}'::jsonb, DATE '2026-12-01', DATE '2027-02-28',
             TIMESTAMPTZ '2026-11-30T16:00:00Z', TIMESTAMPTZ '2027-02-28T16:00:00Z', TIMESTAMPTZ '2026-11-30T00:00:00Z', $2, repeat('0', 64))`,
    [reader, firmUser!.id],
  );
  await db.query('ANALYZE');
  console.log(`seeded ${consents} consents and ${entries} access-log entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  setCreditClock(() => new Date('2026-12-15T02:00:00Z'));
  const app = await buildApi({ db, demoMode: true, secureCookies: false });
  const cookie = async (username: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    return `huiqi_session=${r.cookies.find((c) => c.name === 'huiqi_session')!.value}`;
  };
  const bank = await cookie('bank');
  const bureau = await cookie('bureau');
  const deepConsent = await db.query<{ granted_at: string; consent_id: string }>(`SELECT granted_at, consent_id FROM credit_consents ORDER BY granted_at DESC, consent_id DESC OFFSET $1 LIMIT 1`, [Math.floor(consents * 0.9)]);
  const deepEntry = Math.floor(entries * 0.1);
  const pages: [string, string, string][] = [
    ['bank: consents, first page', '/api/credit/consents?limit=50', bank],
    ['bank: consents, page at 90 %', `/api/credit/consents?limit=50&after=${encodeURIComponent(`${deepConsent[0]!.granted_at}|${deepConsent[0]!.consent_id}`)}`, bank],
    ['bank: access log, first page', '/api/credit/access-log?limit=50', bank],
    ['bank: access log, page at 90 %', `/api/credit/access-log?limit=50&before=${deepEntry}`, bank],
    ['bank: read under consent (logged)', `/api/credit/enterprises/${reader}/data`, bank],
    ['bureau: oversight', '/api/credit/oversight', bureau],
    ['bureau: refused accesses', '/api/credit/access-log?limit=50&refusedOnly=true', bureau],
  ];
  let worstOverall = 0;
  for (const [name, url, c] of pages) {
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const s = performance.now();
      const r = await app.inject({ method: 'GET', url, headers: { cookie: c } });
      times.push(performance.now() - s);
      if (r.statusCode !== 200) throw new Error(`${name}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    }
    times.sort((a, b) => a - b);
    const worst = times[times.length - 1]!;
    worstOverall = Math.max(worstOverall, worst);
    const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!;
    console.log(`${name.padEnd(36)} median ${times[Math.floor(times.length / 2)]!.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   worst ${worst.toFixed(1).padStart(7)} ms`);
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; worst page ${worstOverall.toFixed(1)} ms (target < 1000 ms)`);
  await app.close();
  process.exitCode = worstOverall < 1000 ? 0 : 1;
} finally {
  setCreditClock(null);
  await scratch.drop();
}
