import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const E = DEMO_ENTERPRISE_USCC;

const WAN = 1_000_000; // 1万元 in fen
const YEAR = 2026;
const NAME = '深圳市鹏城智造科技有限公司';
const M46 = 'cn/measures/procurement-sme-promotion@2021-01-01';

describeEachEngine('procurement API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, user?: string, payload?: object) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload ? { payload } : {}) });
  const compliance = async (user = 'dept-miit') => {
    const res = await call('GET', `/api/procurement/departments/dept-miit/compliance?year=${YEAR}`, user);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    return res.json();
  };

  const furniture = { year: YEAR, code: 'A-01', name: '办公家具', category: 'GOODS', budgetFen: 150 * WAN, suitableForSme: true, reservation: { method: 'WHOLE_PROJECT', reservedFor: 'SME' } };
  const equipment = { year: YEAR, code: 'A-02', name: '检测设备', category: 'GOODS', budgetFen: 500 * WAN, suitableForSme: true, reservation: { method: 'NONE' } };
  const software = {
    year: YEAR, code: 'A-03', name: '专用软件运维', category: 'SERVICES', budgetFen: 700 * WAN, suitableForSme: false,
    exemption: { reason: '按照本办法规定预留采购份额无法确保充分供应、充分竞争' }, reservation: { method: 'NONE' },
  };
  const ids: Record<string, string> = {};

  it('a department registers three projects, is told what it takes, and turns green when a lot is reserved for small and micro firms', async () => {
    for (const p of [furniture, equipment, software]) {
      const res = await call('POST', '/api/procurement/projects', 'dept-miit', p);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
      expect(res.json()).toMatchObject({ departmentId: 'dept-miit', year: YEAR, code: p.code, budgetFen: p.budgetFen, version: 1 });
      ids[p.code] = res.json().id;
    }
    expect((await call('GET', `/api/procurement/projects/${ids['A-01']}`, 'dept-miit')).json()).toMatchObject({ reservedFen: 150 * WAN, reservationDescription: { zh: '整个项目专门面向中小企业' }, canManage: true });

    const red = await compliance();
    expect(red.status).toBe('NOT_MET');
    expect(red.department).toMatchObject({ id: 'dept-miit', jurisdiction: 'cn-gd-sz', rulesJurisdiction: 'cn-gd-sz' });
    expect(red.figures).toMatchObject({ totalBudgetFen: 1350 * WAN, suitableBudgetFen: 650 * WAN, exemptBudgetFen: 700 * WAN, reservedFen: 150 * WAN, smallMicroFen: 0 });
    expect(red.requirements.find((r: { code: string }) => r.code === 'RESERVED_SHARE')).toMatchObject({ met: false, requiredFen: 150 * WAN, gapFen: 150 * WAN });
    expect(red.requirements.find((r: { code: string }) => r.code === 'RESERVED_SHARE').citations).toContain(`${M46}#art_8__para_2`);
    expect(red.toMeet.map((x: { zh: string }) => x.zh)).toEqual([
      '在超过全部预留上限的项目中再预留 150 万元 给中小企业，其中 90 万元 给小微企业',
      // 中小企业促进法 第四十条第二款 (every jurisdiction since 2018-01-01): ≥30% of the 650万 suitable budget.
      '在本部门年度项目中再预留 45 万元 给中小企业，其中 45 万元 给小微企业，并将已预留部分中的 72 万元 改为专门面向小微企业',
    ]);
    // The Shenzhen consultation draft's department-wide 40% is shown for information and never decides the status.
    expect(red.requirements.filter((r: { draft: boolean }) => r.draft).length).toBeGreaterThan(0);

    const { year: _y, ...withLot } = { ...equipment, reservation: { method: 'LOTS', lots: [{ id: '包2', name: '便携检测仪', budgetFen: 150 * WAN, reservedFor: 'SMALL_MICRO' }] } };
    const put = await call('PUT', `/api/procurement/projects/${ids['A-02']}`, 'dept-miit', withLot);
    expect(put.statusCode, put.body.slice(0, 300)).toBe(200);
    expect(put.json()).toMatchObject({ version: 2, reservedFen: 150 * WAN, smallMicroFen: 150 * WAN, changedFields: ['reservation', 'reservationMethod', 'reservedFen', 'smallMicroFen'] });
    const green = await compliance();
    expect(green.status).toBe('MET');
    expect(green.toMeet).toEqual([]);
    expect(green.figures).toMatchObject({ reservedFen: 300 * WAN, smallMicroFen: 150 * WAN, smallMicroShareOfReserved: '0.5' });
    // The same PUT again changes nothing.
    expect((await call('PUT', `/api/procurement/projects/${ids['A-02']}`, 'dept-miit', withLot)).json()).toMatchObject({ version: 2, changedFields: [] });

    const list = (await call('GET', `/api/procurement/projects?year=${YEAR}`, 'dept-miit')).json();
    expect(list).toMatchObject({ departmentId: 'dept-miit', canManage: true });
    expect(list.items.map((p: { code: string }) => p.code)).toEqual(['A-01', 'A-02', 'A-03']);
  });

  it('keeps departments apart: others cannot read or change them, the SME bureau and auditors read, enterprises are refused', async () => {
    expect((await call('GET', `/api/procurement/departments/dept-miit/compliance?year=${YEAR}`, 'dept-futian')).statusCode).toBe(403);
    expect((await call('GET', `/api/procurement/projects/${ids['A-01']}`, 'dept-futian')).statusCode).toBe(403);
    expect((await call('GET', `/api/procurement/projects/${ids['A-01']}`, 'enterprise')).statusCode).toBe(403);
    expect((await compliance('bureau')).status).toBe('MET');
    const asAuditor = (await call('GET', `/api/procurement/projects/${ids['A-01']}`, 'auditor')).json();
    expect(asAuditor.canManage).toBe(false);
    const { year: _y, ...body } = furniture;
    const put = await call('PUT', `/api/procurement/projects/${ids['A-01']}`, 'bureau', { ...body, name: '改名' });
    expect(put.statusCode).toBe(403);
    expect(put.json().error.message.zh).toContain('只有本部门');
    expect((await call('GET', `/api/procurement/projects/${ids['A-01']}`)).statusCode).toBe(401);
  });

  it('refuses bad projects with the field and a bilingual reason', async () => {
    const dup = await call('POST', '/api/procurement/projects', 'dept-miit', furniture);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('PROCUREMENT_PROJECT_CODE_TAKEN');
    const tooMuch = await call('POST', '/api/procurement/projects', 'dept-miit', { ...equipment, code: 'B-1', reservation: { method: 'LOTS', lots: [{ id: 'x', budgetFen: 600 * WAN, reservedFor: 'SME' }] } });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error).toMatchObject({ code: 'PROCUREMENT_INVALID_INPUT', details: { issues: [{ field: 'reservation.lots' }] } });
    expect(tooMuch.json().error.message.zh).toContain('预留采购包预算合计超过项目预算');
    const noReason = await call('POST', '/api/procurement/projects', 'dept-miit', { ...software, code: 'B-2', exemption: undefined });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message.zh).toContain('法定情形');
    const shares = await call('POST', '/api/procurement/projects', 'dept-miit', { ...equipment, code: 'B-3', reservation: { method: 'SUBCONTRACT', smeShare: '0.2', smallMicroShare: '0.3' } });
    expect(shares.statusCode).toBe(400);
    expect(shares.json().error.details.issues[0].field).toBe('reservation.smallMicroShare');
    const unknownField = await call('POST', '/api/procurement/projects', 'dept-miit', { ...equipment, code: 'B-4', colour: 'red' });
    expect(unknownField.statusCode).toBe(400);
  });

  let evaluationId = '';
  it('evaluates bids with each deduction explained and cited, stores the decision, and refuses a rate outside the range in force', async () => {
    const bids = [
      { id: 'A', supplier: NAME, price: '1000000', items: [{ name: '检测仪', makerName: NAME, makerSize: 'small' }] },
      { id: 'B', supplier: '某大型设备集团', price: '950000', items: [{ makerSize: 'large' }] },
      { id: 'C', supplier: '某联合体', price: '980000', consortium: [{ size: 'large', share: '0.6' }, { size: 'micro', share: '0.4' }] },
    ];
    const res = await call('POST', `/api/procurement/projects/${ids['A-02']}/evaluations`, 'dept-miit', { date: '2026-03-02', deductionRate: '0.1', consortiumDeductionRate: '0.04', bids });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
    const ev = res.json();
    evaluationId = ev.id;
    expect(ev).toMatchObject({ evaluatedOn: '2026-03-02', reservedForSme: false, lotId: null });
    const by = Object.fromEntries(ev.bids.map((b: { id: string }) => [b.id, b]));
    expect(by.A).toMatchObject({ supplier: NAME, priceFen: 100 * WAN, evaluatedPriceFen: 90 * WAN, deductionRate: '0.1', preference: 'SMALL_MICRO_DEDUCTION', rank: 1 });
    expect(by.A.citations).toContain(`${M46}#art_9__para_1`);
    expect(by.B).toMatchObject({ evaluatedPriceFen: 95 * WAN, preference: 'NONE', rank: 3 });
    expect(by.B.reason.zh).toContain('大型企业');
    expect(by.C).toMatchObject({ evaluatedPriceFen: 94_080_000, preference: 'CONSORTIUM_DEDUCTION', smallMicroShare: '0.4', rank: 2 });
    expect(by.C.citations).toContain(`${M46}#art_9__para_2`);

    const stored = (await call('GET', `/api/procurement/projects/${ids['A-02']}/evaluations`, 'auditor')).json();
    expect(stored.items[0]).toMatchObject({ id: ev.id, award: null });
    expect(stored.items[0].bids).toEqual(ev.bids);

    const out = await call('POST', `/api/procurement/projects/${ids['A-02']}/evaluations`, 'dept-miit', { date: '2026-03-02', deductionRate: '0.05', bids: bids.slice(0, 2) });
    expect(out.statusCode).toBe(400);
    expect(out.json().error.details.issues[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', field: 'deductionRate' });
    expect(out.json().error.message.zh).toContain('不在');

    // The reserved lot: procured from SMEs only, so no deduction, and a large maker does not qualify.
    const lot = await call('POST', `/api/procurement/projects/${ids['A-02']}/evaluations`, 'dept-miit', { date: '2026-03-02', lotId: '包2', bids: bids.slice(0, 2) });
    expect(lot.statusCode, lot.body.slice(0, 300)).toBe(201);
    expect(lot.json()).toMatchObject({ lotId: '包2', reservedForSme: true });
    expect(lot.json().bids.map((b: { deductionRate: string }) => b.deductionRate)).toEqual(['0', '0']);
    expect(lot.json().bids[1].reason.zh).toContain('不符合参加条件');
    expect((await call('POST', `/api/procurement/projects/${ids['A-02']}/evaluations`, 'dept-futian', { date: '2026-03-02', deductionRate: '0.1', bids })).statusCode).toBe(403);
  });

  let declarationId = '';
  it('makes the supplier\'s 声明函 from last year\'s registry figures, flags a declared size the registry does not give, and downloads it', async () => {
    const q = `project=${ids['A-02']}&items=检测仪,便携检测仪&date=2026-03-01`;
    const preview = await call('GET', `/api/procurement/my/declaration?${q}`, 'enterprise');
    expect(preview.statusCode, preview.body.slice(0, 300)).toBe(200);
    const d = preview.json();
    expect(d).toMatchObject({ id: null, title: '中小企业声明函（货物）', purchaser: '市工业和信息化局', projectName: '检测设备', category: 'GOODS', check: { status: 'CONSISTENT', figuresYear: 2025, declaredSize: 'small', computedSize: 'small' } });
    expect(d.lines).toHaveLength(2);
    // 2025: 85 people, 5300万元 revenue, 4000万元 assets, industry (C3911).
    expect(d.lines[0].text).toBe(`1.检测仪，属于工业行业；制造商为${NAME}，从业人员85人，营业收入为5300万元，资产总额为4000万元，属于小型企业；`);
    expect(d.warnings).toEqual([]);

    const micro = (await call('GET', `/api/procurement/my/declaration?${q}&size=micro`, 'enterprise')).json();
    expect(micro.check).toMatchObject({ status: 'MISMATCH', declaredSize: 'micro', computedSize: 'small' });
    expect(micro.warnings[0].zh).toContain('不一致');

    const html = await call('GET', `/api/procurement/my/declaration?${q}&format=html`, 'enterprise');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(String(html.headers['content-disposition'])).toMatch(/^attachment; /);
    expect(html.body).toContain('中小企业声明函（货物）');
    expect(html.body).toContain(NAME);

    const issued = await call('POST', '/api/procurement/my/declarations', 'enterprise', { project: ids['A-02'], items: ['检测仪'], date: '2026-03-01' });
    expect(issued.statusCode, issued.body.slice(0, 300)).toBe(201);
    declarationId = issued.json().id;
    expect(declarationId).toMatch(/^pd-/);
    const mismatched = await call('POST', '/api/procurement/my/declarations', 'enterprise', { project: ids['A-02'], items: ['检测仪'], date: '2026-03-01', size: 'micro' });
    expect(mismatched.json().check.status).toBe('MISMATCH');

    const checks = (await call('GET', '/api/procurement/declaration-checks', 'bureau')).json();
    expect(checks.items.map((x: { id: string }) => x.id)).toContain(mismatched.json().id);
    expect(checks.items.map((x: { id: string }) => x.id)).not.toContain(declarationId);
    expect(checks.items[0].warnings[0].zh).toContain('不一致');
    expect((await call('GET', '/api/procurement/declaration-checks', 'dept-miit')).statusCode).toBe(403);
    expect((await call('GET', '/api/procurement/my/declarations', 'enterprise')).json().items).toHaveLength(2);
    // The purchaser's officers read the declarations made for their project; other departments do not.
    expect((await call('GET', `/api/procurement/declarations/${declarationId}`, 'dept-miit')).statusCode).toBe(200);
    expect((await call('GET', `/api/procurement/declarations/${declarationId}`, 'dept-futian')).statusCode).toBe(403);
    const forProject = (await call('GET', `/api/procurement/projects/${ids['A-02']}/declarations`, 'dept-miit')).json();
    expect(forProject.items.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([declarationId, mismatched.json().id]));
    expect((await call('GET', `/api/procurement/projects/${ids['A-02']}/declarations`, 'dept-futian')).statusCode).toBe(403);
    const stored = await call('GET', `/api/procurement/declarations/${declarationId}?format=html`, 'enterprise');
    expect(stored.body).toContain(NAME);

    const noFigures = await call('GET', '/api/procurement/my/declaration?category=SERVICES&projectName=某项目&purchaser=某局&date=2030-03-01', 'enterprise');
    expect(noFigures.statusCode).toBe(422);
    expect(noFigures.json().error.message.zh).toContain('2029');
    expect((await call('GET', `/api/procurement/my/declaration?${q}`, 'dept-miit')).statusCode).toBe(403);
    expect((await call('GET', '/api/procurement/my/declaration?projectName=x&purchaser=y', 'enterprise')).json().error.message.zh).toContain('采购类别');
  });

  it('publishes the award with the winner\'s 声明函 when it used an SME preference, and the public sees it and the year\'s execution', async () => {
    const noDecl = await call('POST', `/api/procurement/projects/${ids['A-02']}/awards`, 'dept-miit', { evaluationId, winnerBidId: 'A', announcedOn: '2026-03-10' });
    expect(noDecl.statusCode).toBe(400);
    expect(noDecl.json().error.details.issues[0].code).toBe('DECLARATION_REQUIRED');
    const res = await call('POST', `/api/procurement/projects/${ids['A-02']}/awards`, 'dept-miit', { evaluationId, winnerBidId: 'A', announcedOn: '2026-03-10', declarationId });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    expect(res.json()).toMatchObject({ winnerName: NAME, usedSmePreference: true, purchaser: '市工业和信息化局', winner: { evaluatedPriceFen: 90 * WAN, rank: 1 } });
    expect(res.json().declaration.text).toContain('中小企业声明函（货物）');
    expect((await call('POST', `/api/procurement/projects/${ids['A-02']}/awards`, 'dept-miit', { evaluationId, winnerBidId: 'A', declarationId })).statusCode).toBe(409);

    const awards = (await call('GET', '/api/procurement/public/awards')).json();
    const mine = awards.items.find((a: { id: string }) => a.id === res.json().id);
    expect(mine).toMatchObject({ projectName: '检测设备', winnerName: NAME, smePreference: { zh: '小微企业价格扣除 0.1' } });
    const page = await call('GET', `/api/procurement/public/awards/${mine.id}?format=html`);
    expect(page.body).toContain('中小企业声明函');
    expect(page.body).toContain(NAME);

    const exec = (await call('GET', `/api/procurement/public/execution?year=${YEAR}`)).json();
    expect(exec.years).toContain(YEAR);
    expect(exec.departments.find((d: { department: { id: string } }) => d.department.id === 'dept-miit')).toMatchObject({ status: 'MET', projects: 3, reservedFen: 300 * WAN, smallMicroFen: 150 * WAN });
    const pub = (await call('GET', `/api/procurement/public/projects?year=${YEAR}`)).json();
    expect(pub.items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['A-01', 'A-02', 'A-03']));
  });

  it('deletes a project without decisions and keeps one with them', async () => {
    expect((await call('DELETE', `/api/procurement/projects/${ids['A-02']}`, 'dept-miit')).statusCode).toBe(409);
    expect((await call('DELETE', `/api/procurement/projects/${ids['A-03']}`, 'dept-miit')).statusCode).toBe(204);
    expect((await call('GET', `/api/procurement/projects/${ids['A-03']}`, 'dept-miit')).statusCode).toBe(404);
    const audit = (await call('GET', `/api/audit?subject=${ids['A-02']}`, 'auditor')).json();
    const types = (audit.items as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['PROCUREMENT_PROJECT_CREATED', 'PROCUREMENT_PROJECT_UPDATED', 'PROCUREMENT_BIDS_EVALUATED', 'PROCUREMENT_AWARD_PUBLISHED']));
  });
  it('re-checks issued declarations against today\'s registry: corrected figures put a consistent one on the bureau\'s list', async () => {
    const d = await call('POST', '/api/procurement/my/declarations', 'enterprise', { category: 'SERVICES', projectName: '复核测试', purchaser: '某局', date: '2026-03-01' });
    expect(d.json().check.status).toBe('CONSISTENT');
    const before = (await call('GET', '/api/procurement/declaration-checks', 'bureau')).json();
    expect(before.items.map((x: { id: string }) => x.id)).not.toContain(d.json().id);
    // The enterprise corrects its 2025 figures: 9 people, 80万元 revenue — micro under 300号, not small.
    const fix = await call('PUT', `/api/enterprises/${E}/figures/2025`, 'enterprise', { employees: 9, revenueFen: 80 * WAN, totalAssetsFen: 60 * WAN });
    expect(fix.statusCode, fix.body.slice(0, 200)).toBe(200);
    const after = (await call('GET', '/api/procurement/declaration-checks', 'bureau')).json();
    const listed = after.items.find((x: { id: string }) => x.id === d.json().id);
    expect(listed).toMatchObject({ check: { status: 'CONSISTENT', declaredSize: 'small' }, currentCheck: { status: 'MISMATCH', declaredSize: 'small', computedSize: 'micro' } });
  });
});
