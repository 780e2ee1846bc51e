import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

const COMPANY = { industryCode: 'C', employees: 80, revenueYuan: '42000000', totalAssetsYuan: 30000000, qualifications: ['TECH_SME'] };

describeEachEngine('policy calculator API (public)', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/public/policy-calculator', payload: payload as object });
  const rows = async () => (await getDb().query<{ n: number }>('SELECT (SELECT count(*) FROM audit_events) + (SELECT count(*) FROM enterprises) AS n'))[0]!.n;

  it('offers the form\'s choices in words, without signing in: industries, qualifications and the city\'s districts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/policy-calculator' });
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json();
    expect(form.industries.length).toBe(16);
    expect(form.industries.find((i: { code: string }) => i.code === 'I65').label.zh).toBe('软件和信息技术服务业');
    expect(form.qualifications.map((q: { label: { zh: string } }) => q.label.zh)).toContain('科技型中小企业');
    expect(form.city.name.zh).toBe('深圳市');
    expect(form.districts.length).toBeGreaterThan(0);
  });

  it('answers a described company without signing in, stores nothing, and names each verdict\'s reasons and article', async () => {
    const before = Number(await rows());
    const res = await post(COMPANY);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    const body = res.json();
    expect(body.jurisdiction.name.zh).toBe('深圳市');
    expect(body.sizeClass).toMatchObject({ status: 'CLASSIFIED', size: 'small', label: { zh: '小型' } });
    const statuses = new Set(body.policies.map((p: { status: string }) => p.status));
    for (const s of ['ELIGIBLE', 'INELIGIBLE', 'UNKNOWN']) expect(statuses).toContain(s);
    expect(statuses).not.toContain('NOT_IN_FORCE');
    const tech = body.policies.find((p: { policyId: string }) => p.policyId === 'tech-sme-rd-super-deduction');
    expect(tech.status).toBe('ELIGIBLE');
    const giant = body.policies.find((p: { status: string; reasons: { zh: string }[] }) => p.status === 'INELIGIBLE' && p.reasons.some((r) => r.zh.includes('营业收入 4,200 万元，须不低于 5,000 万元')));
    expect(giant, 'the gap in words with money in 万元').toBeDefined();
    for (const p of body.policies) expect(p.citations[0].name).toMatch(/^《/);
    expect(Number(await rows())).toBe(before);
    // A district: its own policies and the city's.
    const district = (await t.app.inject({ method: 'GET', url: '/api/public/policy-calculator' })).json().districts[0];
    const there = await post({ ...COMPANY, district: district.id });
    expect(there.statusCode, there.body.slice(0, 300)).toBe(200);
    expect(there.json().jurisdiction.name.zh).toBe(district.name.zh);
  });

  it('refuses input that does not describe a company in figures, with messages in Chinese and English', async () => {
    const bad = await post({ industryCode: 'steel', employees: -3, revenueYuan: '1.234', totalAssetsYuan: 'lots', qualifications: ['GAZELLE'] });
    expect(bad.statusCode).toBe(400);
    const error = bad.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(error)).toContain('应为不小于零的金额');
    expect(JSON.stringify(error)).toContain('must be an amount in yuan');
    expect(JSON.stringify(error)).toContain('行业代码');
    const stray = await post({ ...COMPANY, uscc: '91440300MA5XXXXXX0' });
    expect(stray.statusCode).toBe(400);
    const nowhere = await post({ ...COMPANY, district: 'cn-sh' });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json().error.message).toMatchObject({ zh: expect.stringContaining('没有辖区'), en: expect.stringContaining('No district') });
    const unknownCode = await post({ ...COMPANY, industryCode: 'Z99' });
    expect([400, 422]).toContain(unknownCode.statusCode);
  });
});
