import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD, ensureFinancialInstitution } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { setCreditClock } from './credit-clock';

const product = (over: Record<string, unknown> = {}) => ({
  name: '科技型中小企业信用贷（测试）', description: '无需抵押', minAmountFen: 50_000_000, maxAmountFen: 1_000_000_000, annualRatePercent: '3.45', minTermMonths: 6, maxTermMonths: 36,
  collateral: ['NONE', 'INTELLECTUAL_PROPERTY'],
  conditions: [
    { id: 'is_sme', label: { zh: '属于中小企业', en: 'is an SME' }, when: 'isSme', cite: 'cn/law/sme-promotion@2018-01-01#art_2__para_1' },
    { id: 'revenue', label: { zh: '上年营业收入不低于1000万元', en: 'revenue of at least 10 million yuan' }, when: 'revenue >= wan_yuan(1000)' },
    { id: 'tax_rating', label: { zh: '纳税信用等级为A或B', en: 'tax credit rating A or B' }, when: "taxCreditRating in ['A', 'B']" },
  ],
  ...over,
});

/** 贷款产品 in the rules language: defined and checked by a bank, matched against a demand three-valued with reasons in words, both ways. */
describeEachEngine('loan products (贷款产品) matched with financing demands', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: await t.cookie(who) } });

  beforeAll(async () => {
    await t.start();
    setCreditClock(() => new Date('2026-12-07T02:00:00Z'));
    await getDb().transaction(async (tx) => {
      await ensureFinancialInstitution(tx, { id: 'bank-other-lp', name: { zh: '另一银行', en: 'Another Bank' }, jurisdiction: 'cn-gd-sz' }, null);
      await createUser(tx, { username: 'bank-lp', displayName: '另一银行 客户经理', role: 'FINANCIAL_INSTITUTION', jurisdiction: 'cn-gd-sz', institutionId: 'bank-other-lp', password: DEMO_PASSWORD, isDemo: true }, null);
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('checks a definition: terms and each condition in the rules language (syntax, unknown fact, type) and its article, naming the field', async () => {
    const refused = async (over: Record<string, unknown>) => {
      const r = await call('POST', '/api/financing/products', 'bank', product(over));
      expect(r.statusCode, r.body).toBe(400);
      return [r.json().error.code, r.json().error.details.field, r.json().error.message.zh] as [string, string, string];
    };
    expect((await refused({ maxAmountFen: 1 }))[1]).toBe('maxAmountFen');
    expect((await refused({ annualRatePercent: '3,45' }))[1]).toBe('annualRatePercent');
    const cond = (when: string, cite?: string) => ({ conditions: [{ id: 'c', label: { zh: '条件' }, when, ...(cite ? { cite } : {}) }] });
    expect(await refused(cond('revenue >= '))).toEqual(['LOAN_PRODUCT_INVALID', 'conditions[0]', expect.stringContaining('条件表达式有误')]);
    expect((await refused(cond('turnover > 1')))[1]).toBe('conditions[0]');
    expect((await refused(cond('revenue >= employees')))[2]).toContain('条件表达式有误'); // money compared with a head count
    expect((await refused(cond('isSme', 'cn/law/sme-promotion@2018-01-01#art_999')))[2]).toContain('法规库中找不到');
    expect((await call('POST', '/api/financing/products', 'enterprise', product())).statusCode).toBe(403);
  });

  it('matches a demand three-valued with reasons in words: the enterprise with its own data, the bank on the published terms only', async () => {
    const p = await call('POST', '/api/financing/products', 'bank', product());
    expect(p.statusCode, p.body).toBe(201);
    const small = await call('POST', '/api/financing/products', 'bank', product({ name: '小额快贷（测试）', maxAmountFen: 100_000_000, conditions: [] }));
    expect(small.statusCode, small.body).toBe(201);
    const d = await call('POST', '/api/financing/demands', 'enterprise', { amountFen: 300_000_000, termMonths: 12, purpose: '产品匹配测试', collateral: 'NONE', urgency: 'NORMAL' });
    const demandId = d.json().demandId as string;

    const mine = (await call('GET', `/api/financing/demands/${demandId}/products`, 'enterprise')).json().items as { productId: string; status: string; reasons: { zh: string }[]; missing: { zh: string }[]; terms: { met: boolean; reason: { zh: string } }[]; basis: string[] }[];
    const tech = mine.find((x) => x.productId === p.json().productId)!;
    // the demo enterprise is an SME with 2025 revenue of 5300万元; no department delivered its tax credit rating
    expect(tech.status).toBe('UNKNOWN');
    expect(tech.missing.map((m) => m.zh)).toEqual(['纳税信用等级（最近评价年度）']);
    expect(tech.reasons.map((r) => r.zh).join()).toContain('纳税信用等级为A或B');
    expect(tech.terms.every((x) => x.met)).toBe(true);
    expect(tech.basis).toContain('《中华人民共和国中小企业促进法》第二条第一款');
    const quick = mine.find((x) => x.productId === small.json().productId)!;
    expect([quick.status, quick.terms[0]!.reason.zh]).toEqual(['INELIGIBLE', '申请金额 300 万元 不在产品额度 50 万元 至 100 万元 之内']);
    expect(mine.map((x) => x.status)).toEqual([...mine.map((x) => x.status)].sort((a, b) => ['ELIGIBLE', 'UNKNOWN', 'INELIGIBLE'].indexOf(a) - ['ELIGIBLE', 'UNKNOWN', 'INELIGIBLE'].indexOf(b)));

    const listed = (await call('GET', '/api/financing/products', 'enterprise')).json().items;
    expect(JSON.stringify(listed)).not.toContain('taxCreditRating'); // an enterprise sees the conditions in words only

    const forBank = (await call('GET', `/api/financing/products/${p.json().productId}/demands`, 'bank')).json().items as { demand: { demandId: string }; match: { status: string; reasons: { zh: string }[] } }[];
    const row = forBank.find((x) => x.demand.demandId === demandId)!;
    expect(row.match.status).toBe('UNKNOWN');
    expect(row.match.reasons[0]!.zh).toContain('须经企业授权后核验');
    const [logged] = await getDb().query<{ n: number }>("SELECT count(*)::int AS n FROM credit_access_log WHERE uscc = (SELECT uscc FROM financing_demands WHERE demand_id = $1)", [demandId]);
    expect(logged!.n).toBe(0); // matching read nothing of the enterprise for the bank
  });

  it('withdraws a product once, only by its bank; a withdrawn product is no longer offered', async () => {
    const p = (await call('POST', '/api/financing/products', 'bank', product({ name: '将下架的产品（测试）' }))).json();
    expect((await call('POST', `/api/financing/products/${p.productId}/withdraw`, 'bank-lp')).statusCode).toBe(404);
    expect((await call('GET', `/api/financing/products/${p.productId}/demands`, 'bank-lp')).statusCode).toBe(404);
    const first = await call('POST', `/api/financing/products/${p.productId}/withdraw`, 'bank');
    expect([first.statusCode, first.json().canWithdraw]).toEqual([200, false]);
    const again = await call('POST', `/api/financing/products/${p.productId}/withdraw`, 'bank');
    expect(again.json().withdrawnAt).toBe(first.json().withdrawnAt);
    expect((await call('GET', '/api/financing/products', 'enterprise')).json().items.map((x: { productId: string }) => x.productId)).not.toContain(p.productId);
    const audit = await getDb().query<{ type: string }>('SELECT type FROM audit_events WHERE subject = $1 ORDER BY seq', [p.productId]);
    expect(audit.map((a) => a.type)).toEqual(['LOAN_PRODUCT_DEFINED', 'LOAN_PRODUCT_WITHDRAWN']);
  });
});
