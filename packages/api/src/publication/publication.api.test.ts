import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { listJobs, recordYearlyFigures } from '@huiqi/db';
import { fen } from '@huiqi/kernel';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';
import { rematchChanged } from './rematch-changed';
import { NOTICE_PARTITION_SIZE, notifyPublication, PUBLICATION_NOTICES_QUEUE, type NoticeJobPayload } from './notify-publication';

const draftBody = (over: Record<string, unknown> = {}) => ({
  titleZh: '小微企业研发补助', titleEn: 'R&D grant for small enterprises', summaryZh: '营业收入1000万元以下的企业', summaryEn: 'Enterprises with revenue up to 10M yuan',
  effectiveFrom: '2026-01-01', effectiveUntil: '2027-12-31', channel: 'ONLINE_APPLICATION', topics: ['RND'],
  conditions: [
    { id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= wan_yuan(1000)', cite: 'cn/law/sme-promotion#art_2' },
    { id: 'staff', labelZh: '从业人员不少于5人', labelEn: 'At least 5 employees', when: 'employees >= 5', cite: 'cn/law/sme-promotion#art_2' },
  ],
  ...over,
});

describeEachEngine('publication API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    await t.start();
  });
  afterAll(() => t.stop());

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, user?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: user ? { cookie: await t.cookie(user) } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('drafts, submits, refuses the author as publisher, and a second official publishes; the public list shows it', async () => {
    const created = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody());
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'DRAFTED', version: 1, titleZh: '小微企业研发补助' });
    expect(draft.policyKey).toMatch(/^policy-/);

    const edited = await call('PUT', `/api/publication/drafts/${draft.id}`, 'dept-miit', { ...draftBody({ titleZh: '小微企业研发补助（第二稿）' }), summaryZh: undefined });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().titleZh).toBe('小微企业研发补助（第二稿）');

    expect((await call('POST', `/api/publication/drafts/${draft.id}/submit`, 'dept-miit')).json().status).toBe('SUBMITTED_FOR_REVIEW');
    const own = await call('POST', `/api/publication/drafts/${draft.id}/publish`, 'dept-miit');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('PUBLICATION_SAME_OFFICIAL');
    // Another department's officer may not review it.
    const other = await call('POST', `/api/publication/drafts/${draft.id}/publish`, 'dept-commerce');
    expect(other.statusCode).toBe(403);

    const pub = await call('POST', `/api/publication/drafts/${draft.id}/publish`, 'bureau');
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.json().published.status).toBe('PUBLISHED');
    const again = await call('POST', `/api/publication/drafts/${draft.id}/publish`, 'bureau');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'PUBLICATION_WRONG_STATUS', details: { status: 'PUBLISHED' } });

    const detail = (await call('GET', `/api/publication/drafts/${draft.id}`, 'auditor')).json();
    expect(detail.actions.map((a: { action: string }) => a.action)).toEqual(['DRAFTED', 'EDITED', 'SUBMITTED_FOR_REVIEW', 'PUBLISHED']);

    const list = await call('GET', '/api/public/published-policies?topic=RND&date=2026-06-01');
    expect(list.statusCode).toBe(200);
    const mine = list.json().find((p: { id: string }) => p.id === draft.id);
    expect(mine).toMatchObject({ titleZh: '小微企业研发补助（第二稿）', departmentId: draft.departmentId });
    expect(mine).not.toHaveProperty('authorUserId');
    // What a visitor reads: the department and the topics by name, never their codes.
    expect(mine.department.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(mine.department.zh).not.toBe(draft.departmentId);
    expect(mine.topicNames).toContainEqual({ code: 'RND', label: { zh: '研发创新', en: 'R&D and innovation' } });
    expect((await call('GET', '/api/public/published-policies?topic=NOPE')).json().some((p: { id: string }) => p.id === draft.id)).toBe(false);
    expect((await call('GET', '/api/public/published-policies?date=2030-01-01')).json().some((p: { id: string }) => p.id === draft.id)).toBe(false);
  });

  it('refuses a condition that does not check, naming the condition and the position in both languages', async () => {
    const bad = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      conditions: [{ id: 'revenue', labelZh: '营业收入', labelEn: 'Revenue', when: 'revenue <= 1000 &&', cite: 'cn/law/sme-promotion#art_2' }],
    }));
    expect(bad.statusCode).toBe(422);
    const e = bad.json().error;
    expect(e.code).toBe('PUBLICATION_CONDITION_INVALID');
    expect(e.message.zh).toMatch(/^revenue（第 \d+ 个字符）/);
    expect(e.message.en).toMatch(/^revenue \(at \d+\)/);

    const typo = await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      conditions: [{ id: 'x', labelZh: '未知字段', labelEn: 'Unknown fact', when: 'revenu >= 1', cite: 'cn/law/sme-promotion#art_2' }],
    }));
    expect(typo.statusCode).toBe(422);
    expect(typo.json().error.message.zh).toContain('x（第 1 个字符）');
  });

  it('refuses a jurisdiction outside the author\'s, and drafting by enterprises', async () => {
    const outside = await call('POST', '/api/publication/drafts', 'dept-futian', draftBody({ jurisdiction: 'cn-gd-sz-nanshan' }));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('PUBLICATION_JURISDICTION_OUTSIDE');
    expect((await call('POST', '/api/publication/drafts', 'enterprise', draftBody())).statusCode).toBe(403);
  });

  it('amends a published policy: the new version replaces the old one on publication', async () => {
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({ policyKey: `amend-${Date.now().toString(36)}` }))).json();
    await call('POST', `/api/publication/drafts/${d.id}/submit`, 'dept-miit');
    await call('POST', `/api/publication/drafts/${d.id}/publish`, 'bureau');
    const v2 = await call('POST', `/api/publication/drafts/${d.id}/amend`, 'dept-miit');
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ policyKey: d.policyKey, version: 2, status: 'DRAFTED' });
    await call('POST', `/api/publication/drafts/${v2.json().id}/submit`, 'dept-miit');
    const pub = (await call('POST', `/api/publication/drafts/${v2.json().id}/publish`, 'bureau')).json();
    expect(pub.supersedes).toMatchObject({ id: d.id, status: 'AMENDED' });
    const listed = (await call('GET', '/api/public/published-policies')).json().filter((p: { policyKey: string }) => p.policyKey === d.policyKey);
    expect(listed.map((p: { version: number }) => p.version)).toEqual([2]);
    const w = await call('POST', `/api/publication/drafts/${v2.json().id}/withdraw`, 'bureau', { note: '政策停止执行' });
    expect(w.json().status).toBe('WITHDRAWN');
  });

  it('previews reach over the registry and a what-if with a raised revenue threshold', async () => {
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      effectiveFrom: '2026-01-01',
      conditions: [{ id: 'revenue', labelZh: '营业收入不超过5000万元', labelEn: 'Revenue at most 50M yuan', when: 'revenue <= wan_yuan(5000)', cite: 'cn/law/sme-promotion#art_2' }],
    }))).json();
    const n = (await getDb().query<{ n: number }>('SELECT count(*) AS n FROM enterprises'))[0]!.n;
    const res = await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-miit', { date: '2026-06-01', changes: [{ conditionId: 'revenue', when: 'revenue <= wan_yuan(6000)' }] });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.date).toBe('2026-06-01');
    for (const reach of [body.base, body.variant]) {
      expect(reach.total).toBe(n);
      expect(reach.eligible + reach.unknown + reach.ineligible + reach.outside).toBe(n);
      const sum = (groups: { eligible: number; unknown: number; ineligible: number; outside: number }[]) => groups.reduce((a, g) => a + g.eligible + g.unknown + g.ineligible + g.outside, 0);
      expect(sum(reach.byDistrict)).toBe(n);
      expect(sum(reach.bySection)).toBe(n);
    }
    // The demo enterprise (南山, fiscal 2025 revenue 5300万元) is out at 5000万 and in at 6000万.
    const nanshan = (r: { byDistrict: { key: string; eligible: number }[] }) => r.byDistrict.find((g) => g.key === 'cn-gd-sz-nanshan')!.eligible;
    expect(nanshan(body.variant)).toBeGreaterThan(nanshan(body.base));
    expect(body.diff.gained).toBeGreaterThanOrEqual(1);
    expect(body.diff.lost).toBe(0); // a looser threshold only adds
    expect(body.variant.eligible - body.base.eligible).toBe(body.diff.gained - body.diff.lost);

    const plain = (await call('POST', `/api/publication/drafts/${d.id}/preview`, 'auditor', {})).json();
    expect(plain).toMatchObject({ date: '2026-01-01', variant: null, diff: null });
    const bad = await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-miit', { changes: [{ conditionId: 'revenue', when: 'revenue <= ' }] });
    expect(bad.statusCode).toBe(422);
    expect((await call('POST', `/api/publication/drafts/${d.id}/preview`, 'dept-commerce', {})).statusCode).toBe(403);
  });

  it('publishing enqueues notice jobs in the same transaction; the job notifies eligible enterprises once per version', async () => {
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      titleZh: '营收6000万元以下企业扶持', effectiveFrom: '2026-01-01', effectiveUntil: null,
      conditions: [{ id: 'revenue', labelZh: '营业收入不超过6000万元', labelEn: 'Revenue at most 60M yuan', when: 'revenue <= wan_yuan(6000)', cite: 'cn/law/sme-promotion#art_2' }],
    }))).json();
    await call('POST', `/api/publication/drafts/${d.id}/submit`, 'dept-miit');
    const jobsOf = async () => (await listJobs(getDb(), PUBLICATION_NOTICES_QUEUE)).filter((j) => (j.payload as NoticeJobPayload).draftId === d.id);
    expect(await jobsOf()).toHaveLength(0);
    expect((await call('POST', `/api/publication/drafts/${d.id}/publish`, 'bureau')).statusCode).toBe(200);
    const jobs = await jobsOf();
    const n = (await getDb().query<{ n: number }>('SELECT count(*) AS n FROM enterprises'))[0]!.n;
    expect(jobs).toHaveLength(Math.ceil(n / NOTICE_PARTITION_SIZE));

    let evaluated = 0;
    let inserted = 0;
    for (const j of jobs) {
      const r = await notifyPublication(getDb(), j.payload as NoticeJobPayload, '2026-11-22');
      evaluated += r.evaluated;
      inserted += r.inserted;
    }
    expect(evaluated).toBe(n);
    expect(inserted).toBeGreaterThanOrEqual(1);
    // Idempotent: a second run of every partition inserts nothing.
    for (const j of jobs) expect((await notifyPublication(getDb(), j.payload as NoticeJobPayload, '2026-11-22')).inserted).toBe(0);
    const [{ c }] = (await getDb().query<{ c: number }>('SELECT count(*) AS c FROM policy_notices WHERE draft_id = $1', [d.id])) as [{ c: number }];
    expect(c).toBe(inserted);

    const inbox = (await call('GET', '/api/publication/inbox', 'enterprise')).json();
    const notice = inbox.notices.find((x: { draftId: string }) => x.draftId === d.id);
    expect(notice).toMatchObject({ kind: 'ELIGIBLE', titleZh: '营收6000万元以下企业扶持', readAt: null, missing: [] });
    const read = await call('POST', `/api/publication/inbox/${notice.id}/read`, 'enterprise');
    expect(read.statusCode).toBe(200);
    expect(read.json().unread).toBe(inbox.unread - 1);
    expect((await call('POST', `/api/publication/inbox/${notice.id}/read`, 'enterprise')).json().unread).toBe(inbox.unread - 1);
    expect((await call('GET', '/api/publication/inbox', 'bank')).statusCode).toBe(403);

    // Withdrawn before a job runs: the job sends nothing.
    await call('POST', `/api/publication/drafts/${d.id}/withdraw`, 'bureau', { note: '停止执行' });
    expect(await notifyPublication(getDb(), jobs[0]!.payload as NoticeJobPayload)).toMatchObject({ inserted: 0, skipped: 'WITHDRAWN' });
  });

  // Last in this file: it changes the demo enterprise's fiscal-2025 figures.
  it('re-matches enterprises whose registry figures changed and notifies only the newly eligible', async () => {
    const db = getDb();
    const d = (await call('POST', '/api/publication/drafts', 'dept-miit', draftBody({
      titleZh: '营收5000万元以下企业扶持', effectiveFrom: '2026-01-01', effectiveUntil: null,
      conditions: [{ id: 'revenue', labelZh: '营业收入不超过5000万元', labelEn: 'Revenue at most 50M yuan', when: 'revenue <= wan_yuan(5000)', cite: 'cn/law/sme-promotion#art_2' }],
    }))).json();
    await call('POST', `/api/publication/drafts/${d.id}/submit`, 'dept-miit');
    await call('POST', `/api/publication/drafts/${d.id}/publish`, 'bureau');
    for (const j of (await listJobs(db, PUBLICATION_NOTICES_QUEUE)).filter((x) => (x.payload as NoticeJobPayload).draftId === d.id)) {
      await notifyPublication(db, j.payload as NoticeJobPayload, '2026-11-22');
    }
    const noticeOf = async () => (await db.query('SELECT kind FROM policy_notices WHERE draft_id = $1 AND uscc = $2', [d.id, DEMO_ENTERPRISE_USCC]))[0];
    expect(await noticeOf()).toBeUndefined(); // 5300万元 in fiscal 2025

    const n = (await db.query<{ n: number }>('SELECT count(*) AS n FROM enterprises'))[0]!.n;
    const first = await rematchChanged(db, '2026-11-22', 100000);
    expect(first.enterprises).toBe(n); // never matched before: everyone gets a watermark
    expect(first.inserted).toBe(0); // the notice jobs already covered every published policy
    expect((await rematchChanged(db, '2026-11-22')).enterprises).toBe(0);

    const changed = await db.transaction((tx) => recordYearlyFigures(tx, DEMO_ENTERPRISE_USCC, 2025, {
      employees: 85, revenueFen: fen(4900 * 10000 * 100), totalAssetsFen: fen(4000 * 10000 * 100), rdExpenseFen: fen(355 * 10000 * 100), mainBusinessRevenueFen: fen(4800 * 10000 * 100),
    }, null));
    expect(changed.status).not.toBe('NOT_FOUND');
    const second = await rematchChanged(db, '2026-11-22');
    expect(second.enterprises).toBe(1);
    expect(second.inserted).toBeGreaterThanOrEqual(1);
    expect(await noticeOf()).toEqual({ kind: 'ELIGIBLE' });
    expect((await rematchChanged(db, '2026-11-22')).enterprises).toBe(0);
  });
});
