import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

describeEachEngine('API: the audit log of an anonymous appeal names no one', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const call = async (user: string, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...headers, cookie: await t.cookie(user) }, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('shows the auditor a pseudonym for the reporter’s own actions, and only the audited disclosure leads back to the account', async () => {
    const meBody = (await call('enterprise', 'GET', '/api/me')).json();
    const me = (meBody.user ?? meBody) as { id: string; username: string };
    expect(me.id).toBeTruthy();
    const res = await call('enterprise', 'POST', '/api/appeals', { type: 'COMPLAINT', title: '检查人员索要好处', description: '某检查组在检查中暗示需要“表示”。', isAnonymous: true }, { 'idempotency-key': 'anon-audit-0001' });
    expect(res.statusCode, res.body).toBe(201);
    const tn = res.json().trackingNumber as string;
    const named = await call('enterprise', 'POST', '/api/appeals', { type: 'COMPLAINT', title: '另一件投诉', description: '署名反映的投诉内容。', isAnonymous: false }, { 'idempotency-key': 'anon-audit-0002' });
    expect(named.statusCode, named.body).toBe(201);

    const audit = (await call('auditor', 'GET', '/api/audit?limit=200')).json();
    const events = (audit.items ?? audit.events ?? audit) as { type: string; subject: string | null; payload: { trackingNumber?: string }; actor: { id: string } | null; actorUserId?: string | null }[];
    const ofCase = events.filter((e) => e.payload?.trackingNumber === tn && e.type === 'APPEAL_ACTION_RECORDED');
    expect(ofCase.length).toBeGreaterThan(0);
    for (const e of ofCase) {
      expect(e.actor?.id ?? null, JSON.stringify(e)).toMatch(/^anon-[0-9a-f]{24}$/);
      expect(JSON.stringify(e)).not.toContain(me.id);
    }
    expect(JSON.stringify(ofCase)).not.toContain('鹏城');
    // The named complaint still names its reporter.
    const ofNamed = events.filter((e) => e.payload?.trackingNumber === named.json().trackingNumber);
    expect(JSON.stringify(ofNamed)).toContain(me.id);
    // In the database the actor is a pseudonym, covered by the hash chain.
    const rows = await getDb().query<{ actor_user_id: string | null }>("SELECT actor_user_id FROM audit_events WHERE type = 'APPEAL_ACTION_RECORDED' AND payload->>'trackingNumber' = $1", [tn]);
    expect(rows[0]!.actor_user_id).toMatch(/^anon-[0-9a-f]{24}$/);
    expect((await verifyAuditChain(getDb())).ok).toBe(true);

    // Disclosure: refused to departments and auditors, answered to the bureau with a reason, and audited.
    const body = { legalBasis: '人民法院调查取证', reason: '人民法院依法调取本件匿名反映人的身份信息' };
    for (const who of ['dept-miit', 'auditor', 'enterprise']) expect((await call(who, 'POST', `/api/appeals/${tn}/reporter-disclosure`, body)).statusCode, who).toBe(403);
    const tooShort = await call('bureau', 'POST', `/api/appeals/${tn}/reporter-disclosure`, { legalBasis: '法', reason: '短' });
    expect(tooShort.statusCode).toBe(400);
    const disclosed = await call('bureau', 'POST', `/api/appeals/${tn}/reporter-disclosure`, body);
    expect(disclosed.statusCode, disclosed.body).toBe(200);
    expect(disclosed.json()).toMatchObject({ trackingNumber: tn, username: me.username });
    const [logged] = await getDb().query<{ payload: { reason: string } }>("SELECT payload FROM audit_events WHERE type = 'ANONYMOUS_REPORTER_DISCLOSED' AND payload->>'trackingNumber' = $1", [tn]);
    expect(logged!.payload.reason).toBe(body.reason);
    const notAnonymous = await call('bureau', 'POST', `/api/appeals/${named.json().trackingNumber}/reporter-disclosure`, body);
    expect(notAnonymous.statusCode).toBe(400);
  });
});
