import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const E = DEMO_ENTERPRISE_USCC;

interface Policy { policyId: string; status: string; amountFen: number | null; reasons: { zh: string; en: string }[]; missing: { name: string; label: { zh: string }; where: { kind: string; year: number | null } | null }[]; citations: { address: string; text: string | null }[]; explanation?: { clauses: { id: string; value: boolean | null; trace: unknown }[] } }

describeEachEngine('rules API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const get = async (url: string, user?: string) => t.app.inject({ method: 'GET', url, headers: user ? { cookie: await t.cookie(user) } : {} });

  it('answers every policy of the demo enterprise\'s jurisdiction on 2024-06-01, with fiscal-2023 figures, the size class and cited article texts', async () => {
    const res = await get(`/api/enterprises/${E}/eligibility?date=2024-06-01`, 'enterprise');
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2024-06-01');
    expect(body.basis.fiscalYear).toBe(2023);
    expect(body.jurisdiction).toMatchObject({ district: 'cn-gd-sz-nanshan', rules: 'cn-gd-sz-ns', note: null });
    // 78 people, 4200万元 revenue in C39 (industry): a small enterprise under 300号.
    expect(body.sizeClass).toMatchObject({ status: 'CLASSIFIED', size: 'small', label: { zh: '小型' }, sector: 'INDUSTRY' });
    expect(body.sizeClass.citations.length).toBeGreaterThan(0);
    const policies = body.policies as Policy[];
    expect(policies.length).toBeGreaterThan(5);
    expect(new Set(policies.map((p) => p.status))).toContain('NOT_IN_FORCE'); // the 2023 Shenzhen measures ended 2024-01-01
    for (const p of policies) {
      expect(p.citations.length, p.policyId).toBeGreaterThan(0);
      expect(p.explanation, 'no explanation without explain=1').toBeUndefined();
      if (p.status === 'INELIGIBLE') expect(p.reasons.length).toBeGreaterThan(0);
      if (p.status === 'UNKNOWN') {
        expect(p.missing.length, p.policyId).toBeGreaterThan(0);
        for (const m of p.missing) expect(m.label.zh.length).toBeGreaterThan(0);
      }
    }
    expect(policies.some((p) => p.citations.some((c) => c.text && c.text.length > 10))).toBe(true);
    expect(body.summary.eligible + body.summary.ineligible + body.summary.unknown + body.summary.notInForce).toBe(policies.length);
  });

  it('gives the 2023 Shenzhen measures in 2023 and not in 2025, so the answer depends on the date', async () => {
    const in2023 = (await get(`/api/enterprises/${E}/eligibility?date=2023-06-01`, 'enterprise')).json();
    const in2025 = (await get(`/api/enterprises/${E}/eligibility?date=2025-06-01`, 'enterprise')).json();
    const status = (b: { policies: Policy[] }, id: string) => b.policies.find((p) => p.policyId === id)?.status;
    expect(status(in2023, 'sz-2023-tech-sme-interest-subsidy')).not.toBe('NOT_IN_FORCE');
    expect(status(in2025, 'sz-2023-tech-sme-interest-subsidy')).toBe('NOT_IN_FORCE');
    // The demo registry was recorded today, so 2023 is answered from the current registry and says so.
    expect(in2023.basis.note.zh).toContain('早于该企业在本平台的最早登记记录');
    // No fiscal-2022 figures in the registry: what depends on them is UNKNOWN with the figures to fill in, never INELIGIBLE by default.
    const needsFigures = (in2023.policies as Policy[]).filter((p) => p.missing.some((m) => m.name === 'employees'));
    for (const p of needsFigures) expect(p.missing.find((m) => m.name === 'employees')!.where).toMatchObject({ kind: 'FIGURES', year: 2022 });
  });

  it('explain=1 adds the clause tree with values and traces', async () => {
    const body = (await get(`/api/enterprises/${E}/eligibility?date=2025-06-01&explain=1`, 'auditor')).json();
    const decided = (body.policies as Policy[]).filter((p) => p.status !== 'NOT_IN_FORCE');
    expect(decided.length).toBeGreaterThan(0);
    for (const p of decided) {
      expect(p.explanation, p.policyId).toBeDefined();
      expect(p.explanation!.clauses.length).toBeGreaterThan(0);
      expect(p.explanation!.clauses[0]!.trace).toBeDefined();
    }
    const ineligible = (body.policies as Policy[]).find((p) => p.status === 'INELIGIBLE');
    if (ineligible) expect(ineligible.explanation!.clauses.some((c) => c.value === false)).toBe(true);
  });

  it('refuses other enterprises\' users and officers outside the jurisdiction, and rejects bad dates with a bilingual reason', async () => {
    expect((await get(`/api/enterprises/${E}/eligibility`, 'dept-futian')).statusCode).toBe(403);
    expect((await get(`/api/enterprises/${E}/eligibility`, 'bank')).statusCode).toBe(403);
    expect((await get(`/api/enterprises/${E}/eligibility`)).statusCode).toBe(401);
    const bad = await get(`/api/enterprises/${E}/eligibility?date=2024-02-30`, 'enterprise');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message.zh).toContain('YYYY-MM-DD');
  });

  it('lists the policies and parameters publicly, with versions, citations and value histories', async () => {
    const list = (await get('/api/rules/policies')).json();
    expect(list.items.length).toBeGreaterThan(5);
    const first = list.items[0];
    expect(first).toHaveProperty('inForce.from');
    const detail = await get(`/api/rules/policies/${first.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().versions[0].conditions[0].cite.address).toMatch(/#/);
    const missing = await get('/api/rules/policies/no-such-policy');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('RULES_POLICY_NOT_FOUND');

    const params = (await get('/api/rules/parameters')).json();
    expect(params.items.length).toBeGreaterThan(5);
    const path = 'procurement.price_deduction.goods_services.min';
    const history = (await get(`/api/rules/parameters/${path}`)).json();
    expect(history.path).toBe(path);
    const values = history.byJurisdiction.flatMap((j: { values: unknown[] }) => j.values);
    expect(values.length).toBeGreaterThan(0);
    expect(values[0]).toHaveProperty('reference.address');
    expect(values[0]).toHaveProperty('published');
    expect((await get('/api/rules/parameters/no.such.param')).json().error.code).toBe('RULES_PARAMETER_NOT_FOUND');
    expect((await get('/api/rules/parameters/Bad%20Path')).statusCode).toBe(400);
  });

  it('classifies size publicly with reasons, and validates the input', async () => {
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/rules/classify', payload });
    const small = await post({ industryCode: 'C3911', employees: 82, revenueYuan: '48000000', totalAssetsYuan: 36000000, date: '2025-06-01' });
    expect(small.statusCode, small.body).toBe(200);
    expect(small.json()).toMatchObject({ status: 'CLASSIFIED', size: 'small', date: '2025-06-01' });
    const micro = (await post({ industryCode: 'C3911', employees: 5, revenueYuan: 1000000 })).json();
    expect(micro.size).toBe('micro');
    const unknown = (await post({ industryCode: 'C3911', employees: 500 })).json();
    expect(unknown.status).toBe('UNKNOWN');
    expect(unknown.missing.map((m: { name: string }) => m.name)).toContain('revenue');
    const negative = await post({ industryCode: 'C3911', employees: 5, revenueYuan: '-1' });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.message.zh).toContain('金额');
    expect((await post({ industryCode: 'X99', employees: 5 })).statusCode).toBe(400);
    expect((await post({ industryCode: 'C3911', employees: 5, extra: 1 })).statusCode).toBe(400);
  });
  it('declared facts fill what the registry lacks: a declared R&D expense gives the super-deduction an amount, and the answer cites its source', async () => {
    const cookie = await t.cookie('enterprise');
    const put = (year: number, facts: object, user = cookie) => t.app.inject({ method: 'PUT', url: `/api/enterprises/${E}/declared-facts/${year}`, headers: { cookie: user }, payload: { facts } });
    const before = (await get(`/api/enterprises/${E}/eligibility?date=2025-06-01`, 'enterprise')).json();
    const sd = (b: { policies: Policy[] }) => b.policies.find((p) => p.policyId === 'tech-sme-rd-super-deduction')!;
    expect(sd(before).status).toBe('ELIGIBLE');
    expect(sd(before).amountFen).toBeNull();
    expect(sd(before).missing.map((m) => m.name)).toContain('rdExpenseExpensed');

    const saved = await put(2024, { rdExpenseExpensed: 2_000_000_00, yearsInNicheMarket: 6 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, changedFields: ['rdExpenseExpensed', 'yearsInNicheMarket'] });
    const after = (await get(`/api/enterprises/${E}/eligibility?date=2025-06-01`, 'enterprise')).json();
    // 100% additional deduction of 200万元 charged to profit and loss (tax.rd_super_deduction.expensed_ratio).
    expect(sd(after).amountFen).toBe(2_000_000_00);
    expect(after.basis.sources).toContainEqual({ fact: 'rdExpenseExpensed', from: 'DECLARED', field: 'rdExpenseExpensed', year: 2024, version: 1, origin: expect.objectContaining({ by: 'ENTERPRISE', label: { zh: '企业自行填报', en: 'declared by the enterprise itself' } }) });
    // Declared for fiscal 2024 only: a 2026 decision (fiscal 2025) does not use it.
    expect(sd((await get(`/api/enterprises/${E}/eligibility?date=2026-06-01`, 'enterprise')).json()).amountFen).toBeNull();

    const registryFact = await put(2024, { employees: 3 });
    expect(registryFact.statusCode).toBe(400);
    expect(registryFact.json().error.code).toBe('RULES_FACT_NOT_DECLARABLE');
    const badValue = await put(2024, { yearsInNicheMarket: -2 });
    expect(badValue.statusCode).toBe(400);
    expect(badValue.json().error.message.zh).toContain('不能为负数');
    const unknownFact = await put(2024, { favouriteColour: 'red' });
    expect(unknownFact.statusCode).toBe(400);
    expect(unknownFact.json().error.message.zh).toContain('未知字段');
    expect((await put(2024, {}, await t.cookie('bureau'))).statusCode).toBe(403);
    const read = (await get(`/api/enterprises/${E}/declared-facts/2024`, 'auditor')).json();
    expect(read).toMatchObject({ version: 1, facts: { rdExpenseExpensed: 2_000_000_00, yearsInNicheMarket: 6 }, canEdit: false });
    expect(read.fields.map((f: { name: string }) => f.name)).not.toContain('employees');
  });
});
