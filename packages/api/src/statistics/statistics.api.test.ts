import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoCity } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { derivableCells, REPORT_SECTIONS } from '@huiqi/workflows';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { annualReport, annualReportRuns } from './annual-report-service';
import { addPopulation } from '../testing/add-population';

const YEAR = 2025;

describeEachEngine('statistics API', (getDb) => {
  const t = createTestApi(getDb);
  const get = async (url: string, who: string | null = 'bureau') => t.app.inject({ method: 'GET', url, headers: who ? { cookie: await t.cookie(who) } : {} });
  beforeAll(async () => {
    await t.start();
  }, 120_000);
  afterAll(() => t.stop());

  it('lists the indicator definitions publicly, and gives an indicator with all breakdowns and a district drill-down', async () => {
    const list = await get('/api/statistics/indicators', null);
    expect(list.statusCode).toBe(200);
    expect(list.json().indicators.map((d: { id: string }) => d.id)).toContain('sme-count');

    const res = await get(`/api/statistics/indicators/sme-count?month=${YEAR}-12`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    const rows = (by: string) => v.breakdowns.find((b: { by: string }) => b.by === by).rows as { key: string; value: number }[];
    const sum = (xs: { value: number }[]) => xs.reduce((a, x) => a + x.value, 0);
    expect(v.total).toBeGreaterThan(100);
    expect(sum(rows('sizeClass'))).toBe(v.total);
    expect(sum(rows('district'))).toBe(v.total);
    expect(sum(rows('industrySection'))).toBe(v.total);
    expect(rows('month').at(-1)!.value).toBe(v.total);

    const district = rows('district').find((r) => r.value > 0)!;
    const drill = (await get(`/api/statistics/indicators/sme-count?month=${YEAR}-12&district=${district.key}`)).json();
    expect(drill.district.slug).toBe(district.key);
    expect(drill.total).toBe(district.value);
    expect(sum(drill.breakdowns.find((b: { by: string }) => b.by === 'industrySection').rows)).toBe(district.value);

    expect((await get(`/api/statistics/indicators/sme-count?month=${YEAR}-12`, 'enterprise')).statusCode).toBe(403);
    expect((await get('/api/statistics/indicators/no-such?month=2025-12')).json().error.code).toBe('STATISTICS_INDICATOR_NOT_FOUND');
  });

  it('counts every new registration (新登记企业), those without figures as 未划型, and new SMEs only where classed', async () => {
    const db = getDb();
    // Registered in the year with no figures yet: the size standard cannot class them.
    const [{ n: before } = { n: 0 }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises WHERE registration_date BETWEEN '${YEAR}-11-01' AND '${YEAR}-11-30' AND NOT is_individual_business`);
    const rows = ['91440300MA5TJ00001', '91440300MA5TJ00002'].map((u, i) => `('${u}', '统计测试新登记${i}', '深圳市福田区', 'cn-gd-sz-futian', 'I6510', '${YEAR}-11-1${i}', 'SMALL_SCALE', false, '{}', 1, now())`);
    await db.query(`INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version, updated_at) VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING`);
    const v = (await get(`/api/statistics/indicators/registrations?month=${YEAR}-11`)).json();
    const bySize = Object.fromEntries(v.breakdowns.find((b: { by: string }) => b.by === 'sizeClass').rows.map((r: { key: string; value: number }) => [r.key, r.value]));
    expect(Object.keys(bySize)).toEqual(['large', 'medium', 'small', 'micro', 'unclassified']);
    expect(v.total).toBe(before + 2);
    expect(bySize.unclassified).toBeGreaterThanOrEqual(2);
    const entries = (await get(`/api/statistics/indicators/sme-entries?month=${YEAR}-11`)).json();
    expect(entries.total).toBe(bySize.medium + bySize.small + bySize.micro);
    const report = (await get(`/api/statistics/reports/${YEAR}`)).json();
    expect(report.sections[0].paragraphs.join('')).toMatch(/新登记企业 [\d,]+ 户（不含个体工商户），其中 [\d,]+ 户尚未报送年度数据、暂未划型/);
  });

  it('gives the inspections, financing and consultation indicators from their modules\' tables, and the report names them in (三)', async () => {
    const db = getDb();
    const U = DEMO_ENTERPRISE_USCC;
    await db.query(`INSERT INTO financing_demands (demand_id, uscc, status, amount_fen, term_months, purpose, collateral, urgency, taken_by, published_at, updated_at, version)
      VALUES ('fd-stats-api', $1, 'LOAN_RECORDED', 80000000, 12, '流动资金', 'NONE', 'NORMAL', 'bank-demo', '${YEAR}-05-06T02:00:00Z', now(), 1)`, [U]);
    await db.query(`INSERT INTO financing_loans (demand_id, uscc, institution_id, granted_amount_fen, annual_rate_percent, term_months, is_first_loan, kind, granted_on, recorded_at)
      VALUES ('fd-stats-api', $1, 'bank-demo', 60000000, '3.2', 12, true, 'CREDIT', '${YEAR}-05-20', now())`, [U]);
    await db.query(`INSERT INTO inspection_visits (id, department_id, uscc, plan_id, item_ids, inspector_ids, is_emergency, emergency_reason, registered_at)
      VALUES ('it-stats-api-1', 'dept-miit', $1, NULL, ARRAY['ii-stats-item-1'], ARRAY['i1', 'i2'], true, '统计测试', now())`, [U]);
    await db.query(`INSERT INTO inspection_results (visit_id, department_id, uscc, outcome, summary, inspected_on, publish_due, recorded_at)
      VALUES ('it-stats-api-1', 'dept-miit', $1, 'ORDERED_TO_RECTIFY', '统计测试', '${YEAR}-04-01', '${YEAR}-04-08', now())`, [U]);
    await db.query(`INSERT INTO consultations (consultation_id, work_id, version_id, draft_kind, title, issuing_body, owner_department, jurisdiction, status, start_date, end_date, opened_at, updated_at, version)
      VALUES ('cs-stats-api', 'cn-gd-sz/test', 'v1', 'POLICY_DOCUMENT', '统计测试', '市中小企业服务局', 'dept-sme', 'cn-gd-sz', 'OPEN', '${YEAR}-06-01', '${YEAR}-06-30', '${YEAR}-06-01T02:00:00Z', now(), 1)`);
    await db.query(`INSERT INTO consultation_actions (consultation_id, seq, action_id, type, occurred_at, at_text, actor, actor_id, payload, computed, recorded_at)
      VALUES ('cs-stats-api', 1, 'a1', 'COMMENT_SUBMITTED', '${YEAR}-06-02T02:00:00Z', '${YEAR}-06-02T02:00:00Z', '{}'::jsonb, 'someone', '{"commentId":"c1"}'::jsonb, '{}'::jsonb, now())`);

    const view = async (id: string) => {
      const res = await get(`/api/statistics/indicators/${id}?month=${YEAR}-12`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { total: number | null; asOf: string; breakdowns: { by: string; rows: { key: string; labelZh: string; value: number | null; detail: Record<string, number> }[] }[] };
    };
    const first = await view('first-loans');
    expect(first.total).toBe(60000000);
    expect(first.asOf).toBe(`${YEAR}-12-31`);
    expect(first.breakdowns[0]).toMatchObject({ by: 'institution', rows: [{ key: 'bank-demo', labelZh: '某银行深圳分行', value: 60000000, detail: { count: 1 } }] });
    expect((await view('credit-loans')).total).toBe(60000000);
    expect((await view('financing-demands')).total).toBe(80000000);
    expect((await view('inspections-with-findings')).breakdowns[0]!.rows).toEqual([expect.objectContaining({ key: 'dept-miit', labelZh: '市工业和信息化局', value: 1 })]);
    expect((await view('consultation-opinions')).total).toBe(1);
    expect((await view('consultations-opened')).total).toBe(1);
    // Nothing answered yet: no rate rather than 0 %.
    expect((await view('consultation-adoption')).total).toBeNull();
    const defs = (await get('/api/statistics/indicators', null)).json().indicators as { id: string; formulaZh: string; sources: string[] }[];
    expect(defs.find((d) => d.id === 'consultation-feedback-on-time')!.formulaZh).toContain('30 日');
    expect(defs.find((d) => d.id === 'first-loans')!.sources).toEqual(['FINANCING']);

    const report = (await get(`/api/statistics/reports/${YEAR}`)).json();
    const policies = report.sections[2];
    expect(policies.paragraphs.join('')).toContain('其中首贷 1 笔、60.00 万元，信用贷款 1 笔、60.00 万元');
    expect(policies.paragraphs.join('')).toContain('收到意见 1 条');
    expect(policies.tables.map((x: { captionZh: string }) => x.captionZh)).toEqual(expect.arrayContaining(['表6 各部门涉企检查情况', '表7 融资对接情况', '表8 各部门征求意见情况']));
  });

  it('publishes tables with small cells hidden so that none can be recovered from the totals, and the CSV hides the same cells', async () => {
    const res = await get(`/api/statistics/public?month=${YEAR}-12`, null);
    expect(res.statusCode, res.body).toBe(200);
    const { tables } = res.json() as { tables: { id: string; values: (number | null)[][]; rowKeys: string[]; colKeys: string[]; hiddenCount: number }[] };
    expect(tables).toHaveLength(10);
    expect(tables.some((x) => x.hiddenCount > 0)).toBe(true);
    for (const x of tables) {
      const R = x.rowKeys.length - 1;
      const C = x.colKeys.length - 1;
      expect(derivableCells(R, C, x.values.map((row) => row.map((val) => val === null)))).toEqual([]);
      for (const row of x.values) for (const val of row) if (val !== null && x.id.startsWith('sme-count')) expect(val === 0 || val >= 3 || row === x.values[R]).toBe(true);
    }
    for (const id of ['sme-count', 'sme-entries', 'registrations', 'sme-employment', 'sme-revenue']) {
      // Linked tables publish the same totals (revenue rounded from the exact sums, not from rounded cells).
      const d = tables.find((x) => x.id === `${id}:district`)!;
      const s = tables.find((x) => x.id === `${id}:industrySection`)!;
      expect(d.values.at(-1)).toEqual(s.values.at(-1));
    }
    const byDistrict = tables.find((x) => x.id === 'sme-count:district')!;
    const csv = await get(`/api/statistics/public/sme-count:district/csv?month=${YEAR}-12`, null);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n').slice(1, 1 + byDistrict.values.length);
    lines.forEach((line, r) => expect(line.split(',').slice(1)).toEqual(byDistrict.values[r]!.map((val) => (val === null ? 'x' : String(val)))));
  });

  it('publishes a month by hand once (bureau), serves the stored release publicly with its CSV, and keeps every stored release suppressed', async () => {
    const cookie = await t.cookie('bureau');
    const publish = (month: string, c = cookie) => t.app.inject({ method: 'POST', url: '/api/statistics/releases', headers: { cookie: c }, payload: { month } });
    const first = await publish(`${YEAR}-10`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, release: { month: `${YEAR}-10`, asOf: `${YEAR}-10-31`, trigger: 'MANUAL', tableCount: 10 } });
    const [again, twice] = await Promise.all([publish(`${YEAR}-10`), publish(`${YEAR}-10`)]);
    expect([again.json().created, twice.json().created]).toEqual([false, false]);
    expect(again.json().release.publishedAt).toBe(first.json().release.publishedAt);
    expect((await publish(`${YEAR}-10`, await t.cookie('dept-miit'))).statusCode).toBe(403);
    const future = await publish('2100-01');
    expect(future.statusCode).toBe(422);
    expect(future.json().error.code).toBe('STATISTICS_MONTH_NOT_COMPLETE');
    const [audit] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE type = 'STATISTICS_RELEASE_PUBLISHED' AND subject = $1`, [`release-${YEAR}-10`]);
    expect(audit!.n).toBe(1);

    const list = (await get('/api/statistics/releases', null)).json();
    expect(list.releases.map((r: { month: string }) => r.month)).toContain(`${YEAR}-10`);
    expect(list.releaseDay).toBe(10);
    const release = await get(`/api/statistics/releases/${YEAR}-10`, null);
    expect(release.statusCode, release.body).toBe(200);
    // The public page's month is the stored release from now on.
    const page = (await get(`/api/statistics/public?month=${YEAR}-10`, null)).json();
    expect(page.publishedAt).toBe(first.json().release.publishedAt);
    expect(page.tables).toEqual(release.json().tables);
    const table = release.json().tables.find((x: { hiddenCount: number }) => x.hiddenCount > 0) ?? release.json().tables[0];
    const csv = await get(`/api/statistics/releases/${YEAR}-10/${table.id}/csv`, null);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n').slice(1, 1 + table.values.length);
    lines.forEach((line: string, r: number) => expect(line.split(',').slice(1)).toEqual(table.values[r].map((v: number | null) => (v === null ? 'x' : String(v)))));
    expect((await get('/api/statistics/releases/2001-01', null)).json().error.code).toBe('STATISTICS_RELEASE_NOT_FOUND');

    // Every stored release, read from the table itself: no hidden cell recoverable, no count cell of 1 or 2 enterprises.
    const stored = await getDb().query<{ tables: unknown }>('SELECT tables FROM statistics_releases');
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      const tables = (typeof row.tables === 'string' ? JSON.parse(row.tables) : row.tables) as { id: string; values: (number | null)[][]; rowKeys: string[]; colKeys: string[] }[];
      for (const x of tables) {
        expect(derivableCells(x.rowKeys.length - 1, x.colKeys.length - 1, x.values.map((r) => r.map((v) => v === null)))).toEqual([]);
        if (/^(sme-count|sme-entries|registrations):/.test(x.id)) for (const v of x.values.slice(0, -1).flatMap((r) => r.slice(0, -1))) expect(v === null || v === 0 || v >= 3).toBe(true);
      }
    }

    const day = await t.app.inject({ method: 'PUT', url: '/api/statistics/releases/day', headers: { cookie }, payload: { releaseDay: 12 } });
    expect(day.json()).toEqual({ releaseDay: 12 });
    expect((await get('/api/statistics/releases', null)).json().releaseDay).toBe(12);
    const bad = await t.app.inject({ method: 'PUT', url: '/api/statistics/releases/day', headers: { cookie }, payload: { releaseDay: 31 } });
    expect(bad.statusCode).toBe(400);
  });

  it('discloses the use of funds publicly, hiding amounts paid to fewer than 3 enterprises', async () => {
    const db = getDb();
    await db.query(`INSERT INTO benefit_funds (id, name_zh, name_en, jurisdiction, department_id, year, budget_fen, created_at) VALUES ('stats-fund', '统计测试资金', 'Stats fund', 'cn-gd-sz', 'dept-sme', ${YEAR}, 100000000, now()) ON CONFLICT (id) DO NOTHING`);
    const res = await get(`/api/statistics/public/funds/${YEAR}`, null);
    expect(res.statusCode, res.body).toBe(200);
    const fund = res.json().funds.find((f: { nameZh: string }) => f.nameZh === '统计测试资金');
    expect(fund).toMatchObject({ budgetFen: 100000000, paidFen: 0, recipients: 0, departmentZh: '市中小企业服务局' });
  });

  it('drafts the annual report with five sections, stores the edited 问题及对策 with an audit event, joins concurrent runs, and refuses a year without data', async () => {
    const before = annualReportRuns();
    const [a, b] = await Promise.all([get(`/api/statistics/reports/${YEAR}`), get(`/api/statistics/reports/${YEAR}`)]);
    expect(a.statusCode, a.body).toBe(200);
    expect(b.json()).toEqual(a.json());
    expect(annualReportRuns() - before).toBeGreaterThanOrEqual(1);
    // Requests arriving while a run is going join it (deterministic at the service: no await between the calls).
    const runsBefore = annualReportRuns();
    const [x, y] = [annualReport(getDb(), YEAR), annualReport(getDb(), YEAR)];
    expect(x).toBe(y);
    await x;
    expect(annualReportRuns() - runsBefore).toBe(1);
    expect(a.json().sections.map((s: { headingZh: string }) => s.headingZh)).toEqual(REPORT_SECTIONS.map((s) => s.headingZh));

    const cookie = await t.cookie('bureau');
    const text = '融资难仍是小微企业反映最多的问题。\n对策：扩大首贷、信用贷覆盖面。';
    const put = await t.app.inject({ method: 'PUT', url: `/api/statistics/reports/${YEAR}/narratives/PROBLEMS`, headers: { cookie }, payload: { text, expectedVersion: 0 } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().version).toBe(1);
    const stale = await t.app.inject({ method: 'PUT', url: `/api/statistics/reports/${YEAR}/narratives/PROBLEMS`, headers: { cookie }, payload: { text: '另一稿', expectedVersion: 0 } });
    expect(stale.json().error.code).toBe('STATISTICS_NARRATIVE_CONFLICT');
    const dept = await t.app.inject({ method: 'PUT', url: `/api/statistics/reports/${YEAR}/narratives/PROBLEMS`, headers: { cookie: await t.cookie('dept-miit') }, payload: { text, expectedVersion: 1 } });
    expect(dept.statusCode).toBe(403);
    const [audit] = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE type = 'STATISTICS_REPORT_NARRATIVE_SAVED' AND subject = $1`, [`report-${YEAR}`]);
    expect(audit!.n).toBe(1);
    const again = (await get(`/api/statistics/reports/${YEAR}`)).json();
    expect(again.sections[3].paragraphs).toEqual(text.split('\n'));
    expect(again.sections[3].narrative.version).toBe(1);

    const none = await get('/api/statistics/reports/2100');
    expect(none.statusCode).toBe(422);
    expect(none.json().error.message.zh).toContain('2100');
    expect(none.json().error.message.en).toContain('2100');
  });

  it('exports the report as DOCX with the five section headings and the SME count', async () => {
    const report = (await get(`/api/statistics/reports/${YEAR}`)).json();
    const res = await get(`/api/statistics/reports/${YEAR}/docx`);
    expect(res.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    for (const s of REPORT_SECTIONS) expect(xml).toContain(s.headingZh);
    const count = /在册中小企业 ([\d,]+) 户/.exec(report.sections[0].paragraphs[0])![1]!;
    expect(xml).toContain(`在册中小企业 ${count} 户`);
    expect(xml).toContain('融资难仍是小微企业反映最多的问题。');
  });

  it('gives the evaluation pack of a year: definitions, published tables and aggregates, no enterprise records', async () => {
    const res = await get(`/api/statistics/evaluation-pack/${YEAR}`, 'auditor');
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const pack = res.json();
    expect(pack.definitions.length).toBeGreaterThanOrEqual(8);
    expect(pack.publishedTables.month).toBe(`${YEAR}-12`);
    expect(res.body).not.toMatch(/"uscc"/);
    expect((await get(`/api/statistics/evaluation-pack/${YEAR}`, 'enterprise')).statusCode).toBe(403);
  });
}, { setup: async (db) => {
  await seedDemoCity(db);
  await addPopulation(db, 23, 600);
} });
