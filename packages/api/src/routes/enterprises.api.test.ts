import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { importEnterprises } from '@huiqi/db';
import { completeUscc } from '@huiqi/kernel';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const FUTIAN_USCC = completeUscc('91440300MA5FT0001');
const LUOHU_USCC = completeUscc('91440300MA5LH0001');

describeEachEngine('API: enterprise registry', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
    const row = (uscc: string, name: string, district: string, tags: string[]) => ({
      uscc, name, district, registeredAddress: '深圳市示例地址', industryCode: 'F5191', registrationDate: '2019-07-01', taxpayerType: 'SMALL_SCALE',
      isIndividualBusiness: false, tags, figures: [{ year: 2024, employees: 12, revenueFen: 8_000_000_00, totalAssetsFen: 2_000_000_00 }],
    });
    await importEnterprises(getDb(), [row(FUTIAN_USCC, '深圳市福田示例贸易有限公司', 'cn-gd-sz-futian', ['SPECIALIZED']), row(LUOHU_USCC, '深圳市罗湖示例商行', 'cn-gd-sz-luohu', [])], 'TEST', null);
  });
  afterAll(() => t.stop());
  const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookie(user) } });

  it('lists the whole city for the SME bureau with filters and paging', async () => {
    const all = await get('bureau', '/api/enterprises');
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    const demo = all.json().items.find((e: { uscc: string }) => e.uscc === DEMO_ENTERPRISE_USCC);
    expect(demo).toEqual({
      uscc: DEMO_ENTERPRISE_USCC, name: '深圳市鹏城智造科技有限公司', district: 'cn-gd-sz-nanshan', districtName: '南山区', industryCode: 'C3911',
      registrationDate: '2016-05-18', tags: ['HIGH_TECH', 'INNOVATIVE_SME', 'SPECIALIZED', 'TECH_SME'], latestYear: 2025, employees: 85, revenueFen: 5_300_000_000,
    });
    expect((await get('bureau', '/api/enterprises?tag=SPECIALIZED&industry=F')).json().items.map((e: { uscc: string }) => e.uscc)).toEqual([FUTIAN_USCC]);
    expect((await get('bureau', '/api/enterprises?district=cn-gd-sz-luohu')).json().total).toBe(1);
    expect((await get('bureau', '/api/enterprises?q=鹏城')).json().total).toBe(1);
    const paged = (await get('bureau', '/api/enterprises?page=2&pageSize=2')).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it('limits a district officer to the district and an enterprise user to its own row', async () => {
    expect((await get('dept-futian', '/api/enterprises')).json().items.map((e: { uscc: string }) => e.uscc)).toEqual([FUTIAN_USCC]);
    expect((await get('dept-futian', '/api/enterprises?district=cn-gd-sz-luohu')).json().total).toBe(0);
    expect((await get('enterprise', '/api/enterprises')).json().items.map((e: { uscc: string }) => e.uscc)).toEqual([DEMO_ENTERPRISE_USCC]);
    expect((await get('bank', '/api/enterprises')).statusCode).toBe(403);
    expect((await get('dept-futian', `/api/enterprises/${LUOHU_USCC}`)).statusCode).toBe(403);
    expect((await get('enterprise', `/api/enterprises/${FUTIAN_USCC}`)).json().error.code).toBe('FORBIDDEN');
  });

  it('validates list filters and the uscc with bilingual reasons', async () => {
    const bad = await get('bureau', '/api/enterprises?pageSize=1000&tag=GOLDEN');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['pageSize', 'tag']);
    const code = await get('bureau', '/api/enterprises/914403001922038217');
    expect(code.statusCode).toBe(400);
    expect(code.json().error.message.zh).toContain('第18位校验码应为「6」');
    expect(code.json().error.message.en).toContain("check character (position 18) should be '6'");
    const missing = await get('bureau', `/api/enterprises/${completeUscc('91440300MA5NTHER1')}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ENTERPRISE_NOT_FOUND');
  });

  it('shows the profile, figures and what the caller may do', async () => {
    const own = (await get('enterprise', `/api/enterprises/${DEMO_ENTERPRISE_USCC}`)).json();
    expect(own.enterprise).toMatchObject({ name: '深圳市鹏城智造科技有限公司', taxpayerType: 'GENERAL', districtName: { zh: '南山区', en: 'Nanshan' }, version: 1 });
    expect(own.figures.map((f: { year: number; employees: number }) => [f.year, f.employees])).toEqual([[2023, 78], [2024, 82], [2025, 85]]);
    expect(own.permissions).toEqual({ canEdit: true, canEditTags: false, canRecordFigures: true });
    expect((await get('bureau', `/api/enterprises/${DEMO_ENTERPRISE_USCC}`)).json().permissions).toEqual({ canEdit: true, canEditTags: true, canRecordFigures: false });
    expect((await get('auditor', `/api/enterprises/${DEMO_ENTERPRISE_USCC}`)).json().permissions).toEqual({ canEdit: false, canEditTags: false, canRecordFigures: false });
  });

  it('keeps edits as versions: owner edits profile and figures, the bureau grants tags, and asOf reads the past', async () => {
    const cookie = await t.cookie('enterprise');
    const url = `/api/enterprises/${FUTIAN_USCC}`;
    // The demo enterprise user owns the demo enterprise only.
    const foreign = await t.app.inject({ method: 'PATCH', url, headers: { cookie }, payload: { name: '改名' } });
    expect(foreign.statusCode).toBe(403);

    const demoUrl = `/api/enterprises/${DEMO_ENTERPRISE_USCC}`;
    const renamed = await t.app.inject({ method: 'PATCH', url: demoUrl, headers: { cookie }, payload: { registeredAddress: '深圳市南山区新址路 9 号' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ changedFields: ['registeredAddress'], enterprise: { version: 2, registeredAddress: '深圳市南山区新址路 9 号' } });

    const ownTags = await t.app.inject({ method: 'PATCH', url: demoUrl, headers: { cookie }, payload: { tags: ['LITTLE_GIANT'] } });
    expect(ownTags.statusCode).toBe(403);
    expect(ownTags.json().error.message.zh).toContain('资质标签');
    const granted = await t.app.inject({ method: 'PATCH', url: demoUrl, headers: { cookie: await t.cookie('bureau') }, payload: { tags: ['HIGH_TECH', 'INNOVATIVE_SME', 'SPECIALIZED', 'TECH_SME', 'LITTLE_GIANT'] } });
    expect(granted.json()).toMatchObject({ changedFields: ['tags'], enterprise: { version: 3 } });
    expect(granted.json().enterprise.tags).toContain('LITTLE_GIANT');

    const empty = await t.app.inject({ method: 'PATCH', url: demoUrl, headers: { cookie }, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues[0].message).toEqual({ zh: '请至少提供一个要修改的字段', en: 'give at least one field to change' });
    const badDistrict = await t.app.inject({ method: 'PATCH', url: demoUrl, headers: { cookie }, payload: { district: 'cn-gd-sz-atlantis' } });
    expect(badDistrict.statusCode).toBe(400);

    const figures = await t.app.inject({ method: 'PUT', url: `${demoUrl}/figures/2025`, headers: { cookie }, payload: { employees: 88, revenueFen: 5_400_000_000, totalAssetsFen: 4_000_000_000, rdExpenseFen: 355_000_000 } });
    expect(figures.statusCode).toBe(200);
    expect(figures.json()).toMatchObject({ status: 'UPDATED', changedFields: ['employees', 'revenueFen', 'mainBusinessRevenueFen'], figures: { year: 2025, employees: 88, version: 2, mainBusinessRevenueFen: null } });
    const bureauFigures = await t.app.inject({ method: 'PUT', url: `${demoUrl}/figures/2025`, headers: { cookie: await t.cookie('bureau') }, payload: { employees: 1, revenueFen: 1, totalAssetsFen: 1 } });
    expect(bureauFigures.statusCode).toBe(403);
    const negative = await t.app.inject({ method: 'PUT', url: `${demoUrl}/figures/2025`, headers: { cookie }, payload: { employees: -1, revenueFen: 1.5, totalAssetsFen: 1 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['employees', 'revenueFen']);
    const future = await t.app.inject({ method: 'PUT', url: `${demoUrl}/figures/${new Date().getUTCFullYear() + 1}`, headers: { cookie }, payload: { employees: 1, revenueFen: 1, totalAssetsFen: 1 } });
    expect(future.statusCode).toBe(400);

    const history = (await get('auditor', `${demoUrl}/history`)).json().items;
    expect(history.slice(0, 3).map((h: { kind: string; version: number }) => `${h.kind}:${h.version}`)).toEqual(['FIGURES:2', 'PROFILE:3', 'PROFILE:2']);
    expect(history[0].actor).toMatchObject({ username: 'enterprise' });
    expect(history[1].actor).toMatchObject({ username: 'bureau' });
    expect(history.at(-1)).toMatchObject({ kind: 'PROFILE', version: 1, changeKind: 'IMPORTED', actor: null });

    // As of yesterday (China time) everything above had not happened yet.
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    const past = await get('bureau', `${demoUrl}?asOf=${yesterday}`);
    expect(past.statusCode).toBe(404);
    expect(past.json().error.message.en).toBe(`The enterprise was not yet registered as of ${yesterday}`);
  });

  it('lets the SME bureau register an enterprise once, with bilingual refusals for everything else', async () => {
    const uscc = completeUscc('91440300MA5NEW001');
    const body = { uscc: uscc.toLowerCase(), name: '深圳市新登记科技有限公司', registeredAddress: '深圳市龙华区测试路 2 号', district: 'cn-gd-sz-longhua', industryCode: 'I65', registrationDate: '2025-09-01', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false, tags: ['TECH_SME'] };
    const post = async (user: string, payload: unknown) => t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: await t.cookie(user) }, payload: payload as object });
    expect((await post('dept-futian', body)).statusCode).toBe(403);
    expect((await post('enterprise', body)).json().error.message.zh).toBe('只有中小企业服务局可登记企业');
    const created = await post('bureau', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ enterprise: { uscc, version: 1, districtName: { zh: '龙华区' }, tags: ['TECH_SME'] }, figures: [], permissions: { canEdit: true } });
    const again = await post('bureau', body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ENTERPRISE_EXISTS');
    const badCode = await post('bureau', { ...body, uscc: '914403001922038217' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.details.issues[0]).toMatchObject({ path: 'uscc', message: { zh: expect.stringContaining('校验码') } });
    expect((await post('bureau', { ...body, uscc: completeUscc('91440300MA5NEW002'), district: 'cn-gd-sz-atlantis' })).statusCode).toBe(400);
    const history = (await get('bureau', `/api/enterprises/${uscc}/history`)).json().items;
    expect(history).toEqual([expect.objectContaining({ kind: 'PROFILE', version: 1, changeKind: 'CREATED', actor: expect.objectContaining({ username: 'bureau' }) })]);
  });

  it('reads the state as of the end of a day', async () => {
    const db = getDb();
    // Move the versions of the Luohu enterprise into the past to make dated states.
    await db.query("UPDATE enterprise_versions SET valid_from = '2024-01-01T00:00:00Z' WHERE uscc = $1 AND version = 1", [LUOHU_USCC]);
    await db.query("UPDATE enterprise_figure_versions SET valid_from = '2024-01-01T00:00:00Z' WHERE uscc = $1", [LUOHU_USCC]);
    const cookie = await t.cookie('bureau');
    const url = `/api/enterprises/${LUOHU_USCC}`;
    expect((await t.app.inject({ method: 'PATCH', url, headers: { cookie }, payload: { name: '深圳市罗湖示例商贸有限公司' } })).statusCode).toBe(200);
    await db.query("UPDATE enterprise_versions SET valid_from = '2025-03-05T15:30:00Z' WHERE uscc = $1 AND version = 2", [LUOHU_USCC]); // 23:30 in Shenzhen

    const before = (await get('bureau', `${url}?asOf=2025-03-04`)).json();
    expect(before).toMatchObject({ asOf: '2025-03-04', enterprise: { name: '深圳市罗湖示例商行', version: 1 }, permissions: { canEdit: false } });
    expect(before.figures.map((f: { year: number }) => f.year)).toEqual([2024]);
    expect((await get('bureau', `${url}?asOf=2025-03-05`)).json().enterprise).toMatchObject({ name: '深圳市罗湖示例商贸有限公司', version: 2 });
    const tooEarly = await get('bureau', `${url}?asOf=2023-12-31`);
    expect(tooEarly.statusCode).toBe(404);
    expect(tooEarly.json().error.message.zh).toContain('尚未登记');
    const badDate = await get('bureau', `${url}?asOf=2025-02-30`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.details.issues[0].message.zh).toContain('YYYY-MM-DD');
  });
});
