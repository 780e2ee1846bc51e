import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, DEMO_PASSWORD, ensureFinancialInstitution, mergeDepartmentFacts, recordIntakeBatch } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { setCreditClock } from './credit-clock';

const at = (iso: string) => setCreditClock(() => new Date(iso));
const grant = (over: Record<string, unknown> = {}) => ({
  institutionId: 'bank-demo',
  scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }, { scope: 'QUALIFICATIONS', access: 'FULL' }, { scope: 'YEARLY_FIGURES', access: 'VERIFY_ONLY' }],
  purpose: { kind: 'PRODUCT', productName: '科技贷', text: '授信审查' },
  startDate: '2026-12-07', endDate: '2027-01-05', ...over,
});
const E = DEMO_ENTERPRISE_USCC;

describeEachEngine('credit API (授权—核验—使用)', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST', url: string, who: string, payload?: object) => t.app.inject({ method, url, payload, headers: { cookie: await t.cookie(who) } });

  beforeAll(async () => {
    await t.start();
    const uscc = fakeUscc();
    await getDb().transaction(async (tx) => {
      await ensureFinancialInstitution(tx, { id: 'bank-other', name: { zh: '另一银行', en: 'Another Bank' }, jurisdiction: 'cn-gd-sz' }, null);
      await createUser(tx, { username: 'bank-b', displayName: '另一银行 客户经理', role: 'FINANCIAL_INSTITUTION', jurisdiction: 'cn-gd-sz', institutionId: 'bank-other', password: DEMO_PASSWORD, isDemo: true }, null);
      await createEnterprise(tx, uscc, profileFixture({ name: '深圳市乙测试制造有限公司' }), null);
      await createUser(tx, { username: 'firm-b', displayName: '乙企业（测试）', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('refuses a bad consent naming the field: unknown institution, no scopes, over the maximum, end before start, start in the past', async () => {
    at('2026-12-07T02:00:00Z');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ institutionId: 'bank-nowhere' }, 'CREDIT_INSTITUTION_UNKNOWN', 'institutionId'],
      [{ scopes: [] }, 'CREDIT_SCOPES_EMPTY', 'scopes'],
      [{ endDate: '2027-03-07' }, 'CREDIT_PERIOD_TOO_LONG', 'endDate'],
      [{ endDate: '2026-12-06' }, 'CREDIT_PERIOD_END_BEFORE_START', 'endDate'],
      [{ startDate: '2026-12-06' }, 'CREDIT_PERIOD_STARTS_IN_PAST', 'startDate'],
    ];
    for (const [over, code, field] of cases) {
      const res = await call('POST', '/api/credit/consents', 'enterprise', grant(over));
      expect([res.statusCode, res.json().error.code, res.json().error.details.field], res.body).toEqual([400, code, field]);
    }
    const long = await call('POST', '/api/credit/consents', 'enterprise', grant({ endDate: '2027-03-07' }));
    expect(long.json().error.message.zh).toContain('90 日');
    expect((await call('POST', '/api/credit/consents', 'bank', grant())).statusCode).toBe(403);
  });

  it('lets the bank read exactly the granted scopes with their origin, answers a verification without the value, and logs every access for the enterprise', async () => {
    at('2026-12-07T02:00:00Z');
    const g = await call('POST', '/api/credit/consents', 'enterprise', grant());
    expect(g.statusCode, g.body).toBe(201);
    const consent = g.json();
    expect(consent).toMatchObject({ status: 'ACTIVE', canRevoke: true, institutionName: { zh: '某银行深圳分行' }, expiresAt: '2027-01-05T16:00:00.000Z' });

    at('2026-12-08T03:00:00Z');
    const read = await call('GET', `/api/credit/enterprises/${E}/data`, 'bank');
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body.scopes.map((s: { scope: string }) => s.scope).sort()).toEqual(['QUALIFICATIONS', 'REGISTRY_PROFILE']);
    expect(body.scopes.find((s: { scope: string }) => s.scope === 'REGISTRY_PROFILE').records[0]).toMatchObject({ values: { name: '深圳市鹏城智造科技有限公司' }, origin: { label: { zh: expect.any(String) } } });
    expect(JSON.stringify(body)).not.toContain('revenueFen');

    const figures = await call('GET', `/api/credit/enterprises/${E}/data?scopes=YEARLY_FIGURES`, 'bank');
    expect([figures.statusCode, figures.json().error.details.reason]).toEqual([403, 'SCOPE_NOT_GRANTED']);

    const yes = await call('POST', `/api/credit/enterprises/${E}/verifications`, 'bank', { kind: 'REVENUE_AT_LEAST', year: 2025, thresholdFen: 50_000_000_00 });
    expect([yes.statusCode, yes.json().answer], yes.body).toEqual([200, 'YES']);
    expect(JSON.stringify(yes.json())).not.toContain('5300');
    const no = await call('POST', `/api/credit/enterprises/${E}/verifications`, 'bank', { kind: 'EMPLOYEES_AT_LEAST', year: 2025, count: 100 });
    expect(no.json().answer).toBe('NO');
    const unknown = await call('POST', `/api/credit/enterprises/${E}/verifications`, 'bank', { kind: 'REVENUE_AT_LEAST', year: 2001, thresholdFen: 1 });
    expect(unknown.json().answer).toBe('UNKNOWN');

    const log = await call('GET', '/api/credit/access-log', 'enterprise');
    const entries = log.json().items as { action: string; outcome: string; reason: string | null; consentId: string | null; purposeText: string; institutionName: { zh: string } }[];
    expect(entries.map((e) => `${e.action}:${e.outcome}:${e.reason ?? ''}`)).toEqual(['VERIFY:ALLOWED:', 'VERIFY:ALLOWED:', 'VERIFY:ALLOWED:', 'READ:REFUSED:SCOPE_NOT_GRANTED', 'READ:ALLOWED:']);
    expect(entries[4]).toMatchObject({ consentId: consent.consentId, purposeText: '科技贷：授信审查', institutionName: { zh: '某银行深圳分行' } });
  });

  it('refuses a bank without a consent, even with a guessed consent id, and logs the attempt; other parties see nothing', async () => {
    at('2026-12-08T04:00:00Z');
    const mine = (await call('GET', '/api/credit/consents', 'enterprise')).json().items[0];
    const other = await call('GET', `/api/credit/enterprises/${E}/data?scopes=REGISTRY_PROFILE`, 'bank-b');
    expect([other.statusCode, other.json().error.details.reason]).toEqual([403, 'NO_CONSENT']);
    expect((await call('GET', `/api/credit/consents/${mine.consentId}`, 'bank-b')).statusCode).toBe(404);
    expect((await call('GET', `/api/credit/consents/${mine.consentId}/receipt`, 'bank-b')).statusCode).toBe(404);
    expect((await call('GET', `/api/credit/consents/${mine.consentId}`, 'firm-b')).statusCode).toBe(404);
    expect((await call('POST', `/api/credit/consents/${mine.consentId}/revoke`, 'firm-b')).statusCode).toBe(404);
    expect((await call('GET', '/api/credit/consents', 'bank-b')).json().items).toEqual([]);
    const guessed = await call('GET', `/api/credit/enterprises/${fakeUscc()}/data`, 'bank');
    expect([guessed.statusCode, guessed.json().error.details.reason]).toEqual([403, 'NO_CONSENT']);
    const log = (await call('GET', '/api/credit/access-log', 'enterprise')).json().items;
    expect(log[0]).toMatchObject({ outcome: 'REFUSED', reason: 'NO_CONSENT', institutionName: { zh: '另一银行' }, consentId: null });
    expect((await call('GET', '/api/credit/access-log', 'firm-b')).json().items).toEqual([]);
  });

  it('stops reads at the instant of expiry', async () => {
    at('2026-12-07T05:00:00Z');
    const g = await call('POST', '/api/credit/consents', 'firm-b', grant({ scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }], endDate: '2026-12-07' }));
    const { uscc, expiresAt } = g.json();
    expect(expiresAt).toBe('2026-12-07T16:00:00.000Z');
    at('2026-12-07T15:59:59.999Z');
    expect((await call('GET', `/api/credit/enterprises/${uscc}/data`, 'bank')).statusCode).toBe(200);
    at('2026-12-07T16:00:00.000Z');
    const late = await call('GET', `/api/credit/enterprises/${uscc}/data`, 'bank');
    expect([late.statusCode, late.json().error.details.reason]).toEqual([403, 'CONSENT_EXPIRED']);
  });

  it('revokes at once; revoking twice is harmless; the next read is refused', async () => {
    at('2026-12-09T01:00:00Z');
    const id = (await call('GET', '/api/credit/consents', 'enterprise')).json().items[0].consentId as string;
    const first = await call('POST', `/api/credit/consents/${id}/revoke`, 'enterprise');
    expect([first.statusCode, first.json().status, first.json().canRevoke]).toEqual([200, 'REVOKED', false]);
    at('2026-12-09T01:05:00Z');
    const second = await call('POST', `/api/credit/consents/${id}/revoke`, 'enterprise');
    expect([second.statusCode, second.json().revokedAt]).toEqual([200, first.json().revokedAt]);
    const refused = await call('GET', `/api/credit/enterprises/${E}/data`, 'bank');
    expect([refused.statusCode, refused.json().error.details.reason]).toEqual([403, 'CONSENT_REVOKED']);
    const verify = await call('POST', `/api/credit/enterprises/${E}/verifications`, 'bank', { kind: 'REVENUE_AT_LEAST', year: 2025, thresholdFen: 1 });
    expect(verify.statusCode).toBe(403);
    const audit = await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE type = 'CREDIT_CONSENT_REVOKED' AND subject = $1`, [id]);
    expect(audit[0]!.n).toBe(1);
  });

  it('refuses a verification question about a scope the consent does not open to verification', async () => {
    at('2026-12-09T02:00:00Z');
    await call('POST', '/api/credit/consents', 'enterprise', grant({ startDate: '2026-12-09', endDate: '2026-12-31', scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }] }));
    const r = await call('POST', `/api/credit/enterprises/${E}/verifications`, 'bank', { kind: 'HOLDS_QUALIFICATION', tag: 'SPECIALIZED', onDate: '2026-12-01' });
    expect([r.statusCode, r.json().error.details.reason]).toEqual([403, 'VERIFY_NOT_ALLOWED']);
  });

  it('issues a receipt whose digest detects alteration and forgery', async () => {
    const id = (await call('GET', '/api/credit/consents', 'enterprise')).json().items[0].consentId as string;
    const receipt = (await call('GET', `/api/credit/consents/${id}/receipt`, 'bank')).json();
    expect(receipt.digest).toMatch(/^[0-9a-f]{64}$/);
    const check = async (r: object) => (await call('POST', '/api/credit/receipts/check', 'bank', r)).json().result;
    expect(await check(receipt)).toBe('GENUINE');
    expect(await check({ ...receipt, body: { ...receipt.body, endDate: '2027-12-31' } })).toBe('ALTERED');
    expect(await check({ ...receipt, body: { ...receipt.body, consentId: 'cc-forged' } })).toBe('UNKNOWN_CONSENT');
  });

  it('prints the receipt to PDF with its digest, for the enterprise and the bank only', async () => {
    const id = (await call('GET', '/api/credit/consents', 'enterprise')).json().items[0].consentId as string;
    const pdf = await call('GET', `/api/credit/consents/${id}/receipt.pdf`, 'enterprise');
    expect([pdf.statusCode, pdf.headers['content-type'], pdf.rawPayload.subarray(0, 5).toString()]).toEqual([200, 'application/pdf', '%PDF-']);
    expect((await call('GET', `/api/credit/consents/${id}/receipt.pdf`, 'firm-b')).statusCode).toBe(404);
  });

  it('runs a demand from publication to a recorded first loan; only the taker records it; the bureau oversees', async () => {
    at('2026-12-10T02:00:00Z');
    const bad = await call('POST', '/api/financing/demands', 'enterprise', { amountFen: 0, termMonths: 12, purpose: '流动资金', collateral: 'NONE', urgency: 'URGENT' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'FINANCING_AMOUNT_INVALID']);
    const d = await call('POST', '/api/financing/demands', 'enterprise', { amountFen: 300_000_000, termMonths: 12, purpose: '采购原材料', collateral: 'NONE', urgency: 'URGENT' });
    expect(d.statusCode, d.body).toBe(201);
    const id = d.json().demandId as string;
    expect((await call('GET', '/api/financing/demands', 'bank')).json().items.map((x: { demandId: string }) => x.demandId)).toContain(id);
    const taken = await call('POST', `/api/financing/demands/${id}/take`, 'bank');
    expect([taken.statusCode, taken.json().status, taken.json().actions]).toEqual([200, 'TAKEN', ['LOAN_RECORDED', 'RELEASED']]);
    expect((await call('GET', `/api/financing/demands/${id}`, 'bank-b')).statusCode).toBe(404);
    expect((await call('POST', `/api/financing/demands/${id}/take`, 'bank-b')).statusCode).toBe(404);
    const loan = { grantedAmountFen: 200_000_000, annualRatePercent: '3.45', termMonths: 12, isFirstLoan: true, kind: 'CREDIT', grantedOn: '2026-12-10' };
    const rec = await call('POST', `/api/financing/demands/${id}/loan`, 'bank', loan);
    expect([rec.statusCode, rec.json().status, rec.json().loan.annualRatePercent], rec.body).toEqual([200, 'LOAN_GRANTED', '3.45']);
    expect((await call('POST', `/api/financing/demands/${id}/loan`, 'bank', loan)).json().error.code).toBe('FINANCING_ACTION_NOT_ALLOWED');
    const loans = (await call('GET', '/api/financing/loans', 'enterprise')).json().items;
    expect(loans).toMatchObject([{ demandId: id, grantedAmountFen: 200_000_000, isFirstLoan: true, institutionName: { zh: '某银行深圳分行' } }]);
    expect((await call('GET', '/api/financing/loans', 'firm-b')).json().items).toEqual([]);
    const o = (await call('GET', '/api/credit/oversight', 'bureau')).json().institutions;
    const [logged] = await getDb().query<{ reads: number; refused: number }>(
      `SELECT count(*) FILTER (WHERE outcome = 'ALLOWED')::int AS reads, count(*) FILTER (WHERE outcome = 'REFUSED')::int AS refused FROM credit_access_log WHERE institution_id = 'bank-demo'`,
    );
    expect(logged!.refused).toBeGreaterThan(0);
    expect(o.find((x: { institutionId: string }) => x.institutionId === 'bank-demo')).toMatchObject({ consents: 3, reads: logged!.reads, refused: logged!.refused });
    expect((await call('GET', '/api/credit/oversight', 'bank')).statusCode).toBe(403);
  });

  it('pages the access log by key', async () => {
    const first = (await call('GET', '/api/credit/access-log?limit=2', 'bank')).json();
    expect(first.items).toHaveLength(2);
    const second = (await call('GET', `/api/credit/access-log?limit=2&before=${first.next}`, 'bank')).json();
    expect(second.items[0].entryId).toBeLessThan(first.items[1].entryId);
  });

  it('reads the tax credit rating and insured headcount that departments delivered, each with its department', async () => {
    at('2026-12-11T01:00:00Z');
    const [firm] = await getDb().query<{ uscc: string }>("SELECT uscc FROM users WHERE username = 'firm-b'");
    const receivedAt = '2026-12-10T02:00:00.000Z';
    await getDb().transaction(async (tx) => {
      for (const [id, kind, rows] of [
        ['ib-credit-tax', 'TAX_CREDIT_RATING', [{ uscc: firm!.uscc, period: '2025', value: { rating: 'A' } }]],
        ['ib-credit-ss', 'SOCIAL_SECURITY_HEADCOUNT', [{ uscc: firm!.uscc, period: '2026-11', value: { insuredEmployees: 41 } }]],
      ] as const) {
        await recordIntakeBatch(tx, {
          id, departmentId: 'dept-miit', kind, batchKey: id, channel: 'API', fileName: null, contentSha256: '0'.repeat(64), receivedAt, actorUserId: null, tokenId: null,
          acceptValid: false, status: 'APPLIED', rowCount: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0, header: [], errors: [], rejectedRows: [],
        });
        await mergeDepartmentFacts(tx, kind, rows, id, new Date(receivedAt));
      }
    });
    const g = await call('POST', '/api/credit/consents', 'firm-b', grant({ startDate: '2026-12-11', endDate: '2026-12-31', scopes: [{ scope: 'TAX_CREDIT_RATING', access: 'FULL' }, { scope: 'SOCIAL_SECURITY_HEADCOUNT', access: 'FULL' }] }));
    expect(g.statusCode, g.body).toBe(201);
    const read = await call('GET', `/api/credit/enterprises/${firm!.uscc}/data`, 'bank');
    expect(read.statusCode, read.body).toBe(200);
    const byScope = Object.fromEntries(read.json().scopes.map((x: { scope: string; records: unknown[] }) => [x.scope, x.records]));
    expect(byScope.TAX_CREDIT_RATING).toMatchObject([{ period: '2025', values: { rating: 'A' }, origin: { by: 'DEPARTMENT', department: { zh: '市工业和信息化局' } } }]);
    expect(byScope.SOCIAL_SECURITY_HEADCOUNT).toMatchObject([{ period: '2026-11', values: { insuredEmployees: 41 } }]);
  });
});
