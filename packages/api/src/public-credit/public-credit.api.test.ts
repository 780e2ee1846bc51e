import { afterAll, beforeAll, expect, it } from 'vitest';
import { addMonthsClamped, computeDeadline, shippedCalendar } from '@huiqi/calendar';
import { createEnterprise, createUser, DEMO_PASSWORD } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { addDays, today, type PlainDate } from '@huiqi/kernel';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { setCreditClock } from '../credit/credit-clock';

const ART_68 = 'cn-gd-sz/regulation/sme-promotion@2025-01-23#art_68__para_3';
/** Noon in Beijing of a day, as the credit clock's instant. */
const at = (day: string) => setCreditClock(() => new Date(`${day}T04:00:00Z`));

describeEachEngine('public credit API (信用记录、公示与信用修复)', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) =>
    t.app.inject({ method, url, headers: who ? { cookie: await t.cookie(who) } : {}, ...(payload ? { payload } : {}) });
  const debtor = fakeUscc();
  const other = fakeUscc();
  const found = today('Asia/Shanghai'); // the appeals module acts on the real clock: the finding is today
  const minimumEnd = addMonthsClamped(found, 3);
  const end = addMonthsClamped(found, 36);

  /** An arrears complaint by the demo enterprise against the debtor, accepted and transferred to the handling department (第二十五条), and found 失信 by the handling department. */
  async function arrearsFinding(key: string, isMarked = true): Promise<string> {
    const arrears = {
      contract: { number: `HT-${key}`, title: '设备采购合同', signedOn: '2025-09-01', agreedPaymentDays: 30, agreedDailyInterestRate: null, paymentTrigger: 'ACCEPTANCE', isSmeDeclaredAtSigning: true },
      debtor: { name: '深圳市甲测试集团有限公司', uscc: debtor, kind: 'LARGE_ENTERPRISE' },
      deliveredOn: '2025-10-10', acceptedOn: '2025-10-20', amountFen: 128_000_000, payments: [], claim: '请求督促对方支付货款128万元及逾期利息。',
    };
    const res = await t.app.inject({
      method: 'POST', url: '/api/appeals', headers: { cookie: await t.cookie('enterprise'), 'idempotency-key': `credit-mark-${key}` },
      payload: { type: 'ARREARS_COMPLAINT', title: '集团拖欠设备款', description: '验收合格后逾期未付款。', arrears },
    });
    expect(res.statusCode, res.body).toBe(201);
    const tn = res.json().trackingNumber as string;
    const act = async (who: string, type: string, payload: object) => expect((await call('POST', `/api/appeals/${tn}/actions`, who, { type, payload })).statusCode).toBe(200);
    await act('bureau', 'ACCEPTED', { note: null });
    await act('bureau', 'TRANSFERRED', { handlingDepartment: 'dept-miit', note: '转交处理投诉部门' });
    if (isMarked) await act('dept-miit', 'CREDIT_MARKED', { finding: '经核实逾期未付128万元，经督促仍拒不支付，认定失信' });
    return tn;
  }
  const record = (trackingNumber: string, isSerious: boolean, seriousReason: string | null = null) =>
    call('POST', '/api/credit/marks/from-arrears', 'bureau', { trackingNumber, isSerious, seriousReason });
  const publicIds = async () => (await call('GET', '/api/credit/public-marks')).json().items.map((m: { markId: string }) => m.markId) as string[];
  const myMark = async (markId: string) => ((await call('GET', '/api/credit/my-marks', 'firm-debtor')).json().items as { markId: string }[]).find((m) => m.markId === markId) as Record<string, any>;

  beforeAll(async () => {
    await t.start();
    await getDb().transaction(async (tx) => {
      await createEnterprise(tx, debtor, profileFixture({ name: '深圳市甲测试集团有限公司' }), null);
      await createUser(tx, { username: 'firm-debtor', displayName: '甲集团（测试）', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc: debtor, password: DEMO_PASSWORD, isDemo: true }, null);
      await createEnterprise(tx, other, profileFixture({ name: '深圳市乙测试科技有限公司' }), null);
      await createUser(tx, { username: 'firm-other', displayName: '乙企业（测试）', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc: other, password: DEMO_PASSWORD, isDemo: true }, null);
    });
  });
  afterAll(async () => {
    setCreditClock(null);
    await t.stop();
  });

  it('keeps a mark from an arrears decision with its basis, producing record and publication period; publishes it only when found serious', async () => {
    at(found);
    const unmarked = await arrearsFinding('unmarked', false);
    const early = await record(unmarked, false);
    expect([early.statusCode, early.json().error.code]).toEqual([422, 'CREDIT_MARK_NOT_FOUND_IN_CASE']);

    const tn = await arrearsFinding('serious');
    const noReason = await record(tn, true, '  ');
    expect([noReason.statusCode, noReason.json().error.code, noReason.json().error.details.field]).toEqual([400, 'CREDIT_MARK_SERIOUS_REASON_REQUIRED', 'seriousReason']);
    expect((await call('POST', '/api/credit/marks/from-arrears', 'dept-miit', { trackingNumber: tn, isSerious: false })).statusCode).toBe(403);
    const made = await record(tn, true, '拖欠多家中小企业，经督办仍拒不支付');
    expect(made.statusCode, made.body).toBe(201);
    const mark = made.json();
    expect(mark).toMatchObject({
      kind: 'ARREARS_DEBTOR', uscc: debtor, subjectName: '深圳市甲测试集团有限公司', decidedOn: found, isPublic: true, state: 'PUBLISHED',
      period: { start: found, minimumEnd, end }, departmentName: expect.any(String),
      periodBasis: { minimumMonths: 3, maximumMonths: 36, isVerified: false, minimumArticle: { citation: '第七十九条', lawTitle: '深圳经济特区社会信用条例' } },
    });
    expect(mark.recordBasis).toEqual(expect.arrayContaining([{ citation: '第二十六条', lawTitle: expect.stringContaining('保障中小企业款项支付条例') }]));
    expect((await record(tn, true, '再次')).json().error.code).toBe('CREDIT_MARK_ALREADY_RECORDED');

    // the public page lists it, without the finding's text
    const pub = (await call('GET', '/api/credit/public-marks')).json();
    const listed = pub.items.find((m: { markId: string }) => m.markId === mark.markId);
    expect(listed).toMatchObject({ subjectName: '深圳市甲测试集团有限公司', kindLabel: { zh: '拖欠中小企业款项' }, period: { start: found, end } });
    expect(JSON.stringify(listed)).not.toContain('拒不支付');

    // not serious: in the record, not on the public page
    const quiet = await record(await arrearsFinding('quiet'), false);
    expect(quiet.json()).toMatchObject({ isPublic: false, state: 'RECORDED_NOT_PUBLIC' });
    expect(await publicIds()).not.toContain(quiet.json().markId);

    // the enterprise it names sees it explained, with the first day it may apply for repair
    const mine = await myMark(mark.markId);
    expect(mine).toMatchObject({ explanation: { zh: expect.stringContaining('拖欠') }, finding: expect.stringContaining('认定失信'), repair: { canApply: false, from: addDays(minimumEnd, 1) } });
    expect(mine.remedies.map((r: { article: { citation: string } }) => r.article.citation)).toEqual(['第七十九条', '第四十八条第一款第（二）项', '第四十三条第二款']);
  });

  it('refuses a repair before the shortest publication period has run out; another enterprise sees nothing of the mark and may not review', async () => {
    at(found);
    const [mark] = (await call('GET', '/api/credit/my-marks', 'firm-debtor')).json().items.filter((m: { isPublic: boolean }) => m.isPublic) as { markId: string }[];
    const body = { markId: mark!.markId, measures: ['RECTIFICATION_DONE', 'CREDIT_COMMITMENT'], evidence: '已于本月付清全部欠款及逾期利息，附银行回单。' };
    const early = await call('POST', '/api/credit/repairs', 'firm-debtor', body);
    expect([early.statusCode, early.json().error.code, early.json().error.details]).toEqual([422, 'CREDIT_REPAIR_MINIMUM_NOT_SERVED', { field: 'markId', from: addDays(minimumEnd, 1) }]);

    expect((await call('GET', `/api/credit/marks/${mark!.markId}`, 'firm-other')).statusCode).toBe(404);
    expect((await call('POST', '/api/credit/repairs', 'firm-other', body)).statusCode).toBe(404);
    expect((await call('GET', '/api/credit/my-marks', 'firm-other')).json().items).toEqual([]);
    expect((await call('GET', '/api/credit/marks', 'firm-other')).statusCode).toBe(403);
    // a bank without a consent covering the scope is refused (403), and the attempt is logged for the enterprise
    const read = await call('GET', `/api/credit/enterprises/${debtor}/data?scopes=PUBLIC_CREDIT_MARKS`, 'bank');
    expect([read.statusCode, read.json().error.code]).toEqual([403, 'CREDIT_ACCESS_REFUSED']);
  });

  it('approves a repair after the shortest period with reasons; the mark is no longer published or shared', async () => {
    const day = addDays(minimumEnd, 1);
    at(day);
    const [mark] = (await call('GET', '/api/credit/my-marks', 'firm-debtor')).json().items.filter((m: { isPublic: boolean; state: string }) => m.isPublic && m.state === 'PUBLISHED') as { markId: string }[];
    expect((await myMark(mark!.markId)).repair).toEqual({ canApply: true, reason: null, from: null });

    // the enterprise opens its marks to the bank; the bank reads the mark under the consent
    const consent = await call('POST', '/api/credit/consents', 'firm-debtor', { institutionId: 'bank-demo', scopes: [{ scope: 'PUBLIC_CREDIT_MARKS', access: 'FULL' }], purpose: { kind: 'PRODUCT', productName: '经营贷', text: '授信审查' }, startDate: day, endDate: addDays(day, 29) });
    expect(consent.statusCode, consent.body).toBe(201);
    const before = (await call('GET', `/api/credit/enterprises/${debtor}/data?scopes=PUBLIC_CREDIT_MARKS`, 'bank')).json();
    expect(before.scopes[0]).toMatchObject({ scope: 'PUBLIC_CREDIT_MARKS', isHeld: true });
    expect(before.scopes[0].records.length).toBe(2); // the published mark and the one only recorded

    const applied = await call('POST', '/api/credit/repairs', 'firm-debtor', { markId: mark!.markId, measures: ['RECTIFICATION_DONE', 'CREDIT_COMMITMENT'], evidence: '已付清全部欠款及逾期利息，附银行回单。' });
    expect(applied.statusCode, applied.body).toBe(201);
    const repair = applied.json().repair;
    // three working days on the official calendar (第八十二条第一款); null while the calendar has no data for that year (never guessed)
    const due = computeDeadline(shippedCalendar('cn'), { from: day, workingDays: 3 });
    expect(repair).toMatchObject({ status: 'SUBMITTED', decisionDue: due.ok ? due.value.due : null, availableActions: [{ type: 'WITHDRAWN' }] });
    expect((await call('POST', '/api/credit/repairs', 'firm-debtor', { markId: mark!.markId, measures: ['CREDIT_COMMITMENT'], evidence: '再次申请' })).json().error.code).toBe('CREDIT_REPAIR_APPLICATION_OPEN');

    const queue = (await call('GET', '/api/credit/repairs?open=true', 'bureau')).json().items;
    expect(queue.find((r: { repairId: string }) => r.repairId === repair.repairId).availableActions.map((a: { type: string }) => a.type).sort()).toEqual(['APPROVED', 'MATERIALS_REQUESTED', 'REJECTED']);
    expect((await call('GET', `/api/credit/repairs/${repair.repairId}`, 'firm-other')).statusCode).toBe(404);
    expect((await call('POST', `/api/credit/repairs/${repair.repairId}/actions`, 'firm-debtor', { type: 'APPROVED', payload: { reasons: '自己批准' } })).json().error.code).toBe('CREDIT_REPAIR_ACTOR_NOT_PERMITTED');
    const noReasons = await call('POST', `/api/credit/repairs/${repair.repairId}/actions`, 'bureau', { type: 'APPROVED', payload: { reasons: '' } });
    expect([noReasons.statusCode, noReasons.json().error.details.field]).toEqual([400, 'reasons']);
    const approved = await call('POST', `/api/credit/repairs/${repair.repairId}/actions`, 'bureau', { type: 'APPROVED', payload: { reasons: '已付清欠款并作出信用承诺，符合修复条件' } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ repair: { status: 'APPROVED', decision: { isApproved: true }, availableActions: [] }, mark: { state: 'REPAIRED', repairedOn: day } });

    expect(await publicIds()).not.toContain(mark!.markId);
    const after = (await call('GET', `/api/credit/enterprises/${debtor}/data?scopes=PUBLIC_CREDIT_MARKS`, 'bank')).json();
    expect(after.scopes[0].records.length).toBe(1);
    expect((await myMark(mark!.markId)).repair).toMatchObject({ canApply: false, reason: { zh: '已经修复' } });
    const audit = await getDb().query<{ type: string }>('SELECT type FROM audit_events WHERE subject = $1 ORDER BY seq', [mark!.markId]);
    expect(audit.map((a) => a.type)).toEqual(['CREDIT_MARK_RECORDED', 'CREDIT_MARK_PUBLICATION_ENDED']);
  });

  it('stops publishing a mark after the last day of its longest period; nothing is left to repair', async () => {
    at(found);
    const made = (await record(await arrearsFinding('period-end'), true, '金额巨大，社会影响恶劣')).json();
    at(end);
    expect(await publicIds()).toContain(made.markId);
    const dayAfter = addDays(end as PlainDate, 1);
    at(dayAfter);
    expect(await publicIds()).not.toContain(made.markId);
    expect((await myMark(made.markId)).state).toBe('PUBLICATION_ENDED');
    const late = await call('POST', '/api/credit/repairs', 'firm-debtor', { markId: made.markId, measures: ['CREDIT_COMMITMENT'], evidence: '已纠正' });
    expect([late.statusCode, late.json().error.code]).toEqual([422, 'CREDIT_REPAIR_PUBLICATION_ENDED']);
  });

  it('records a penalty decided after an inspection that opened a case, never for a first minor violation (深圳条例 第六十九条)', async () => {
    at(found);
    const code = (await call('GET', '/api/inspections/my/code', 'enterprise')).json().code;
    const item = (await call('POST', '/api/inspections/items', 'dept-miit', { name: '信用测试检查事项', legalBasis: [ART_68], method: 'ON_SITE', annualCapPerEnterprise: 5 })).json();
    await call('POST', `/api/inspections/items/${item.id}/publish`, 'dept-miit');
    for (const id of ['r-c1', 'r-c2']) await call('PUT', `/api/inspections/inspectors/${id}`, 'dept-miit', { name: `检查员${id}`, certificateNo: `粤执-${id}`, conflicts: [] });
    const visitWith = async (result: object) => {
      const v = await call('POST', '/api/inspections/visits', 'dept-miit', { enterpriseCode: code, inspectorIds: ['r-c1', 'r-c2'], emergency: { itemIds: [item.id], reason: '群众举报' } });
      expect(v.statusCode, v.body).toBe(201);
      const r = await call('POST', `/api/inspections/visits/${v.json().visitId}/result`, 'dept-miit', { inspectedOn: found, ...result });
      expect(r.statusCode, r.body).toBe(201);
      return v.json().visitId as string;
    };
    const penalty = (visitId: string, who = 'dept-miit') => call('POST', '/api/credit/marks/from-inspection', who, { visitId, decisionNumber: '深工信罚〔2026〕7号', decidedOn: found, penalty: '罚款五千元' });

    const minor = await visitWith({ outcome: 'CASE_OPENED', summary: '首次未悬挂许可证，已当场改正', finding: { entryId: 'miit-license-display', correctedInTime: true, harmfulConsequence: false } });
    expect((await penalty(minor)).json().error.code).toBe('CREDIT_MARK_MINOR_VIOLATION');
    const rectify = await visitWith({ outcome: 'ORDERED_TO_RECTIFY', summary: '责令整改' });
    expect((await penalty(rectify)).json().error.code).toBe('CREDIT_MARK_RESULT_NOT_CASE_OPENED');
    const opened = await visitWith({ outcome: 'CASE_OPENED', summary: '无证经营，立案查处' });
    expect((await penalty(opened, 'dept-futian')).statusCode).toBe(403);
    const made = await penalty(opened);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'ADMINISTRATIVE_PENALTY', uscc: DEMO_ENTERPRISE_USCC, isPublic: true, state: 'PUBLISHED', finding: '深工信罚〔2026〕7号：罚款五千元', publicationBasis: expect.arrayContaining([{ citation: '第四十八条第一款', lawTitle: expect.stringContaining('行政处罚法') }]) });
    expect(await publicIds()).toContain(made.json().markId);

    // 异议 (社会信用条例 第四十八—五十一条): the enterprise objects; only the department that provided the record decides, within two working days
    const markId = made.json().markId as string;
    const noText = await call('POST', '/api/credit/objections', 'enterprise', { markId, ground: 'ERROR_OR_OMISSION', explanation: ' ' });
    expect([noText.statusCode, noText.json().error.details.field]).toEqual([400, 'explanation']);
    expect((await call('POST', '/api/credit/objections', 'firm-other', { markId, ground: 'ERROR_OR_OMISSION', explanation: '不是本企业' })).statusCode).toBe(404);
    const filed = await call('POST', '/api/credit/objections', 'enterprise', { markId, ground: 'ERROR_OR_OMISSION', explanation: '处罚决定书文号应为深工信罚〔2026〕8号，附决定书复印件' });
    expect(filed.statusCode, filed.body).toBe(201);
    const o = filed.json();
    expect(o).toMatchObject({ status: 'SUBMITTED', statusLabel: { zh: '已受理，正在处理' }, groundLabel: { zh: '信息存在错误或者遗漏' }, canDecide: false, basis: expect.arrayContaining([{ citation: '第五十一条第三款', lawTitle: expect.stringContaining('社会信用条例') }]) });
    expect(o.decisionDue > found).toBe(true);
    expect((await call('POST', '/api/credit/objections', 'enterprise', { markId, ground: 'OTHER_UNLAWFUL', explanation: '再次提出' })).json().error.code).toBe('CREDIT_OBJECTION_OPEN');
    expect((await call('GET', `/api/credit/objections/${o.objectionId}`, 'dept-futian')).statusCode).toBe(404);
    expect((await call('POST', `/api/credit/objections/${o.objectionId}/decision`, 'bureau', { decision: 'DISMISS', reasons: '不成立' })).statusCode).toBe(403);
    expect((await call('GET', '/api/credit/objections', 'dept-miit')).json().items).toEqual([expect.objectContaining({ objectionId: o.objectionId, canDecide: true })]);
    const noReason = await call('POST', `/api/credit/objections/${o.objectionId}/decision`, 'dept-miit', { decision: 'UPHOLD', handling: 'CORRECTED', reasons: '' });
    expect([noReason.statusCode, noReason.json().error.details.field]).toEqual([400, 'reasons']);
    const noCorrection = await call('POST', `/api/credit/objections/${o.objectionId}/decision`, 'dept-miit', { decision: 'UPHOLD', handling: 'CORRECTED', reasons: '核对决定书，文号录入错误，予以更正' });
    expect([noCorrection.statusCode, noCorrection.json().error.code, noCorrection.json().error.details.field]).toEqual([400, 'CREDIT_OBJECTION_CORRECTION_REQUIRED', 'correction']);
    const decided = await call('POST', `/api/credit/objections/${o.objectionId}/decision`, 'dept-miit', { decision: 'UPHOLD', handling: 'CORRECTED', reasons: '核对决定书，文号录入错误，予以更正', correction: { finding: '深工信罚〔2026〕8号：罚款五千元' } });
    expect(decided.statusCode, decided.body).toBe(200);
    // 更正 takes effect on the mark: a new version, the first kept
    const corrected = (await call('GET', `/api/credit/marks/${markId}`, 'enterprise')).json();
    expect(corrected).toMatchObject({ finding: '深工信罚〔2026〕8号：罚款五千元', version: 2, state: 'PUBLISHED', objectionFlag: null });
    expect(corrected.versions.map((v: { finding: string; isCurrent: boolean }) => [v.finding, v.isCurrent])).toEqual([['深工信罚〔2026〕7号：罚款五千元', false], ['深工信罚〔2026〕8号：罚款五千元', true]]);
    expect(decided.json()).toMatchObject({ status: 'UPHELD', decision: { handlingLabel: { zh: '予以更正' }, reasons: '核对决定书，文号录入错误，予以更正' }, canDecide: false });
    expect((await call('POST', `/api/credit/objections/${o.objectionId}/decision`, 'dept-miit', { decision: 'DISMISS', reasons: '再次处理' })).json().error.code).toBe('CREDIT_OBJECTION_ACTION_NOT_ALLOWED');
    expect((await call('GET', '/api/credit/objections', 'enterprise')).json().items[0]).toMatchObject({ objectionId: o.objectionId, status: 'UPHELD' });
  });

  it('carries out the objection decision on the mark: 停止公开 at once, 更正 as a new version, 补充 shown with the mark, dismissal changes nothing; flagged while open (第五十、五十一条)', async () => {
    at(found);
    const mark = async (key: string, name = '深圳市甲测试集团有限公司') => {
      const made = await record(await arrearsFinding(`objection-${key}`), true, `情节严重（${key}）`);
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json().subjectName).toBe(name);
      return made.json() as { markId: string; finding: string };
    };
    const object = async (markId: string) => {
      const r = await call('POST', '/api/credit/objections', 'firm-debtor', { markId, ground: 'ERROR_OR_OMISSION', explanation: '认定所依据的事实有误，附付款凭证' });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().objectionId as string;
    };
    const decide = (objectionId: string, body: object) => call('POST', `/api/credit/objections/${objectionId}/decision`, 'bureau', body);
    const publicMark = async (markId: string) => (await call('GET', '/api/credit/public-marks?limit=200')).json().items.find((m: { markId: string }) => m.markId === markId) as Record<string, any> | undefined;
    const consent = await call('POST', '/api/credit/consents', 'firm-debtor', { institutionId: 'bank-demo', scopes: [{ scope: 'PUBLIC_CREDIT_MARKS', access: 'FULL' }], purpose: { kind: 'PRODUCT', productName: '经营贷', text: '授信审查（异议）' }, startDate: found, endDate: addDays(found, 29) });
    expect(consent.statusCode, consent.body).toBe(201);
    const bankRecords = async () => ((await call('GET', `/api/credit/enterprises/${debtor}/data?scopes=PUBLIC_CREDIT_MARKS`, 'bank')).json().scopes[0].records as { values: Record<string, any> }[]).map((r) => r.values);
    const changes = async (markId: string) => getDb().query<{ type: string; payload: { change: string; article: string } }>(`SELECT type, payload FROM audit_events WHERE subject = $1 AND type = 'CREDIT_MARK_CHANGED_ON_OBJECTION' ORDER BY seq`, [markId]);

    // 停止公开: flagged on the public page and in the bank's view while open, then gone from both at once
    const stop = await mark('stop');
    const stopObjection = await object(stop.markId);
    expect((await publicMark(stop.markId))!.objectionFlag).toEqual({ label: { zh: expect.stringContaining('异议处理中'), en: expect.any(String) }, article: { citation: '第五十条', lawTitle: '深圳经济特区社会信用条例' } });
    // (every arrears mark of this file has the same finding: the bank's records are told apart by what objections did)
    expect((await bankRecords()).filter((v) => v.objectionFlag).map((v) => v.objectionFlag.label.zh)).toEqual([expect.stringContaining('异议处理中')]);
    const shared = (await bankRecords()).length;
    const content = await decide(stopObjection, { decision: 'UPHOLD', handling: 'PUBLICATION_STOPPED', reasons: '已超过公开期限', supplement: '多余' });
    expect([content.statusCode, content.json().error.details.field]).toEqual([400, 'supplement']);
    expect((await decide(stopObjection, { decision: 'UPHOLD', handling: 'PUBLICATION_STOPPED', reasons: '经核查，予以停止公开' })).statusCode).toBe(200);
    expect(await publicMark(stop.markId)).toBeUndefined();
    expect((await bankRecords()).length).toBe(shared - 1);
    expect((await bankRecords()).filter((v) => v.objectionFlag)).toEqual([]);
    expect(await myMark(stop.markId)).toMatchObject({ state: 'PUBLICATION_STOPPED', stateLabel: { zh: '异议成立，已停止公开' }, objectionFlag: null, publicationStoppedAt: expect.any(String), repair: { canApply: false } });
    expect((await changes(stop.markId)).map((c) => [c.payload.change, c.payload.article])).toEqual([['PUBLICATION_STOPPED', 'cn-gd-sz/regulation/social-credit@2023-03-01#art_51__para_4__item_3']]);

    // 更正: the corrected content is the mark's new version; the old one is kept but no longer published or shared
    const fix = await mark('fix');
    const fixObjection = await object(fix.markId);
    const same = await decide(fixObjection, { decision: 'UPHOLD', handling: 'CORRECTED', reasons: '名称有误', correction: { finding: fix.finding } });
    expect([same.statusCode, same.json().error.code]).toEqual([400, 'CREDIT_OBJECTION_CORRECTION_REQUIRED']);
    const fixed = await decide(fixObjection, { decision: 'UPHOLD', handling: 'CORRECTED', reasons: '被投诉方名称录入有误，予以更正', correction: { subjectName: '深圳市甲测试集团股份有限公司', finding: '经核实逾期未付96万元，认定失信' } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect((await publicMark(fix.markId))!).toMatchObject({ subjectName: '深圳市甲测试集团股份有限公司', objectionFlag: null });
    expect((await bankRecords()).filter((v) => v.finding === '经核实逾期未付96万元，认定失信').length).toBe(1);
    const mine = await myMark(fix.markId);
    expect(mine).toMatchObject({ version: 2, finding: '经核实逾期未付96万元，认定失信', subjectName: '深圳市甲测试集团股份有限公司', state: 'PUBLISHED' });
    expect(mine.versions.map((v: { version: number; finding: string; isCurrent: boolean }) => [v.version, v.finding, v.isCurrent])).toEqual([[1, fix.finding, false], [2, '经核实逾期未付96万元，认定失信', true]]);
    expect((await changes(fix.markId)).map((c) => c.payload.article)).toEqual(['cn-gd-sz/regulation/social-credit@2023-03-01#art_51__para_4__item_1']);

    // 补充: shown with the mark, to the public, the bank and the enterprise
    const add = await mark('add');
    const addObjection = await object(add.markId);
    const empty = await decide(addObjection, { decision: 'UPHOLD', handling: 'SUPPLEMENTED', reasons: '遗漏了履行情况' });
    expect([empty.statusCode, empty.json().error.details.field]).toEqual([400, 'supplement']);
    expect((await decide(addObjection, { decision: 'UPHOLD', handling: 'SUPPLEMENTED', reasons: '遗漏了履行情况，予以补充', supplement: '被投诉方已于认定后支付部分款项' })).statusCode).toBe(200);
    const supplement = { text: '被投诉方已于认定后支付部分款项', at: expect.any(String), article: { citation: '第五十一条第四款第（二）项', lawTitle: '深圳经济特区社会信用条例' } };
    expect((await publicMark(add.markId))!.supplements).toEqual([supplement]);
    expect((await bankRecords()).filter((v) => v.supplements.length > 0).map((v) => v.supplements)).toEqual([[supplement]]);
    expect(await myMark(add.markId)).toMatchObject({ version: 1, supplements: [supplement], state: 'PUBLISHED' });
    expect((await changes(add.markId)).map((c) => c.payload.change)).toEqual(['SUPPLEMENTED']);

    // 不成立: nothing changes on the mark; the flag goes
    const keep = await mark('keep');
    const keepObjection = await object(keep.markId);
    expect((await decide(keepObjection, { decision: 'DISMISS', reasons: '经核查，记录与投诉处理结果一致' })).statusCode).toBe(200);
    expect(await publicMark(keep.markId)).toMatchObject({ subjectName: '深圳市甲测试集团有限公司', objectionFlag: null, supplements: [] });
    expect(await myMark(keep.markId)).toMatchObject({ version: 1, finding: keep.finding, state: 'PUBLISHED' });
    expect(await changes(keep.markId)).toEqual([]);
  });

  it('refuses in the database an objection or a change to a mark that does not exist (the foreign key 0918 could not declare)', async () => {
    const now = new Date().toISOString();
    await expect(getDb().query(
      `INSERT INTO credit_objections (objection_id, mark_id, uscc, status, ground, decision_due, submitted_at, updated_at, version) VALUES ('co-no-mark-0001', 'cm-no-such-mark', $1, 'SUBMITTED', 'OTHER_UNLAWFUL', NULL, $2, $2, 1)`,
      [debtor, now],
    )).rejects.toMatchObject({ code: '23503' });
  });
});
