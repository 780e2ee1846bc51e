import { describe, expect, it } from 'vitest';
import { applyAction } from '../apply-action';
import { presentCaseFor } from '../present-case';
import { act, actors, DEPT_A, play, SME_BUREAU, submissionPayload, testContext } from '../testing/appeal-factory';
import { open311Discovery } from './open311-discovery';
import { open311Created, open311RequestToSubmission, toOpen311Request } from './open311-requests';
import { open311ServiceDefinition, open311Services } from './open311-services';

const ctx = testContext();
const base = { jurisdiction: 'cn-gd-sz', receivedBy: SME_BUREAU, caseId: 'case-o311-1', trackingNumber: 'SZ-2026-000123', idempotencyKey: 'k-1', anonymousUserId: 'anon-o311' };
const named = { userId: 'u-ent-1', enterpriseId: 'ent-1', enterpriseName: '深圳市示例精密制造有限公司', uscc: null, contactName: null, contactPhone: null, contactEmail: null };

describe('Open311 GeoReport v2: services', () => {
  it('lists one service per appeal type, saying which may be anonymous', () => {
    const services = open311Services();
    expect(services.map((s) => s.service_code)).toEqual(['POLICY_QUESTION', 'REQUEST', 'COMPLAINT', 'ARREARS_COMPLAINT', 'INSPECTION_COMPLAINT']);
    expect(services.find((s) => s.service_code === 'COMPLAINT')).toMatchObject({ service_name: '投诉举报', type: 'realtime', metadata: false });
    expect(services.find((s) => s.service_code === 'COMPLAINT')!.description).toMatch(/可匿名/);
    expect(open311Services('en').find((s) => s.service_code === 'REQUEST')!.service_name).toBe('Request for help');
  });

  it('defines the arrears attributes with their value lists, and nothing for unknown codes', () => {
    const def = open311ServiceDefinition('ARREARS_COMPLAINT')!;
    expect(def.attributes.find((a) => a.code === 'debtor_kind')?.values?.map((v) => v.name)).toEqual(['机关', '事业单位', '大型企业']);
    expect(def.attributes.filter((a) => a.required).map((a) => a.code)).toContain('amount_yuan');
    expect(open311ServiceDefinition('REQUEST')).toEqual({ service_code: 'REQUEST', attributes: [] });
    expect(open311ServiceDefinition('POTHOLE')).toBeNull();
  });
});

describe('Open311 GeoReport v2: POST requests', () => {
  it('maps an anonymous complaint, keeping location and media instead of dropping them', () => {
    const r = open311RequestToSubmission(
      { service_code: 'COMPLAINT', description: '检查人员未亮码入企', address_string: '龙华区某工业园', lat: '22.65', long: '114.02', media_url: 'https://example.org/p/1.jpg', phone: '13900000000' },
      { ...base, reporter: null },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ type: 'COMPLAINT', isAnonymous: true, reporter: { userId: 'anon-o311', enterpriseId: null, contactPhone: '13900000000' } });
    expect(r.value.description).toContain('龙华区某工业园 / 22.65,114.02');
    expect(r.value.attachments).toEqual([{ id: 'https://example.org/p/1.jpg', name: '1.jpg' }]);
    // The payload is a valid submission.
    expect(applyAction([], { id: 'o1', type: 'SUBMITTED', at: '2026-03-02T09:00:00+08:00', actor: { ...actors.anonymous, userId: 'anon-o311' }, payload: r.value }, ctx).ok).toBe(true);
    expect(open311Created('SZ-2026-000123', null)[0]!.service_request_id).toBe('SZ-2026-000123');
  });

  it('refuses an unknown service, a missing description and an anonymous request for help', () => {
    expect(open311RequestToSubmission({ service_code: 'POTHOLE', description: 'x' }, { ...base, reporter: null })).toMatchObject({ ok: false, error: [{ code: 400 }] });
    const r = open311RequestToSubmission({ service_code: 'REQUEST' }, { ...base, reporter: null });
    expect(!r.ok && r.error.map((e) => e.code)).toEqual([400, 403]);
    expect(open311RequestToSubmission({ service_code: 'REQUEST', description: '需要协调用电' }, { ...base, reporter: named }).ok).toBe(true);
  });

  it('builds an arrears form from attributes and reports each bad attribute', () => {
    const attribute = {
      contract_title: '设备采购合同', contract_signed_on: '2025-09-01', payment_trigger: 'DELIVERY', sme_declared: 'true', debtor_name: '某研究院',
      debtor_kind: 'PUBLIC_INSTITUTION', delivered_on: '2025-10-10', amount_yuan: '100000.50', paid_yuan: '20000', paid_on: '2025-12-01',
    };
    const r = open311RequestToSubmission({ service_code: 'ARREARS_COMPLAINT', description: '逾期未付', attribute }, { ...base, reporter: named });
    expect(r.ok && r.value.arrears).toMatchObject({ amountFen: 10_000_050, payments: [{ paidOn: '2025-12-01', amountFen: 2_000_000 }], debtor: { kind: 'PUBLIC_INSTITUTION' } });
    const bad = open311RequestToSubmission({ service_code: 'ARREARS_COMPLAINT', description: '逾期未付', attribute: { ...attribute, debtor_kind: 'BANK', delivered_on: '2025-13-01' } }, { ...base, reporter: named });
    expect(!bad.ok && bad.error.map((e) => e.description.split(':')[0])).toEqual(['debtor.kind', 'deliveredOn']);
  });
});

describe('Open311 GeoReport v2: requests/{id}', () => {
  it('maps status to open/closed and the due date to expected_datetime', () => {
    let log = play([
      act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload({ trackingNumber: 'SZ-2026-000200' })),
      act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }),
    ]);
    const view = presentCaseFor(actors.enterprise, log, SME_BUREAU);
    if (!view.ok) throw new Error('not visible');
    expect(toOpen311Request(view.value)).toMatchObject({
      service_request_id: 'SZ-2026-000200',
      status: 'open',
      status_notes: '办理中',
      service_code: 'REQUEST',
      agency_responsible: DEPT_A,
      expected_datetime: '2026-03-05T23:59:59+08:00',
      requested_datetime: '2026-03-02T09:00:00+08:00',
    });
    log = play([act('ANSWERED', actors.deptA, '2026-03-03T10:00:00+08:00', { text: '已办', attachments: [] }), act('CLOSED', actors.bureau, '2026-03-03T11:00:00+08:00', { note: null })], ctx, log);
    const closed = presentCaseFor(actors.enterprise, log, SME_BUREAU);
    expect(closed.ok && toOpen311Request(closed.value, 'en')).toMatchObject({ status: 'closed', status_notes: 'Closed', expected_datetime: null, updated_datetime: '2026-03-03T11:00:00+08:00' });
  });

  it('uses the exact hour for a 24-hour policy question', () => {
    const log = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload({ type: 'POLICY_QUESTION' }))]);
    const v = presentCaseFor(actors.enterprise, log, SME_BUREAU);
    expect(v.ok && toOpen311Request(v.value).expected_datetime).toBe('2026-03-03T01:00:00.000Z');
  });

  it('publishes a discovery document', () => {
    const d = open311Discovery({ endpointUrl: 'https://huiqi.example/open311/v2', contact: '12345', keyService: '登录后在个人中心申请', changeset: '2026-11-21T00:00:00Z', isProduction: false });
    expect(d.endpoints).toEqual([{ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'https://huiqi.example/open311/v2', changeset: '2026-11-21T00:00:00Z', type: 'test', formats: ['application/json'] }]);
  });
});
