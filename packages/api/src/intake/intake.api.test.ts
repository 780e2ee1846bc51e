import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BENEFIT_DEMO_FUNDS, BENEFIT_DEMO_LINKS, findFundPolicy, linkPolicyToFund, listAuditEvents, saveFund } from '@huiqi/db';
import { describeEachEngine, fakeUscc } from '@huiqi/db/testing';
import { newSecretForTest } from './intake-test-support';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { assessPolicy } from '../benefits/benefit-assessment';

const E = DEMO_ENTERPRISE_USCC;
const HEADER = ['统一社会信用代码', '企业名称', '注册地址', '所在区', '行业代码', '成立日期', '纳税人类型', '年度', '从业人员', '营业收入', '资产总额'];
const cells = (uscc: string, over: { date?: string; industry?: string } = {}) =>
  [uscc, '深圳市接口导入有限公司', '深圳市南山区科技中二路 1 号', '南山区', over.industry ?? 'I65', over.date ?? '2020-01-02', '一般纳税人', '2024', '30', '8000000', '5000000'];

/** A uscc with a wrong check character. */
const wrongCheck = (u: string) => `${u.slice(0, 17)}${u[17] === '0' ? '1' : '0'}`;

function multipart(fileName: string, content: Buffer, type: string) {
  const boundary = `----huiqi${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记信息');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describeEachEngine('intake API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const as = async (user: string) => ({ cookie: await t.cookie(user) });

  /** A department system's token, written as the administration module stores it (contract of principal.token). */
  async function departmentToken(departmentId: string, kinds: string[], expiresAt = new Date(Date.now() + 86_400_000)): Promise<string> {
    const [u] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'dept-miit'");
    const { secret, hash } = newSecretForTest();
    await getDb().query(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, department_id, intake_kinds, expires_at)
       VALUES (gen_random_uuid()::text, $1, '统计系统', $2, $3, now(), $4, $5::text[], $6)`,
      [u!.id, hash, secret.slice(0, 9), departmentId, kinds, expiresAt.toISOString()],
    );
    return secret;
  }

  it('console: an officer previews an XLSX with three bad rows, imports all-or-nothing (refused), then accepts the valid rows and downloads the rejected ones', async () => {
    const good = [fakeUscc(), fakeUscc()];
    const file = await xlsx([HEADER, cells(good[0]!), cells(fakeUscc(), { date: '2023-02-30' }), cells(good[1]!), cells(fakeUscc(), { industry: 'C99' }), cells(wrongCheck(fakeUscc()))]);
    const upload = async (url: string) => {
      const m = multipart('登记信息.xlsx', file, 'application/octet-stream');
      return t.app.inject({ method: 'POST', url, payload: m.payload, headers: { ...m.headers, ...(await as('dept-miit')) } });
    };
    const preview = await upload('/api/intake/previews?kind=REGISTRY');
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p).toMatchObject({ dryRun: true, batchId: null, status: 'REJECTED', rowCount: 5 });
    expect(p.preview.header).toEqual(HEADER);
    expect(p.preview.rows).toHaveLength(5);
    expect(p.rejected).toBe(3);
    expect(p.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([[3, '成立日期'], [5, '行业代码'], [6, '统一社会信用代码']]);

    const refused = await upload('/api/intake/uploads?kind=REGISTRY');
    expect(refused.statusCode).toBe(201);
    expect(refused.json()).toMatchObject({ status: 'REJECTED', inserted: 0 });
    const none = await getDb().query('SELECT 1 FROM enterprises WHERE uscc = ANY ($1::text[])', [good]);
    expect(none).toHaveLength(0);

    const accepted = await upload('/api/intake/uploads?kind=REGISTRY&acceptValid=true');
    const a = accepted.json();
    expect(a).toMatchObject({ status: 'PARTIALLY_APPLIED', inserted: 2 });
    const download = await t.app.inject({ method: 'GET', url: `/api/intake/batches/${a.batchId}/rejected-rows`, headers: await as('dept-miit') });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    const lines = download.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe(`${HEADER.join(',')},行号,原因`);
    expect(lines).toHaveLength(1 + a.rejected);
    expect(lines[1]).toContain('2023-02-30');

    const report = await t.app.inject({ method: 'GET', url: `/api/intake/batches/${a.batchId}`, headers: await as('bureau') });
    expect(report.json().batch).toMatchObject({ departmentId: 'dept-miit', channel: 'CONSOLE', fileName: '登记信息.xlsx', status: 'PARTIALLY_APPLIED' });
    expect((await t.app.inject({ method: 'GET', url: `/api/intake/batches/${a.batchId}`, headers: await as('dept-futian') })).statusCode).toBe(404);
    const events = await listAuditEvents(getDb(), { page: 1, pageSize: 5, type: 'INTAKE_BATCH_RECEIVED', subject: a.batchId });
    expect(events.items[0]).toMatchObject({ actor: { username: 'dept-miit' }, payload: { status: 'PARTIALLY_APPLIED', inserted: 2 } });
  });

  it('console: a file over the limit is refused naming the limit (413); a JSON body is not a file (400); an enterprise is refused (403)', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x61);
    const m = multipart('big.csv', big, 'text/csv');
    const r = await t.app.inject({ method: 'POST', url: '/api/intake/uploads?kind=REGISTRY', payload: m.payload, headers: { ...m.headers, ...(await as('bureau')) } });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatchObject({ code: 'INTAKE_FILE_TOO_LARGE' });
    expect(r.json().error.message.zh).toContain('20 MB');
    const json = await t.app.inject({ method: 'POST', url: '/api/intake/uploads?kind=REGISTRY', payload: {}, headers: await as('bureau') });
    expect(json.statusCode).toBe(400);
    const ent = await t.app.inject({ method: 'POST', url: '/api/intake/uploads?kind=REGISTRY', payload: {}, headers: await as('enterprise') });
    expect(ent.statusCode).toBe(403);
  });

  it('machine API: a department system\'s scoped token delivers yearly figures (streamed CSV), the same batch key again changes nothing, other kinds and sessions are refused', async () => {
    const token = await departmentToken('dept-miit', ['YEARLY_FIGURES']);
    const csv = `uscc,year,employees,revenue_yuan,total_assets_yuan\n${E},2025,99,77000000,40000000\n`;
    const send = (kind: string, key: string, auth: Record<string, string>, body = csv) =>
      t.app.inject({ method: 'POST', url: `/api/intake/batches?kind=${kind}&batchKey=${key}`, payload: body, headers: { 'content-type': 'text/csv', ...auth } });
    const first = await send('YEARLY_FIGURES', 'tj-2025-01', { authorization: `Bearer ${token}` });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json(), first.body).toMatchObject({ status: 'APPLIED', replayed: false });
    const [f] = await getDb().query<{ employees: number }>('SELECT employees FROM enterprise_figures WHERE uscc = $1 AND year = 2025', [E]);
    expect(f!.employees).toBe(99);
    const again = await send('YEARLY_FIGURES', 'tj-2025-01', { authorization: `Bearer ${token}` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, batchId: first.json().batchId });
    const other = await send('YEARLY_FIGURES', 'tj-2025-01', { authorization: `Bearer ${token}` }, `${csv}${E},2024,1,1,1\n`);
    expect(other.statusCode).toBe(409);
    expect((await send('REGISTRY', 'x1', { authorization: `Bearer ${token}` })).statusCode).toBe(403);
    expect((await send('YEARLY_FIGURES', 'x2', await as('bureau'))).statusCode).toBe(403);
    const expired = await departmentToken('dept-miit', ['YEARLY_FIGURES'], new Date(Date.now() - 1000));
    expect((await send('YEARLY_FIGURES', 'x3', { authorization: `Bearer ${expired}` })).statusCode).toBe(401);
    const sources = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/data-sources`, headers: await as('enterprise') });
    expect(sources.statusCode, sources.body).toBe(200);
    const y2025 = sources.json().items.find((s: { kind: string; year: number }) => s.kind === 'FIGURES' && s.year === 2025);
    expect(y2025).toMatchObject({ source: { type: 'INTAKE', departmentId: 'dept-miit', departmentName: { zh: '市工业和信息化局' }, channel: 'API' }, values: { employees: 99 }, lastDelivery: null });
    const fix = await t.app.inject({ method: 'PUT', url: `/api/enterprises/${E}/figures/2025`, headers: await as('enterprise'), payload: { employees: 98, revenueFen: 7_700_000_000, totalAssetsFen: 4_000_000_000 } });
    expect(fix.statusCode, fix.body).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/data-sources`, headers: await as('enterprise') })).json();
    const both = after.items.find((s: { kind: string; year: number }) => s.kind === 'FIGURES' && s.year === 2025);
    expect(both).toMatchObject({ source: { type: 'USER' }, values: { employees: 98 }, lastDelivery: { source: { type: 'INTAKE', departmentId: 'dept-miit' }, values: { employees: 99 } } });
    const list = await t.app.inject({ method: 'GET', url: '/api/intake/batches', headers: { authorization: `Bearer ${token}` } });
    expect(list.json().items.every((b: { departmentId: string }) => b.departmentId === 'dept-miit')).toBe(true);
  });

  it('machine API: 社保参保人数 and 纳税信用等级 from scoped tokens — row-by-row report, the valid rows with acceptValid, a changed value is a new version, the enterprise sees who delivered each', async () => {
    const token = await departmentToken('dept-miit', ['SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS']);
    const auth = { authorization: `Bearer ${token}` };
    const send = (kind: string, key: string, body: string, acceptValid = false) =>
      t.app.inject({ method: 'POST', url: `/api/intake/batches?kind=${kind}&batchKey=${key}${acceptValid ? '&acceptValid=true' : ''}`, payload: body, headers: { 'content-type': 'text/csv', ...auth } });
    const unknown = fakeUscc();
    const headcount = `统一社会信用代码,月份,参保人数\n${E},2025-11,42\n${E},2025-13,40\n${unknown},2025-11,3\n${E},2025年11月,41\n`;
    const refused = await send('SOCIAL_SECURITY_HEADCOUNT', 'sb-2025-11', headcount);
    expect(refused.statusCode, refused.body).toBe(201); // recorded as a refused batch
    expect(refused.json()).toMatchObject({ status: 'REJECTED', inserted: 0, rejected: 3 });
    expect(refused.json().errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([[3, '月份'], [4, '统一社会信用代码'], [5, '统一社会信用代码']]);
    expect(refused.json().errors[0].message).toEqual({ zh: '月份「2025-13」不存在', en: "month '2025-13' does not exist" });
    const accepted = await send('SOCIAL_SECURITY_HEADCOUNT', 'sb-2025-11', headcount, true);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ status: 'PARTIALLY_APPLIED', inserted: 1, updated: 0, rejected: 3 });
    const rating = await send('TAX_CREDIT_RATING', 'sw-2024', `uscc,year,rating\n${E},2024,A\n${E},2023,b级\n`);
    expect(rating.json()).toMatchObject({ status: 'APPLIED', inserted: 2 });
    expect((await send('TAX_CREDIT_RATING', 'sw-2024-bad', `uscc,year,rating\n${E},2024,E\n`)).json().errors[0].message.en).toBe("tax credit rating 'E' must be A, B, M, C or D");
    const regraded = await send('TAX_CREDIT_RATING', 'sw-2024-fix', `uscc,year,rating\n${E},2024,M\n${E},2023,B\n`);
    expect(regraded.json()).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 1, unchanged: 1 });
    const versions = await getDb().query<{ version: number; value: { rating: string }; intake_batch_id: string }>(
      "SELECT version, value, intake_batch_id FROM department_fact_versions WHERE uscc = $1 AND kind = 'TAX_CREDIT_RATING' AND period = '2024' ORDER BY version", [E]);
    expect(versions.map((v) => [v.version, v.value.rating, v.intake_batch_id])).toEqual([[1, 'A', rating.json().batchId], [2, 'M', regraded.json().batchId]]);
    const sources = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/data-sources`, headers: await as('enterprise') });
    expect(sources.statusCode, sources.body).toBe(200);
    expect(sources.json().departmentFacts).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'SOCIAL_SECURITY_HEADCOUNT', kindName: { zh: '社保参保人数', en: 'social-security headcount' }, period: '2025-11', values: { insuredEmployees: 42 }, source: expect.objectContaining({ type: 'INTAKE', departmentId: 'dept-miit', departmentName: { zh: '市工业和信息化局', en: expect.any(String) }, channel: 'API' }) }),
      expect.objectContaining({ kind: 'TAX_CREDIT_RATING', period: '2024', version: 2, values: { rating: 'M' } }),
    ]));
  });

  it('资质证书 and 共享数据: row-by-row report, idempotent by batch key, versions with provenance; 我的政策 and 数据比对 read them with their source and the documented precedence', async () => {
    const token = await departmentToken('dept-miit', ['QUALIFICATIONS', 'SHARED_FACTS']);
    const send = (kind: string, key: string, body: string) =>
      t.app.inject({ method: 'POST', url: `/api/intake/batches?kind=${kind}&batchKey=${key}`, payload: body, headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` } });
    const certs = `统一社会信用代码,资质类型,证书编号,有效期起,有效期至,发证部门\n${E},科技型中小企业,202144030500000001,2021-01-01,2021-12-31,深圳市科学技术局\n${E},高新技术企业,GR202344201234,2023-02-30,2029-12-11,广东省科学技术厅\n`;
    const m = multipart('资质.csv', Buffer.from(certs), 'text/csv');
    const preview = await t.app.inject({ method: 'POST', url: '/api/intake/previews?kind=QUALIFICATIONS', payload: m.payload, headers: { ...m.headers, ...(await as('dept-miit')) } });
    expect(preview.statusCode, preview.body).toBe(200); // the console takes the new kinds through the same preview
    expect(preview.json()).toMatchObject({ dryRun: true, status: 'REJECTED', rejected: 1, errors: [{ line: 3, column: '有效期起', message: { zh: '日期「2023-02-30」不存在' } }] });
    const fixed = certs.replace('2023-02-30', '2023-12-12');
    const applied = await send('QUALIFICATIONS', 'zz-q1', fixed);
    expect(applied.statusCode, applied.body).toBe(201);
    expect(applied.json()).toMatchObject({ status: 'APPLIED', inserted: 2 });
    const again = await send('QUALIFICATIONS', 'zz-q1', fixed);
    expect([again.statusCode, again.json().replayed]).toEqual([200, true]);
    expect((await send('QUALIFICATIONS', 'zz-q2', fixed)).json()).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 0, unchanged: 2 });

    // 我的政策: the expired 科技型中小企业 registration takes TECH_SME out of the profile's tags, and says where from.
    const el = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/eligibility?explain=1`, headers: await as('enterprise') })).json();
    expect(el.basis.sources).toContainEqual(expect.objectContaining({ fact: 'tags', from: 'DEPARTMENT', kind: 'QUALIFICATIONS', period: 'TECH_SME', origin: expect.objectContaining({ by: 'DEPARTMENT', department: expect.objectContaining({ zh: '市工业和信息化局' }) }) }));
    const rd = el.policies.find((p: { policyId: string }) => p.policyId === 'tech-sme-rd-super-deduction');
    expect(rd.status).toBe('INELIGIBLE');
    expect(rd.dataSources).toContainEqual(expect.objectContaining({ fact: 'tags', origin: expect.objectContaining({ label: expect.objectContaining({ zh: expect.stringMatching(/^市工业和信息化局报送（\d{4}-\d\d-\d\d \d\d:\d\d 接收）$/) }) }) }));

    // 共享数据 for a policy linked to a fund: merged into what 数据比对 reads, named by the department.
    const POLICY = 'sz-2023-tech-sme-interest-subsidy';
    const shared = `uscc,政策编号,为入库科技型中小企业,当年实际支付利息（元）,原贴息支持比例\n${E},${POLICY},是,100000,50%\n`;
    expect((await send('SHARED_FACTS', 'zz-s0', shared)).json().errors[0].message.zh).toBe(`政策「${POLICY}」未关联资金，不能接收共享数据`);
    await getDb().transaction(async (tx) => {
      await saveFund(tx, BENEFIT_DEMO_FUNDS.find((f) => f.id === 'sz-2023-tech-interest-subsidy')!, null);
      await linkPolicyToFund(tx, BENEFIT_DEMO_LINKS.find((l) => l.policyId === POLICY)!, null);
    });
    expect((await send('SHARED_FACTS', 'zz-s1', shared)).json()).toMatchObject({ status: 'APPLIED', inserted: 1 });
    const [row] = await getDb().query<{ facts: Record<string, unknown>; source: string }>('SELECT facts, source FROM benefit_shared_facts WHERE uscc = $1 AND policy_id = $2', [E, POLICY]);
    expect(row!.facts).toEqual({ isRegisteredTechSme: true, interestPaid: 10_000_000, interestSubsidyBaseRatio: '0.5' });
    expect(row!.source).toMatch(/^市工业和信息化局报送（/);
    // The department's 科技型中小企业 record (expired in 2021) decides isRegisteredTechSme over the shared "是" (assessed as of 2023-12-31).
    const a = await assessPolicy(getDb(), E, (await findFundPolicy(getDb(), POLICY))!, '2024-03-01' as never);
    expect(a.status).toBe('INELIGIBLE');
    expect(a.factSources).toEqual(expect.arrayContaining([{ fact: 'isRegisteredTechSme', from: 'DEPARTMENT' }, { fact: 'interestPaid', from: `SHARED:${row!.source}` }]));
    const sources = (await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/data-sources`, headers: await as('enterprise') })).json();
    expect(sources.departmentFacts.find((f: { kind: string }) => f.kind === 'SHARED_FACTS').fields).toContainEqual({ key: 'interestPaid', label: { zh: '当年实际支付利息', en: 'interest actually paid in the year' }, value: 10_000_000, unit: 'fen' });
    expect(sources.departmentFacts).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'QUALIFICATIONS', period: 'HIGH_TECH', values: { certificateNumber: 'GR202344201234', validFrom: '2023-12-12', validUntil: '2029-12-11', issuer: '广东省科学技术厅' }, source: expect.objectContaining({ departmentId: 'dept-miit', channel: 'API' }), item: { zh: '高新技术企业', en: 'high and new technology enterprise' } }),
      expect.objectContaining({ kind: 'SHARED_FACTS', period: POLICY, kindName: { zh: '共享数据', en: 'shared facts' }, item: expect.objectContaining({ zh: '「2023年深圳科技型中小企业贷款贴息提高」比对数据' }) }),
    ]));
  });
});
