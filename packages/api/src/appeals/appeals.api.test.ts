import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD, importEnterprises } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { completeUscc } from '@huiqi/kernel';
import { APPEAL_ERROR_CODES } from '@huiqi/workflows';
import { createTestApi } from '../testing/test-api';
import { APPEALS_ERROR_CODES } from './appeals-error-codes';
import { multipartFile, PDF_BYTES, restDayAfter, workingDayAfter } from './appeals-test-helpers';

it('has an HTTP entry for every domain refusal code', () => {
  expect(APPEAL_ERROR_CODES.filter((c) => !(`APPEAL_${c}` in APPEALS_ERROR_CODES))).toEqual([]);
});

const ARREARS = {
  contract: { number: 'HT-2025-0187', title: '实验室设备采购合同', signedOn: '2025-09-01', agreedPaymentDays: 30, agreedDailyInterestRate: null, paymentTrigger: 'ACCEPTANCE', isSmeDeclaredAtSigning: true },
  debtor: { name: '某市示例研究院', uscc: null, kind: 'PUBLIC_INSTITUTION' },
  deliveredOn: '2025-10-10',
  acceptedOn: '2025-10-20',
  amountFen: 128_000_000,
  payments: [{ paidOn: '2025-12-01', amountFen: 28_000_000 }],
  claim: '请求督促对方支付剩余货款100万元及逾期利息。',
};

describeEachEngine('API: appeals', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const call = async (user: string | null, method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...headers, ...(user ? { cookie: await t.cookie(user) } : {}) }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const act = async (user: string, tn: string, type: string, payload: unknown) => {
    const res = await call(user, 'POST', `/api/appeals/${tn}/actions`, { type, payload });
    expect(res.statusCode, `${user} ${type}: ${res.body.slice(0, 400)}`).toBe(200);
    return res.json().case;
  };
  const submit = (body: Record<string, unknown>, key?: string) =>
    call('enterprise', 'POST', '/api/appeals', { type: 'REQUEST', title: '厂房消防验收久拖未办', description: '新建厂房消防验收申请已提交两个月仍无结果。', ...body }, key ? { 'idempotency-key': key } : {});

  it('runs the issue scenario: dispatch, extension approved by the supervisor, dissatisfied, reopened, answered again, closed', async () => {
    const first = await submit({ contactName: '张经理', contactPhone: '13800000000' }, 'scenario-key-0001');
    expect(first.statusCode, first.body).toBe(201);
    const tn = first.json().trackingNumber as string;
    expect(tn).toMatch(/^SZ\d{15}$/);
    expect(first.json().case).toMatchObject({ access: 'REPORTER', status: 'SUBMITTED', owner: 'dept-sme' });
    expect(first.json().case.availableActions.map((a: { type: string }) => a.type)).toContain('WITHDRAWN');

    const retry = await submit({ contactName: '张经理', contactPhone: '13800000000' }, 'scenario-key-0001');
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ trackingNumber: tn, isDuplicate: true });

    // the department does not see it before dispatch; the bureau (owner) does
    expect((await call('dept-miit', 'GET', `/api/appeals/${tn}`)).statusCode).toBe(404);
    const owned = (await call('bureau', 'GET', `/api/appeals/${tn}`)).json().case;
    expect(owned.availableActions.map((a: { type: string }) => a.type)).toEqual(expect.arrayContaining(['ACCEPTED', 'REJECTED', 'DISPATCHED', 'URGED']));

    await act('bureau', tn, 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-miit', coHandlers: [], note: '请工信局牵头办理' });
    expect((await call('dept-commerce', 'GET', `/api/appeals/${tn}`)).statusCode).toBe(404);
    const handling = (await call('dept-miit', 'GET', `/api/appeals/${tn}`)).json().case;
    expect(handling.status).toBe('DISPATCHED');
    const answerDue = handling.deadlines.find((d: { clock: string }) => d.clock === 'ANSWER');
    expect(answerDue.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // the requested date must be a working day, like the approved one; the refusal names the next one
    const restDay = restDayAfter(answerDue.due);
    const onRestDay = await call('dept-miit', 'POST', `/api/appeals/${tn}/actions`, { type: 'EXTENSION_REQUESTED', payload: { requestedDue: restDay, reason: '需现场核查' } });
    expect(onRestDay.statusCode).toBe(422);
    expect(onRestDay.json().error).toMatchObject({ code: 'APPEAL_EXTENSION_NOT_WORKING_DAY', details: { nextWorkingDay: workingDayAfter(restDay, 1) } });
    const newDue = workingDayAfter(answerDue.due, 2);
    const requested = await act('dept-miit', tn, 'EXTENSION_REQUESTED', { requestedDue: newDue, reason: '需现场核查' });
    expect(requested.status).toBe('EXTENSION_REQUESTED');
    expect((await call('bureau', 'GET', `/api/appeals/${tn}`)).json().case.pendingExtension).toMatchObject({ requestedDue: newDue, reason: '需现场核查' });
    expect((await call('enterprise', 'GET', `/api/appeals/${tn}`)).json().case.pendingExtension).toMatchObject({ requestedDue: newDue, reason: null });
    // a department may not approve its own extension
    const self = await call('dept-miit', 'POST', `/api/appeals/${tn}/actions`, { type: 'EXTENSION_APPROVED', payload: { newDue, note: null } });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('APPEAL_ACTOR_NOT_PERMITTED');
    const approved = await act('bureau', tn, 'EXTENSION_APPROVED', { newDue, note: '同意延期' });
    expect(approved.deadlines.find((d: { clock: string }) => d.clock === 'ANSWER')).toMatchObject({ due: newDue, extension: { approvedDue: newDue } });
    expect(approved.pendingExtension).toBeNull();

    await act('dept-miit', tn, 'ANSWERED', { text: '已协调消防部门于本周完成验收。', attachments: [] });
    const rated = await act('enterprise', tn, 'RATED', { satisfaction: 'DISSATISFIED', isResolved: false, comment: '验收仍未安排' });
    expect(rated.availableActions.map((a: { type: string }) => a.type)).toContain('REOPENED');
    const reopened = await act('enterprise', tn, 'REOPENED', { reason: '问题未解决' });
    expect(reopened.status).toBe('DISPATCHED');
    expect(reopened.reopenCount).toBe(1);
    await act('dept-miit', tn, 'ANSWERED', { text: '验收已于今日完成并出具意见书。', attachments: [] });
    const closed = await act('bureau', tn, 'CLOSED', { note: '第二次答复后办结' });
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeline.map((e: { type: string }) => e.type)).toEqual([
      'SUBMITTED', 'DISPATCHED', 'EXTENSION_REQUESTED', 'EXTENSION_APPROVED', 'ANSWERED', 'RATED', 'REOPENED', 'ANSWERED', 'CLOSED',
    ]);
    const refused = await call('enterprise', 'POST', `/api/appeals/${tn}/actions`, { type: 'WITHDRAWN', payload: { reason: null } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'APPEAL_CASE_IS_FINAL' });
    expect(refused.json().error.message.zh.length).toBeGreaterThan(0);

    const audit = await getDb().query<{ n: number }>("SELECT count(*) AS n FROM audit_events WHERE type = 'APPEAL_ACTION_RECORDED' AND payload->>'trackingNumber' = $1", [tn]);
    expect(audit[0]!.n).toBe(9);
  });

  it('replays an action with the same client id once, and refuses a reused id for another action', async () => {
    const tn = (await submit({}, 'replay-key-00001')).json().trackingNumber;
    const body = { id: 'client-action-0001', type: 'ACCEPTED', payload: { note: null } };
    const a = await call('bureau', 'POST', `/api/appeals/${tn}/actions`, body);
    const b = await call('bureau', 'POST', `/api/appeals/${tn}/actions`, body);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.json().isDuplicate).toBe(true);
    expect(b.json().case.timeline).toHaveLength(2);
    const reused = await call('bureau', 'POST', `/api/appeals/${tn}/actions`, { ...body, type: 'NOTE_ADDED', payload: { text: 'x', isInternal: true } });
    expect(reused.json().error.code).toBe('APPEAL_ACTION_ID_REUSED');
  });

  it('writes concurrent submissions together and still one case per key, with the audit chain intact', async () => {
    const keys = [...Array.from({ length: 15 }, (_, i) => `burst-key-${String(i).padStart(4, '0')}`), ...Array.from({ length: 5 }, () => 'burst-key-same')];
    const answers = await Promise.all(keys.map((k) => submit({ title: `并发提交 ${k}` }, k)));
    expect(answers.every((a) => a.statusCode === 201 || a.statusCode === 200)).toBe(true);
    const byKey = new Map<string, Set<string>>();
    keys.forEach((k, i) => byKey.set(k, (byKey.get(k) ?? new Set()).add(answers[i]!.json().trackingNumber)));
    expect([...byKey.values()].every((s) => s.size === 1)).toBe(true);
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(16);
    const rows = await getDb().query<{ n: number }>("SELECT count(*) AS n FROM appeal_cases WHERE idempotency_key LIKE 'burst-key-%'");
    expect(rows[0]!.n).toBe(16);
    const { verifyAuditChain } = await import('@huiqi/db');
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
  });

  it('hides an anonymous reporter from departments and the supervisor, not from the reporter', async () => {
    const res = await submit({ type: 'COMPLAINT', title: '检查人员索要好处', description: '某检查组在检查中暗示需要“表示”。', isAnonymous: true }, 'anon-key-000001');
    expect(res.statusCode, res.body).toBe(201);
    const tn = res.json().trackingNumber;
    expect(res.json().case.reporter.enterpriseName).toBe('深圳市鹏城智造科技有限公司');
    await act('bureau', tn, 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-miit', coHandlers: ['dept-commerce'], note: null });
    for (const who of ['dept-miit', 'dept-commerce', 'bureau', 'auditor']) {
      const view = (await call(who, 'GET', `/api/appeals/${tn}`)).json().case;
      expect(view.reporter, who).toBeNull();
      expect(JSON.stringify(view), who).not.toContain('鹏城');
      expect(view.timeline[0].byUser, who).toBeNull();
    }
    const list = (await call('dept-commerce', 'GET', '/api/appeals')).json();
    expect(list.items.map((i: { trackingNumber: string }) => i.trackingNumber)).toContain(tn);
    expect(JSON.stringify(list)).not.toContain('鹏城');
    // a named request type cannot be anonymous
    const named = await submit({ isAnonymous: true }, 'anon-key-000002');
    expect(named.statusCode).toBe(403);
    expect(named.json().error.code).toBe('APPEAL_ANONYMOUS_NOT_ALLOWED');
  });

  it('lets a department see only cases dispatched to it, and loses sight after returning one', async () => {
    const tn = (await submit({}, 'return-key-00001')).json().trackingNumber;
    await act('bureau', tn, 'DISPATCHED', { ownership: 'SINGLE', lead: 'dept-commerce', coHandlers: [], note: null });
    const miitList = (await call('dept-miit', 'GET', '/api/appeals')).json().items.map((i: { trackingNumber: string }) => i.trackingNumber);
    expect(miitList).not.toContain(tn);
    const returned = await call('dept-commerce', 'POST', `/api/appeals/${tn}/actions`, { type: 'RETURNED', payload: { reason: '不属于本部门职责' } });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().case).toBeNull();
    expect((await call('dept-commerce', 'GET', `/api/appeals/${tn}`)).statusCode).toBe(404);
    expect((await call('bureau', 'GET', `/api/appeals/${tn}`)).json().case.status).toBe('ACCEPTED');
  });

  it('keeps enterprises to their own cases and refuses a mistyped tracking number', async () => {
    const tn = (await submit({}, 'own-key-0000001')).json().trackingNumber as string;
    // another enterprise's user sees neither the case nor its attachments nor it in a list
    const otherUscc = completeUscc('91440300MA5APL001');
    await importEnterprises(getDb(), [{
      uscc: otherUscc, name: '深圳市另一示例有限公司', district: 'cn-gd-sz-futian', registeredAddress: '深圳市福田区示例路 2 号', industryCode: 'F5191',
      registrationDate: '2020-03-01', taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false, tags: [], figures: [],
    }], 'TEST', null);
    await getDb().transaction((tx) => createUser(tx, { username: 'other-ent', displayName: '另一企业', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz-futian', uscc: otherUscc, password: DEMO_PASSWORD, isDemo: true }, null));
    expect((await call('other-ent', 'GET', `/api/appeals/${tn}`)).statusCode).toBe(404);
    const acting = await call('other-ent', 'POST', `/api/appeals/${tn}/actions`, { type: 'WITHDRAWN', payload: { reason: null } });
    expect(acting.statusCode).toBe(404);
    expect((await call('other-ent', 'GET', '/api/appeals')).json().items).toEqual([]);
    expect((await call('other-ent', 'GET', `/api/open311/v2/requests/${tn}.json`)).statusCode).toBe(404);
    expect((await call('bank', 'GET', `/api/appeals/${tn}`)).statusCode).toBe(403);
    const typo = `${tn.slice(0, -1)}${(Number(tn.at(-1)) + 1) % 10}`;
    const bad = await call('enterprise', 'GET', `/api/appeals/${typo}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('APPEAL_TRACKING_NUMBER_INVALID');
    const mine = (await call('enterprise', 'GET', '/api/appeals')).json();
    expect(mine.items.map((i: { trackingNumber: string }) => i.trackingNumber)).toContain(tn);
  });

  it('computes the arrears due date and interest before and at submission', async () => {
    const preview = await call('enterprise', 'POST', '/api/appeals/arrears-terms', ARREARS);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ dueDate: '2025-11-19', outstandingFen: 100_000_000 });
    expect(preview.json().interestFen).toBeGreaterThan(0);
    const bad = await call('enterprise', 'POST', '/api/appeals/arrears-terms', { ...ARREARS, deliveredOn: '2025-08-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { path: string }) => f.path)).toContain('deliveredOn');
    const res = await submit({ type: 'ARREARS_COMPLAINT', title: '研究院拖欠设备款', description: '验收合格后逾期未付款。', arrears: ARREARS }, 'arrears-key-0001');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().case.arrears.terms).toMatchObject({ dueDate: '2025-11-19', interestFen: preview.json().interestFen });
  });

  it('accepts attachments by content only and serves them as downloads to those who may see the case', async () => {
    const up = await call('enterprise', 'POST', '/api/appeals/attachments', undefined, {});
    expect(up.statusCode).toBe(400);
    const file = multipartFile('../../合同<1>.pdf', PDF_BYTES, 'text/html');
    const ok = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload: file.payload, headers: { ...file.headers, cookie: await t.cookie('enterprise') } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ name: '合同1.pdf', mediaType: 'application/pdf', sizeBytes: PDF_BYTES.length });
    const html = multipartFile('x.pdf', new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>')), 'application/pdf');
    const refused = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload: html.payload, headers: { ...html.headers, cookie: await t.cookie('enterprise') } });
    expect(refused.statusCode).toBe(415);
    const big = multipartFile('big.pdf', new Uint8Array(10 * 1024 * 1024 + 10).fill(0x25));
    const tooBig = await t.app.inject({ method: 'POST', url: '/api/appeals/attachments', payload: big.payload, headers: { ...big.headers, cookie: await t.cookie('enterprise') } });
    expect(tooBig.statusCode).toBe(413);

    const id = ok.json().id as string;
    const res = await submit({ attachmentIds: [id] }, 'attach-key-00001');
    expect(res.statusCode, res.body).toBe(201);
    const tn = res.json().trackingNumber;
    expect(res.json().case.attachments).toEqual([{ id, name: '合同1.pdf', sha256: ok.json().sha256 }]);
    // someone else's upload cannot be attached
    const stolen = await call('bureau', 'POST', `/api/appeals/${tn}/actions`, { type: 'NOTE_ADDED', payload: { text: 'x', isInternal: true } });
    expect(stolen.statusCode).toBe(200);
    // a retry of the submission (same key) is the same case, although its attachment is now linked to it
    const retried = await submit({ attachmentIds: [id] }, 'attach-key-00001');
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ trackingNumber: tn, isDuplicate: true });
    const again = await submit({ attachmentIds: [id] }, 'attach-key-00002');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('APPEAL_ATTACHMENT_UNKNOWN');

    const dl = await call('enterprise', 'GET', `/api/appeals/attachments/${id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename=/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.equals(Buffer.from(PDF_BYTES))).toBe(true);
    expect((await call('dept-miit', 'GET', `/api/appeals/attachments/${id}`)).statusCode).toBe(404);
    expect((await call('bureau', 'GET', `/api/appeals/attachments/${id}`)).statusCode).toBe(200);
  });

  it('speaks Open311 GeoReport v2: services, form-encoded anonymous requests, reading back with a login', async () => {
    const services = (await call(null, 'GET', '/api/open311/v2/services.json')).json();
    expect(services.map((s: { service_code: string }) => s.service_code)).toContain('ARREARS_COMPLAINT');
    const def = (await call(null, 'GET', '/api/open311/v2/services/ARREARS_COMPLAINT.json')).json();
    expect(def.attributes.length).toBeGreaterThan(3);
    expect((await call(null, 'GET', '/api/open311/v2/services/NOPE.json')).statusCode).toBe(404);
    const form = 'service_code=INSPECTION_COMPLAINT&description=%E6%A3%80%E6%9F%A5%E9%A2%91%E6%AC%A1%E8%BF%87%E9%AB%98&address_string=%E7%A6%8F%E7%94%B0%E5%8C%BA';
    const post = () => t.app.inject({ method: 'POST', url: '/api/open311/v2/requests.json', payload: form, headers: { 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'open311-anon-0001' } });
    const created = await post();
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json()[0].service_request_id as string;
    expect(id).toMatch(/^SZ\d{15}$/);
    const again = await post();
    expect(again.statusCode).toBe(200);
    expect(again.json()[0].service_request_id).toBe(id);
    const named = await t.app.inject({ method: 'POST', url: '/api/open311/v2/requests.json', payload: 'service_code=REQUEST&description=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(named.statusCode).toBe(403);
    expect(named.json().error.details.open311[0].code).toBe(403);
    expect((await call(null, 'GET', `/api/open311/v2/requests/${id}.json`)).statusCode).toBe(401);
    const read = (await call('bureau', 'GET', `/api/open311/v2/requests/${id}.json`)).json();
    expect(read[0]).toMatchObject({ service_request_id: id, status: 'open', service_code: 'INSPECTION_COMPLAINT', agency_responsible: 'dept-sme' });
    expect(read[0].description).toContain('福田区');
  });

  it('gives the supervisor the dashboard and the public counts without personal data', async () => {
    const dash = await call('bureau', 'GET', '/api/appeals/dashboard');
    expect(dash.statusCode, dash.body).toBe(200);
    const rows = dash.json().rows as { department: string; received: number; satisfactionRate: { rate: number | null } }[];
    expect(rows.find((r) => r.department === 'dept-miit')!.received).toBeGreaterThanOrEqual(1);
    const pub = await call(null, 'GET', '/api/appeals/public-statistics');
    expect(pub.statusCode).toBe(200);
    const text = pub.body;
    expect(text).not.toContain('鹏城');
    expect(text).not.toMatch(/SZ\d{15}/);
    expect(text).not.toContain('消防');
    expect(pub.json().rows.reduce((s: number, r: { total: number }) => s + r.total, 0)).toBeGreaterThanOrEqual(5);
    const sup = await call('bureau', 'GET', '/api/appeals/supervision?withinDays=60');
    expect(sup.statusCode).toBe(200);
    expect(sup.json().dueSoon.length).toBeGreaterThan(0);
  });
});
