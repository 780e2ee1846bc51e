import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, DEMO_PASSWORD, saveFund, seedBenefitsDemo, verifyAuditChain } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { setServicesClock } from './services-clock';
import { sweepVoucherExpiry } from './sweep-voucher-expiry';

const at = (iso: string) => setServicesClock(() => new Date(iso));

/**
 * 服务机构与服务券 (深圳 第十四—十七条; 上海 第十一—十二条): a provider registers and is approved; the bureau
 * issues vouchers within a budget; an enterprise claims one, the provider redeems it once with the service
 * record, and the finance officer's payment batch of the fund settles it to the provider; every refusal
 * (twice, expired, another enterprise, unapproved or suspended provider, category, related party) is named.
 */
describeEachEngine('services: providers and vouchers', (getDb) => {
  const t = createTestApi(getDb);
  const firms = { prov: fakeUscc(), ent: fakeUscc(), other: fakeUscc(), kin: fakeUscc(), fresh: fakeUscc() };
  const reps: Record<keyof typeof firms, string> = { prov: '李四', ent: '张三', other: '王五', kin: '张三', fresh: '赵六' };
  const call = async (who: string | null, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url, payload, headers: who ? { cookie: await t.cookie(who) } : {} });
    return { status: res.statusCode, body: res.body ? (String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body) : null };
  };
  const declaration = (name: string) => ({
    name, categories: ['IP_PROTECTION', 'LEGAL_CONSULTING'], qualifications: [{ name: '专利代理机构执业许可证', certificateNumber: '44001', validUntil: '2028-12-31' }],
    description: '专利申请与维权', contactPhone: '0755-88886666', shareholders: [], account: { accountName: name, accountNumber: '6222020200112233', bankName: '工商银行深圳分行' },
  });
  const service = (over: object = {}) => ({ category: 'IP_PROTECTION', description: '发明专利申请代理', serviceDate: '2026-03-10', feeFen: 800_000, ...over });

  beforeAll(async () => {
    await t.start();
    await seedBenefitsDemo(getDb());
    await getDb().transaction(async (tx) => {
      for (const [key, uscc] of Object.entries(firms)) {
        await createEnterprise(tx, uscc, profileFixture({ name: `深圳市服务券测试${key}有限公司` }), null);
        await tx.query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [uscc, reps[key as keyof typeof firms]]);
        await createUser(tx, { username: `sv-${key}`, displayName: `服务券测试 ${key}`, role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
      }
      await saveFund(tx, { id: 'sz-2026-service-vouchers', name: { zh: '2026年中小企业服务券资金', en: '2026 SME service voucher fund' }, jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme', year: 2026, budgetFen: 100_000_000 }, null);
    });
  });
  afterAll(async () => {
    setServicesClock(null);
    await t.stop();
  });

  it('issue → claim → redeem once → settled in a payment batch; every refusal named; unused vouchers expire back to the budget', async () => {
    at('2026-03-01T02:00:00Z');
    // providers register and the bureau reviews them
    const reg = await call('sv-prov', 'POST', '/api/services/providers', declaration('深圳市服务券测试prov有限公司'));
    expect(reg.status, JSON.stringify(reg.body)).toBe(201);
    const provId = reg.body.providerId as string;
    expect((await call('sv-prov', 'POST', '/api/services/providers', declaration('再次登记'))).body.error.code).toBe('PROVIDER_ALREADY_REGISTERED');
    const kin = (await call('sv-kin', 'POST', '/api/services/providers', declaration('深圳市服务券测试kin有限公司'))).body.providerId as string;
    const fresh = await call('sv-fresh', 'POST', '/api/services/providers', declaration('深圳市服务券测试fresh有限公司'));
    expect(fresh.status).toBe(201);
    expect((await call('sv-prov', 'POST', `/api/services/providers/${provId}/approve`, { note: null })).status).toBe(403);
    for (const id of [provId, kin]) expect((await call('bureau', 'POST', `/api/services/providers/${id}/approve`, { note: null })).status).toBe(200);
    const rated = await call('bureau', 'POST', `/api/services/providers/${provId}/rate`, { score: 5, comment: '服务及时规范' });
    expect(rated.body.rating).toEqual({ score: 5, comment: '服务及时规范' });
    const dir = await call(null, 'GET', '/api/services/providers?category=IP_PROTECTION');
    const listed = (dir.body.items as { providerId: string; account?: unknown }[]).filter((p) => [provId, kin, fresh.body.providerId].includes(p.providerId));
    expect(listed.map((p) => p.providerId).sort()).toEqual([provId, kin].sort());
    expect(listed[0]).not.toHaveProperty('account');

    // a programme and its budget
    const prog = await call('bureau', 'POST', '/api/services/programmes', {
      kind: 'INNOVATION', name: '知识产权创新券', description: '', amountFen: 500_000, validFrom: '2026-03-01', validUntil: '2026-06-30', categories: ['IP_PROTECTION'], eligibilityPolicyId: null, budgetFen: 1_500_000, fundId: 'sz-2026-service-vouchers',
    });
    expect(prog.status, JSON.stringify(prog.body)).toBe(201);
    const pid = prog.body.programmeId as string;
    expect((await call('bureau', 'POST', `/api/services/programmes/${pid}/issue`, { count: 4 })).body.error.code).toBe('PROGRAMME_BUDGET_EXCEEDED');
    const issued = await call('bureau', 'POST', `/api/services/programmes/${pid}/issue`, { count: 3 });
    expect(issued.body.programme.budget).toMatchObject({ committedFen: 1_500_000, availableFen: 0 });

    // claims: one per enterprise
    const claim = await call('sv-ent', 'POST', `/api/services/programmes/${pid}/claim`);
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    expect(claim.body).toMatchObject({ status: 'CLAIMED', amountFen: 500_000 });
    const code = claim.body.code as string;
    expect((await call('sv-ent', 'POST', `/api/services/programmes/${pid}/claim`)).body.error.code).toBe('VOUCHER_ALREADY_CLAIMED');
    expect((await call('sv-ent', 'GET', '/api/services/my-vouchers')).body.items.map((v: { code: string }) => v.code)).toEqual([code]);

    // refusals, each with its code and a message in both languages
    at('2026-03-10T02:00:00Z');
    const redeem = (who: string, over: object = {}) => call(who, 'POST', '/api/services/redemptions', { code, enterpriseUscc: firms.ent, service: service(), ...over });
    const refused = async (who: string, over: object, codeWanted: string) => {
      const r = await redeem(who, over);
      expect(r.status, JSON.stringify(r.body)).toBe(409);
      expect(r.body.error.code).toBe(codeWanted);
      expect(r.body.error.message.zh).toBeTruthy();
      expect(r.body.error.message.en).toBeTruthy();
      return r.body.error;
    };
    expect((await refused('sv-kin', {}, 'VOUCHER_RELATED_PARTY')).message.zh).toContain('法定代表人相同');
    await refused('sv-prov', { enterpriseUscc: firms.other }, 'VOUCHER_NOT_HOLDER');
    await refused('sv-prov', { service: service({ category: 'LEGAL_CONSULTING' }) }, 'VOUCHER_CATEGORY_NOT_COVERED');
    await refused('sv-fresh', {}, 'PROVIDER_NOT_APPROVED');
    expect((await call('bureau', 'POST', `/api/services/providers/${provId}/suspend`, { reason: '投诉核查中' })).status).toBe(200);
    await refused('sv-prov', {}, 'PROVIDER_NOT_APPROVED');
    expect((await call('bureau', 'POST', `/api/services/providers/${provId}/reinstate`, { note: null })).status).toBe(200);
    expect((await redeem('sv-other')).body.error.code).toBe('SERVICES_PROVIDER_REQUIRED');

    // redeemed once, paying at most the voucher's amount
    const ok = await redeem('sv-prov');
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ status: 'REDEEMED', redemption: { payableFen: 500_000, providerName: '深圳市服务券测试prov有限公司' } });
    await refused('sv-prov', {}, 'VOUCHER_ALREADY_REDEEMED');

    // settled to the provider through the fund's payment batch (finance officer)
    const batch = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2026-service-vouchers' });
    expect(batch.status, JSON.stringify(batch.body)).toBe(201);
    expect(batch.body).toMatchObject({ lineCount: 1, totalFen: 500_000, pending: 1 });
    const csv = await call('finance', 'GET', `/api/benefits/payment-batches/${batch.body.id}/export?format=csv`);
    expect(csv.body).toContain(code);
    expect(csv.body).toContain('6222020200112233');
    const mine = (await call('sv-prov', 'GET', '/api/services/provider-vouchers')).body.items[0];
    expect(mine).toMatchObject({ code, status: 'SETTLED', settlement: { batchId: batch.body.id, paymentStatus: 'PENDING' } });
    const returned = (batchId: string, line: string) => call('finance', 'POST', `/api/benefits/payment-batches/${batchId}/returns`, { content: `payment_id,result,amount_yuan,bank_reference,settled_on,reason\n${mine.settlement.paymentId},${line}\n` });
    expect((await returned(batch.body.id, 'FAILED,5000.00,,2026-03-20,账户状态异常')).body).toMatchObject({ paid: 0, failed: 1 });
    expect((await call('sv-prov', 'GET', '/api/services/provider-vouchers')).body.items[0].settlement.paymentStatus).toBe('FAILED');
    const retry = await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2026-service-vouchers' }); // the failed line moves to a new batch
    expect(retry.body).toMatchObject({ lineCount: 1, totalFen: 500_000, pending: 1 });
    expect((await call('finance', 'POST', '/api/benefits/payment-batches', { fundId: 'sz-2026-service-vouchers' })).body.error.code).toBe('BENEFIT_NOTHING_TO_PAY');
    const paid = await returned(retry.body.id, 'SUCCESS,5000.00,BANK-SV-1,2026-03-21,');
    expect(paid.body, JSON.stringify(paid.body)).toMatchObject({ paid: 1, failed: 0 });
    expect((await call('sv-prov', 'GET', '/api/services/provider-vouchers')).body.items[0].settlement.paymentStatus).toBe('PAID');

    // eligibility by rule: a programme for enterprises that meet a rule-base policy (three-valued on the registry)
    const ruled = await call('bureau', 'POST', '/api/services/programmes', {
      kind: 'INNOVATION', name: '创新型中小企业创新券', description: '', amountFen: 100_000, validFrom: '2026-03-01', validUntil: '2026-06-30', categories: ['TECHNICAL_SUPPORT'], eligibilityPolicyId: 'innovative-sme', budgetFen: 100_000, fundId: 'sz-2026-service-vouchers',
    });
    expect(ruled.status, JSON.stringify(ruled.body)).toBe(201);
    await call('bureau', 'POST', `/api/services/programmes/${ruled.body.programmeId}/issue`, { count: 1 });
    const notYet = await call('sv-other', 'POST', `/api/services/programmes/${ruled.body.programmeId}/claim`);
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.code).toBe('VOUCHER_ELIGIBILITY_UNKNOWN');
    expect(notYet.body.error.message.zh).toContain('不足以判断');

    // expiry: a claimed voucher cannot be used after its last day; the sweep returns unused amounts to the budget
    const late = await call('sv-other', 'POST', `/api/services/programmes/${pid}/claim`);
    expect(late.status).toBe(201);
    at('2026-06-30T16:00:00Z'); // 00:00 on 07-01 in Beijing
    const expired = await call('sv-prov', 'POST', '/api/services/redemptions', { code: late.body.code, enterpriseUscc: firms.other, service: service({ serviceDate: '2026-06-30' }) });
    expect(expired.body.error.code).toBe('VOUCHER_EXPIRED');
    expect(await sweepVoucherExpiry(getDb())).toEqual({ expired: 3 }); // two of the first programme, the unclaimed one of the second
    expect(await sweepVoucherExpiry(getDb())).toEqual({ expired: 0 });
    const budget = (await call('bureau', 'GET', '/api/services/programmes')).body.items.find((p: { programmeId: string }) => p.programmeId === pid).budget;
    expect(budget).toMatchObject({ committedFen: 500_000, settledFen: 500_000, availableFen: 1_000_000, counts: { SETTLED: 1, EXPIRED: 2 } });
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });
});
