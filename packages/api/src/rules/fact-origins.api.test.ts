import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { newSecretForTest } from '../intake/intake-test-support';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const E = DEMO_ENTERPRISE_USCC;
const DATE = '2026-06-30'; // fiscal year 2025

interface Origin { by: string; label: { zh: string; en: string }; department: { zh: string } | null; receivedAt: string | null }
interface Answer {
  basis: { sources: Array<{ fact: string; origin?: Origin | null }> };
  policies: Array<{ policyId: string; dataSources?: Array<{ fact: string; label: { zh: string }; origin: Origin }> }>;
}

describeEachEngine('我的政策 names the data sources (数据来源)', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const as = async (user: string) => ({ cookie: await t.cookie(user) });

  async function departmentToken(): Promise<string> {
    const [u] = await getDb().query<{ id: string }>("SELECT id FROM users WHERE username = 'dept-miit'");
    const { secret, hash } = newSecretForTest();
    await getDb().query(
      `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, created_at, department_id, intake_kinds, expires_at)
       VALUES (gen_random_uuid()::text, $1, '统计系统', $2, $3, now(), 'dept-miit', ARRAY['YEARLY_FIGURES'], $4)`,
      [u!.id, hash, secret.slice(0, 9), new Date(Date.now() + 86_400_000).toISOString()],
    );
    return secret;
  }

  const eligibility = async (): Promise<Answer> => {
    const r = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/eligibility?date=${DATE}&explain=1`, headers: await as('enterprise') });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  /** Every (policy, fact) the explanations read from the 2025 figures, with the origin named. */
  const revenueOrigins = (a: Answer) => a.policies.flatMap((p) => (p.dataSources ?? []).filter((d) => d.fact === 'revenue').map((d) => d.origin));

  it('figures a department delivered name that department and when its batch was received; after the enterprise corrects them they read 企业自行填报', async () => {
    const token = await departmentToken();
    const csv = `uscc,year,employees,revenue_yuan,total_assets_yuan\n${E},2025,88,66000000,30000000\n`;
    const sent = await t.app.inject({ method: 'POST', url: '/api/intake/batches?kind=YEARLY_FIGURES&batchKey=origins-2025', payload: csv, headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` } });
    expect(sent.statusCode, sent.body).toBe(201);
    const [batch] = await getDb().query<{ received_at: Date | string }>('SELECT received_at FROM intake_batches WHERE id = $1', [sent.json().batchId]);

    const delivered = await eligibility();
    const source = delivered.basis.sources.find((s) => s.fact === 'revenue');
    expect(source?.origin).toMatchObject({ by: 'DEPARTMENT', department: { zh: '市工业和信息化局' } });
    expect(new Date(source!.origin!.receivedAt!).getTime()).toBe(new Date(batch!.received_at).getTime());
    const named = revenueOrigins(delivered);
    expect(named.length).toBeGreaterThan(0);
    for (const o of named) {
      expect(o.label.zh).toMatch(/^市工业和信息化局报送（\d{4}-\d{2}-\d{2} \d{2}:\d{2} 接收）$/);
      expect(o.label.en).toContain('Beijing time');
    }

    const fix = await t.app.inject({ method: 'PUT', url: `/api/enterprises/${E}/figures/2025`, headers: await as('enterprise'), payload: { employees: 87, revenueFen: 6_500_000_000, totalAssetsFen: 3_000_000_000 } });
    expect(fix.statusCode, fix.body).toBe(200);
    const declared = await eligibility();
    expect(declared.basis.sources.find((s) => s.fact === 'revenue')?.origin).toMatchObject({ by: 'ENTERPRISE', label: { zh: '企业自行填报' } });
    const self = revenueOrigins(declared);
    expect(self.length).toBe(named.length);
    for (const o of self) expect(o.label).toEqual({ zh: '企业自行填报', en: 'declared by the enterprise itself' });
  });

  it('without explain=1 no per-policy data sources are computed, but the basis still names each source', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/eligibility?date=${DATE}`, headers: await as('enterprise') });
    const a: Answer = r.json();
    expect(a.policies.every((p) => p.dataSources === undefined)).toBe(true);
    expect(a.basis.sources.every((s) => s.origin !== undefined)).toBe(true);
  });
});
