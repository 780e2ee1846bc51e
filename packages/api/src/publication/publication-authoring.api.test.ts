import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { seedDemoCity, withdrawPolicy, type ImportedEnterprise } from '@huiqi/db';
import { completeOrgCode, completeUscc } from '@huiqi/kernel';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const CITE = 'cn/law/sme-promotion#art_2';
const DATE = '2026-06-01'; // fiscal-2025 figures
const wan = (n: number) => n * 10_000 * 100;

/**
 * 48 enterprises over six districts and five industries, revenue 0–7050万元 in fiscal 2025, a
 * quarter without an R&D figure (their amount cannot be computed), beside the demo enterprise.
 */
const POPULATION: ImportedEnterprise[] = Array.from({ length: 48 }, (_, i) => {
  const revenueFen = wan(150 * i + 50);
  return {
    uscc: completeUscc(`91440399${completeOrgCode(`MA${String(700000 + i)}`)}`),
    name: `深圳市测试覆盖${i}号有限公司`,
    district: `cn-gd-sz-${['futian', 'luohu', 'nanshan', 'baoan', 'longgang', 'longhua'][i % 6]}`,
    registeredAddress: `深圳市测试路 ${i} 号`,
    industryCode: ['C3911', 'F5211', 'I6510', 'L7211', 'E4710'][i % 5]!,
    registrationDate: '2015-03-01',
    taxpayerType: 'GENERAL',
    isIndividualBusiness: false,
    tags: [],
    figures: [{ year: 2025, employees: 2 + 7 * i, revenueFen, totalAssetsFen: (revenueFen / 5) * 4, rdExpenseFen: i % 4 === 0 ? null : (revenueFen / 100) * 3 }],
  };
});

const AMOUNT = { labelZh: '研发补助金额', labelEn: 'R&D grant', formula: 'min(round(rdExpense * 0.1), wan_yuan(20))', cite: CITE };

const draftBody = (over: Record<string, unknown> = {}) => ({
  titleZh: '研发投入补助', titleEn: 'R&D spending grant', summaryZh: '按研发费用的10%补助，最高20万元', summaryEn: '10% of R&D expense, at most 200,000 yuan',
  effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: ['RND'],
  conditions: [{ id: 'revenue', labelZh: '营业收入不超过3000万元', labelEn: 'Revenue at most 30M yuan', when: 'revenue <= wan_yuan(3000)', cite: CITE }],
  amount: AMOUNT,
  ...over,
});

interface Group { key: string; nameZh: string; eligible: number; unknown: number; ineligible: number; outside: number }
interface ReachView extends Omit<Group, 'key' | 'nameZh'> { total: number; bySize: Group[]; byDistrict: Group[]; cost: { eligibleFen: number; unknownAmount: number } | null }

describeEachEngine('publication authoring API: amount, vocabulary, reach by size class, cost, 我的政策', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await seedDemoCity(getDb(), { population: POPULATION }); // before start(): its own seeding then finds the city loaded
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('accepts an amount and returns it; refuses one that is not whole fen, naming amount and the position', async () => {
    const created = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().amount).toEqual(AMOUNT);
    const plain = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ amount: undefined }));
    expect(plain.json().amount).toBeNull();

    const notMoney = await call('PUT', `/api/publication/drafts/${created.json().id}`, 'dept-miit', draftBody({ amount: { ...AMOUNT, formula: 'wan_yuan(5) + employees' } }));
    expect(notMoney.statusCode).toBe(422);
    expect(notMoney.json().error.code).toBe('PUBLICATION_CONDITION_INVALID');
    expect(notMoney.json().error.message.zh).toMatch(/^amount（第 1 个字符）/);
    const fraction = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ amount: { ...AMOUNT, formula: 'rdExpense * 0.1' } }));
    expect(fraction.statusCode).toBe(422);
    expect(fraction.json().error.message.en).toMatch(/^amount \(at 1\): .*whole fen/);
    const unknownName = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ amount: { ...AMOUNT, formula: 'min(rdExpens, wan_yuan(20))' } }));
    expect(unknownName.json().error.message.en).toMatch(/^amount \(at 5\)/);

    // Editing without an amount removes it; a key of the YAML rule base is refused.
    const cleared = await call('PUT', `/api/publication/drafts/${created.json().id}`, 'dept-miit', draftBody({ amount: null }));
    expect(cleared.json().amount).toBeNull();
    const taken = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ policyKey: 'innovative-sme' }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('PUBLICATION_KEY_TAKEN');
  });

  it('lists the vocabulary from the rule base: facts with labels and types, derived variables, parameters in force', async () => {
    const res = await call('GET', '/api/publication/vocabulary', 'dept-miit');
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    const fact = (name: string) => v.facts.find((f: { name: string }) => f.name === name);
    expect(fact('revenue')).toEqual({ name: 'revenue', type: 'money', unit: 'fen', labelZh: '营业收入', labelEn: 'revenue', values: null });
    expect(fact('employees')).toMatchObject({ type: 'number', unit: 'people' });
    expect(fact('taxpayerType')).toMatchObject({ type: 'enum', values: ['GENERAL', 'SMALL_SCALE'] });
    expect(fact('tags')).toMatchObject({ type: 'set', values: expect.arrayContaining(['HIGH_TECH', 'SPECIALIZED']) });
    expect(fact('registrationDate').type).toBe('date');
    expect(fact('industryCode').type).toBe('text');
    expect(fact('isIndividualBusiness').type).toBe('bool');
    expect(v.variables.find((x: { name: string }) => x.name === 'isSme')).toMatchObject({ type: 'bool', labelZh: '属于中小企业（中型、小型或微型）' });
    expect(v.variables.find((x: { name: string }) => x.name === 'rdRatio')).toMatchObject({ type: 'number', unit: 'ratio' });
    expect(v.parameters.length).toBeGreaterThan(0);
    const subsidyCap = v.parameters.find((p: { path: string }) => p.path === 'relief.sz_first_loan.max_subsidy');
    expect(subsidyCap).toMatchObject({ unit: 'fen' });
    expect(v.parameters.some((p: { value: string | null; labelZh: string }) => p.value !== null && p.labelZh.length > 0)).toBe(true);
    expect(v.comparisons).toEqual(['<', '<=', '>', '>=', '==', '!=']);
    expect((await call('GET', '/api/publication/vocabulary', 'enterprise')).statusCode).toBe(403);
  });

  it('checks one condition or amount as the official types it, with the 0-based offset of the error', async () => {
    const check = async (body: object) => (await call('POST', '/api/publication/check-condition', 'dept-miit', body)).json();
    expect(await check({ when: 'revenue <= wan_yuan(1000) && employees >= 5' })).toEqual({ ok: true });
    const typo = await check({ when: 'employees >= 5 && revenu > 1' });
    expect(typo).toMatchObject({ ok: false, offset: 18 });
    expect(typo.messageZh).toMatch(/^第 19 个字符：.*revenu/);
    expect(typo.messageEn).toMatch(/^at 19: /);
    expect(await check({ when: 'revenue <= ' })).toMatchObject({ ok: false, offset: 11 });
    expect(await check({ when: 'min(round(rdExpense * 0.1), wan_yuan(20))', expect: 'money' })).toEqual({ ok: true });
    expect(await check({ when: 'min(round(rdExpense * 0.1), wan_yuan(20))' })).toMatchObject({ ok: false, offset: 0 });
    expect(await check({ when: 'employees', expect: 'money' })).toMatchObject({ ok: false, offset: 0 });
    expect((await call('POST', '/api/publication/check-condition', 'bank', { when: 'revenue > 0' })).statusCode).toBe(403);
  });

  it('previews reach by size class and the cost, which equals the sum of 我的政策 amounts one enterprise at a time; a raised threshold gains enterprises and cost', async () => {
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody())).json();
    const res = await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-miit', { date: DATE, changes: [{ conditionId: 'revenue', when: 'revenue <= wan_yuan(5000)' }] });
    expect(res.statusCode, res.body).toBe(200);
    const { base, variant, diff } = res.json() as { base: ReachView; variant: ReachView; diff: { gained: number; lost: number; costDeltaFen: number } };
    const n = (await getDb().query<{ n: number }>('SELECT count(*) AS n FROM enterprises'))[0]!.n;
    for (const reach of [base, variant]) {
      expect(reach.bySize.map((g) => `${g.key}:${g.nameZh}`)).toEqual(['MICRO:微型', 'SMALL:小型', 'MEDIUM:中型', 'LARGE:大型', 'UNKNOWN:无法判定']);
      for (const k of ['eligible', 'unknown', 'ineligible', 'outside'] as const) expect(reach.bySize.reduce((s, g) => s + g[k], 0)).toBe(reach[k]);
      expect(reach.bySize.reduce((s, g) => s + g.eligible + g.unknown + g.ineligible + g.outside, 0)).toBe(n);
    }
    // The generated population spans micro to medium under the national standard.
    expect(base.bySize.filter((g) => g.key !== 'UNKNOWN' && g.eligible + g.ineligible > 0).length).toBeGreaterThanOrEqual(3);
    expect(base.cost!.eligibleFen).toBeGreaterThan(0);
    expect(base.cost!.unknownAmount).toBeGreaterThan(0); // eligible, without an R&D figure
    expect(Number.isSafeInteger(base.cost!.eligibleFen)).toBe(true);

    expect(diff.gained).toBeGreaterThan(0);
    expect(diff.lost).toBe(0);
    expect(variant.cost!.eligibleFen).toBeGreaterThan(base.cost!.eligibleFen);
    expect(diff.costDeltaFen).toBe(variant.cost!.eligibleFen - base.cost!.eligibleFen);

    // A what-if on the amount alone: same reach, double the rate (the cap keeps it below double).
    const rate = (await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-miit', { date: DATE, changes: [{ amount: 'min(round(rdExpense * 0.2), wan_yuan(20))' }] })).json();
    expect(rate.diff).toMatchObject({ gained: 0, lost: 0 });
    expect(rate.diff.costDeltaFen).toBeGreaterThan(0);
    expect(rate.variant.cost.eligibleFen).toBeLessThanOrEqual(2 * base.cost!.eligibleFen);
    const badAmount = await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-miit', { changes: [{ amount: 'employees' }] });
    expect(badAmount.statusCode).toBe(422);
    expect(badAmount.json().error.message.en).toMatch(/^amount \(at 1\)/);
    // A draft without an amount has no cost.
    const plain = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ amount: null }))).json();
    const plainPreview = (await call('POST', `/api/publication/drafts/${plain.id}/preview`, 'dept-miit', { date: DATE, changes: [{ conditionId: 'revenue', when: 'revenue <= wan_yuan(5000)' }] })).json();
    expect(plainPreview.base.cost).toBeNull();
    expect(plainPreview.diff.costDeltaFen).toBeNull();

    // Published, the same policy is in every covered enterprise's 我的政策: the amounts there add up to the preview's cost.
    await call('POST', `/api/publication/drafts/${d.id}/submit`, 'dept-miit');
    expect((await call('POST', `/api/publication/drafts/${d.id}/publish`, 'bureau')).statusCode).toBe(200);
    const usccs = (await getDb().query<{ uscc: string }>('SELECT uscc FROM enterprises ORDER BY uscc')).map((r) => r.uscc);
    let sum = 0;
    let eligible = 0;
    let unknownAmount = 0;
    for (const uscc of usccs) {
      const answer = await call('GET', `/api/enterprises/${uscc}/eligibility?date=${DATE}`, 'bureau');
      expect(answer.statusCode, answer.body).toBe(200);
      const p = answer.json().policies.find((x: { policyId: string }) => x.policyId === d.policyKey);
      expect(p, uscc).toBeDefined();
      if (p.status !== 'ELIGIBLE') continue;
      eligible++;
      if (p.amountFen === null) unknownAmount++;
      else sum += p.amountFen;
    }
    expect(eligible).toBe(base.eligible);
    expect(sum).toBe(base.cost!.eligibleFen);
    expect(unknownAmount).toBe(base.cost!.unknownAmount);
  });

  it('lists a published draft in the demo enterprise\'s 我的政策 with its explanation; withdrawn (even by another process) it is gone', async () => {
    const key = `rd-grant-${Date.now().toString(36)}`;
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      policyKey: key,
      conditions: [
        { id: 'revenue', labelZh: '营业收入不超过1亿元', labelEn: 'Revenue at most 100M yuan', when: 'revenue <= wan_yuan(10000)', cite: CITE },
        { id: 'staff', labelZh: '从业人员不少于10人', labelEn: 'At least 10 employees', when: 'employees >= 10', cite: 'cn/law/sme-promotion#art_3' },
      ],
    }))).json();
    const eligibility = async () => {
      const res = await call('GET', `/api/enterprises/${DEMO_ENTERPRISE_USCC}/eligibility?date=${DATE}&explain=1`, 'enterprise');
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    expect((await eligibility()).policies.some((p: { policyId: string }) => p.policyId === key)).toBe(false); // a draft is not a policy yet
    await call('POST', `/api/publication/drafts/${d.id}/submit`, 'dept-miit');
    await call('POST', `/api/publication/drafts/${d.id}/publish`, 'bureau');

    const answer = await eligibility();
    const p = answer.policies.find((x: { policyId: string }) => x.policyId === key);
    expect(p).toMatchObject({
      status: 'ELIGIBLE',
      title: { zh: '研发投入补助' },
      department: { zh: '市工业和信息化局' },
      jurisdiction: 'cn-gd-sz',
      channel: 'ONLINE_APPLICATION',
      amountFen: wan(20), // 10% of 355万元 R&D is above the 20万元 cap
      version: { from: '2026-01-01', until: null },
    });
    expect(p.citations.map((c: { address: string }) => c.address)).toEqual(expect.arrayContaining([CITE, 'cn/law/sme-promotion#art_3']));
    expect(p.explanation.clauses.map((c: { id: string; cite: string; value: boolean }) => [c.id, c.cite, c.value])).toEqual([
      ['revenue', CITE, true],
      ['staff', 'cn/law/sme-promotion#art_3', true],
    ]);
    expect(p.explanation.amount.cite).toBe(CITE);
    expect(answer.summary.totalAmountFen).toBeGreaterThanOrEqual(wan(20));
    // Before the policy's start it is not listed (only versions in force are).
    const before = (await call('GET', `/api/enterprises/${DEMO_ENTERPRISE_USCC}/eligibility?date=2025-12-31`, 'enterprise')).json();
    expect(before.policies.some((x: { policyId: string }) => x.policyId === key)).toBe(false);

    // Withdrawn straight in the database, as another server process would: the published set moved, so the cache re-reads.
    const [bureau] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
    const w = await getDb().transaction((tx) => withdrawPolicy(tx, d.id, '政策停止执行', bureau!.id));
    expect(w.ok).toBe(true);
    expect((await eligibility()).policies.some((x: { policyId: string }) => x.policyId === key)).toBe(false);
  });
});
