import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  claimDueDeliveries, createEnterprise, createPolicyDraft, dispatchNotices, editPolicyDraft, ensureJurisdiction, getPolicyDraft, insertNotices,
  listNotices, publishPolicyDraft, saveSubscription, submitPolicyDraft, type Database, type PolicyDraftContent,
} from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { setConsultationClock } from './consultation-clock';
import { CONSULTATION_NOTICES_QUEUE } from './consultation-notice-jobs';
import { notifyConsultation } from './notify-consultation';

const WORK = 'cn-gd-sz/regulation/sme-promotion';
const opening = (over: Record<string, unknown> = {}) => ({
  draft: { kind: 'REGULATION', workId: WORK, versionId: '2025-01-23' },
  title: '关于公开征求《深圳经济特区中小企业发展促进条例（征求意见稿）》意见的通告', issuingBody: '深圳市司法局',
  contact: { name: null, phone: '0755-88888888', email: null, address: null },
  startDate: '2026-06-01', endDate: '2026-07-03', explanatoryNote: '起草说明', isIdentityPublished: false, shortPeriodReason: null, ...over,
});
const at = (iso: string) => setConsultationClock(() => new Date(iso));
const wholeRegistry = (consultationId: string) => ({ consultationId, from: '', to: '', partition: 0, partitions: 1 });

async function userOf(db: Database, username: string): Promise<{ id: string; departmentId: string; jurisdiction: string }> {
  const [u] = await db.query<{ id: string; department_id: string; jurisdiction: string }>('SELECT id, department_id, jurisdiction FROM users WHERE username = $1', [username]);
  return { id: u!.id, departmentId: u!.department_id, jurisdiction: u!.jurisdiction };
}

const policyContent = (miit: { departmentId: string; jurisdiction: string }, cite: string): PolicyDraftContent => ({
  titleZh: '中小企业数字化转型补贴', titleEn: 'SME digitalisation grant', summaryZh: '支持中小企业数字化转型。', summaryEn: 'Supports digitalisation.',
  departmentId: miit.departmentId, jurisdiction: miit.jurisdiction, effectiveFrom: '2026-01-01', effectiveUntil: '2027-12-31', channel: 'ONLINE_APPLICATION', topics: ['DIGITAL'],
  conditions: [
    { id: 'revenue', labelZh: '营业收入不超过1亿元', labelEn: 'Revenue at most 100M yuan', when: 'revenue <= wan_yuan(10000)', cite },
    { id: 'staff', labelZh: '从业人员不少于10人', labelEn: 'At least 10 employees', when: 'employees >= 10', cite },
  ],
});

describeEachEngine('consultation notices and console policies', (getDb) => {
  const t = createTestApi(getDb);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, who: string | null, payload?: object) =>
    t.app.inject({ method, url, payload, headers: who ? { cookie: await t.cookie(who) } : {} });
  let inShenzhen: string;
  let matchedElsewhere: string;
  let unrelated: string;

  beforeAll(async () => {
    await t.start();
    const db = getDb();
    const miit = await userOf(db, 'dept-miit');
    const bureau = await userOf(db, 'bureau');
    [inShenzhen, matchedElsewhere, unrelated] = [fakeUscc(), fakeUscc(), fakeUscc()];
    await db.transaction(async (tx) => {
      await ensureJurisdiction(tx, { id: 'cn-gd-gz', parentId: 'cn-gd', name: { zh: '广州市', en: 'Guangzhou' } }, null);
      await createEnterprise(tx, inShenzhen, profileFixture({ name: '深圳市征求意见通知测试有限公司' }), null);
      await createEnterprise(tx, matchedElsewhere, profileFixture({ name: '广州市已匹配测试有限公司', district: 'cn-gd-gz' }), null);
      await createEnterprise(tx, unrelated, profileFixture({ name: '广州市无关测试有限公司', district: 'cn-gd-gz' }), null);
      await saveSubscription(tx, inShenzhen, { topics: [], quietHours: null, channels: [{ channel: 'SMS', address: '13900000016' }] }, null);
    });
    // A published console policy citing 第七十一条 of the draft matched the Guangzhou enterprise.
    const created = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: `cs-notice-${Date.now().toString(36)}`, ...policyContent(miit, `${WORK}@2025-01-23#art_71`) }, miit.id));
    if (!created.ok) throw new Error(created.reason);
    await db.transaction((tx) => submitPolicyDraft(tx, created.value.id, miit.id));
    await db.transaction((tx) => publishPolicyDraft(tx, created.value.id, bureau.id));
    await db.transaction((tx) => insertNotices(tx, created.value.id, [{ uscc: matchedElsewhere, kind: 'ELIGIBLE', missing: [] }]));
  });
  afterAll(async () => {
    setConsultationClock(null);
    await t.stop();
  });

  it('opening notifies the related enterprises once, in the inbox and through their subscribed channels', async () => {
    const db = getDb();
    at('2026-05-20T02:00:00Z');
    const opened = await call('POST', '/api/consultations', 'bureau', opening());
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().consultationId as string;
    const jobs = await db.query<{ n: number | string }>("SELECT count(*) AS n FROM jobs WHERE queue = $1 AND payload->>'consultationId' = $2", [CONSULTATION_NOTICES_QUEUE, id]);
    expect(Number(jobs[0]!.n)).toBeGreaterThanOrEqual(1);

    const first = await notifyConsultation(db, wholeRegistry(id), new Date('2026-05-20T03:00:00Z'));
    expect(first.skipped).toBeNull();
    expect(first.inserted).toBeGreaterThanOrEqual(2);
    expect(await notifyConsultation(db, wholeRegistry(id), new Date('2026-05-20T03:05:00Z'))).toEqual({ inserted: 0, skipped: null });
    const noticeOf = async (uscc: string) => (await listNotices(db, uscc)).find((n) => n.consultationId === id);
    expect(await noticeOf(inShenzhen)).toMatchObject({ kind: 'CONSULTATION_OPENED', draftId: null, titleZh: opening().title, readAt: null });
    expect(await noticeOf(matchedElsewhere)).toMatchObject({ kind: 'CONSULTATION_OPENED' });
    expect(await noticeOf(unrelated)).toBeUndefined();

    // the demo enterprise (registered in Shenzhen) reads it in its inbox, linked to the consultation
    const inbox = (await call('GET', '/api/publication/inbox', 'enterprise')).json();
    expect(inbox.notices.find((n: { consultationId: string | null }) => n.consultationId === id)).toMatchObject({ kind: 'CONSULTATION_OPENED', policyKey: null });
    const detail = (await call('GET', `/api/consultations/${id}`, 'bureau')).json();
    expect(detail.notifiedEnterprises).toBe(first.inserted);
    expect((await call('GET', `/api/consultations/${id}`, null)).json().notifiedEnterprises).toBeNull();

    // the delivery outbox takes it like any notice: one SMS row for the subscribed channel, claimed with the consultation
    const now = new Date('2026-05-20T04:00:00Z');
    await dispatchNotices(db, { enabledChannels: ['SMS'], now, settleMs: 0 });
    const [row] = await db.query<{ status: string; channel: string }>('SELECT x.status, x.channel FROM notice_deliveries x JOIN policy_notices n ON n.id = x.notice_id WHERE n.consultation_id = $1 AND x.uscc = $2', [id, inShenzhen]);
    expect(row).toEqual({ status: 'PENDING', channel: 'SMS' });
    const claimed = (await claimDueDeliveries(db, { limit: 1000, leaseMs: 60_000, now })).find((c) => c.uscc === inShenzhen && c.kind === 'CONSULTATION_OPENED');
    expect(claimed).toMatchObject({ titleZh: opening().title, policyKey: null, consultation: { id, endDate: '2026-07-03' } });
  });

  it('sends nothing when the officer chose not to notify, or once the period is over', async () => {
    const db = getDb();
    at('2026-05-21T02:00:00Z');
    const quiet = (await call('POST', '/api/consultations', 'bureau', opening({ notifyEnterprises: false }))).json().consultationId as string;
    const jobs = await db.query<{ n: number | string }>("SELECT count(*) AS n FROM jobs WHERE payload->>'consultationId' = $1", [quiet]);
    expect(Number(jobs[0]!.n)).toBe(0);
    expect(await notifyConsultation(db, wholeRegistry(quiet))).toEqual({ inserted: 0, skipped: 'NOT_REQUESTED' });
    const late = (await call('POST', '/api/consultations', 'bureau', opening())).json().consultationId as string;
    expect(await notifyConsultation(db, wholeRegistry(late), new Date('2026-07-03T16:30:00Z'))).toEqual({ inserted: 0, skipped: 'PERIOD_OVER' });
  });

  it('opens a consultation on a console policy of the officer\'s own department, with its text fixed at opening', async () => {
    const db = getDb();
    at('2026-05-22T02:00:00Z');
    const miit = await userOf(db, 'dept-miit');
    const created = await db.transaction((tx) => createPolicyDraft(tx, { policyKey: `cs-console-${Date.now().toString(36)}`, ...policyContent(miit, 'cn/law/sme-promotion#art_2') }, miit.id));
    if (!created.ok) throw new Error(created.reason);
    const policy = { kind: 'CONSOLE_POLICY', workId: 'ignored', versionId: created.value.id };
    const other = await call('POST', '/api/consultations', 'bureau', opening({ draft: policy }));
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await call('POST', '/api/consultations', 'dept-miit', opening({ draft: { ...policy, versionId: 'no-such-policy' } }))).json().error.code).toBe('CONSULTATION_DRAFT_NOT_FOUND');
    const opened = await call('POST', '/api/consultations', 'dept-miit', opening({ draft: policy, title: '关于征求《中小企业数字化转型补贴》意见的通知', issuingBody: '市工业和信息化局' }));
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().consultationId as string;
    expect(opened.json().draft).toMatchObject({ kind: 'CONSOLE_POLICY', versionId: created.value.id, title: '中小企业数字化转型补贴' });

    const draft = (await call('GET', `/api/consultations/${id}/draft`, null)).json();
    expect(draft.isInLawLibrary).toBe(false);
    const art2 = draft.nodes.find((n: { eid: string }) => n.eid === 'art_2');
    expect(art2.paragraphs[0].items.map((i: { eid: string; text: string }) => [i.eid, i.text])).toEqual([
      ['art_2__para_1__item_1', '营业收入不超过1亿元（依据：cn/law/sme-promotion#art_2）；'],
      ['art_2__para_1__item_2', '从业人员不少于10人（依据：cn/law/sme-promotion#art_2）。'],
    ]);

    at('2026-06-02T02:00:00Z');
    const c = await call('POST', `/api/consultations/${id}/comments`, 'enterprise', { targetEid: 'art_2__para_1__item_2', text: '建议将从业人员门槛降至5人' });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().consultation.comments[0]).toMatchObject({ citation: '第二条第一款第（二）项', articleEid: 'art_2' });
    expect((await call('POST', `/api/consultations/${id}/comments`, 'enterprise', { targetEid: 'art_9', text: '不存在' })).json().error.code).toBe('CONSULTATION_ARTICLE_NOT_IN_VERSION');

    // the officer edits the policy afterwards: the consultation keeps the text it opened on
    const current = (await getPolicyDraft(db, created.value.id))!;
    const { id: _id, policyKey: _k, version: _v, status: _s, authorUserId: _a, publishedByUserId: _p, publishedAt: _pa, createdAt: _c, updatedAt: _u, ...content } = current;
    const edited = await db.transaction((tx) => editPolicyDraft(tx, created.value.id, { ...content, conditions: content.conditions.slice(0, 1) }, miit.id));
    expect(edited.ok).toBe(true);
    const again = (await call('GET', `/api/consultations/${id}/draft`, null)).json();
    expect(again.nodes.find((n: { eid: string }) => n.eid === 'art_2').paragraphs[0].items).toHaveLength(2);
  });
});
