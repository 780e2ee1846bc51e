import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, createUser, DEMO_PASSWORD } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { multipartFile, PDF_BYTES } from '../appeals/appeals-test-helpers';
import { setConsultationClock } from './consultation-clock';
import { sweepConsultationPeriods } from './sweep-consultation-periods';

const WORK = 'cn-gd-sz/regulation/sme-promotion';
const opening = (over: Record<string, unknown> = {}) => ({
  draft: { kind: 'REGULATION', workId: WORK, versionId: '2025-01-23' },
  title: '关于公开征求《深圳经济特区中小企业发展促进条例（征求意见稿）》意见的通告', issuingBody: '深圳市司法局',
  contact: { name: null, phone: null, email: 'law@example.gov.cn', address: null },
  startDate: '2026-06-01', endDate: '2026-07-03', explanatoryNote: '起草说明', isIdentityPublished: true, shortPeriodReason: null, ...over,
});
const at = (iso: string) => setConsultationClock(() => new Date(iso));

/** A stand-in for the messaging platform's SMS gateway: records what it was asked to send. */
function startGateway(): Promise<{ server: Server; url: string; sent: { to: string; text: string }[] }> {
  const sent: { to: string; text: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      sent.push(JSON.parse(body) as { to: string; text: string });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: `m-${sent.length}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`, sent })));
}

describeEachEngine('consultation API', (getDb) => {
  const t = createTestApi(getDb);
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who: string | null, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, payload, headers: { ...headers, ...(who ? { cookie: await t.cookie(who) } : {}) } });

  beforeAll(async () => {
    await t.start();
    const uscc = fakeUscc();
    await getDb().transaction(async (tx) => {
      await createEnterprise(tx, uscc, profileFixture({ name: '深圳市乙测试制造有限公司' }), null);
      await createUser(tx, { username: 'firm-b', displayName: '乙企业（测试）', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz', uscc, password: DEMO_PASSWORD, isDemo: true }, null);
    });
    gateway = await startGateway();
    process.env.HUIQI_SMS_GATEWAY_URL = gateway.url;
  });
  afterAll(async () => {
    setConsultationClock(null);
    delete process.env.HUIQI_SMS_GATEWAY_URL;
    gateway?.server.close();
    await t.stop();
  });

  it('opens a consultation only for officers, with the period checked against the minimum and the calendar', async () => {
    at('2026-05-20T02:00:00Z');
    expect((await call('POST', '/api/consultations', 'enterprise', opening())).statusCode).toBe(403);
    const short = await call('POST', '/api/consultations', 'bureau', opening({ endDate: '2026-06-18' }));
    expect([short.statusCode, short.json().error.code], short.body).toEqual([422, 'CONSULTATION_PERIOD_TOO_SHORT']);
    expect(short.json().error.message.zh).toContain('少于 30 日');
    const holiday = await call('POST', '/api/consultations', 'bureau', opening({ endDate: '2026-10-01' }));
    expect([holiday.statusCode, holiday.json().error.details.suggestion]).toEqual([422, '2026-10-08']);
    expect((await call('POST', '/api/consultations', 'bureau', opening({ draft: { kind: 'REGULATION', workId: WORK, versionId: '1999-01-01' } }))).json().error.code).toBe('CONSULTATION_DRAFT_NOT_FOUND');
    const ok = await call('POST', '/api/consultations', 'bureau', opening({ endDate: '2026-06-18', shortPeriodReason: '上位法已修改，须尽快施行' }));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'OPEN', periodDays: 17, minimumDays: 30, shortPeriodReason: '上位法已修改，须尽快施行', isOwner: true });
  });

  it('runs a consultation from comments to the published feedback report', async () => {
    at('2026-05-25T02:00:00Z');
    const opened = await call('POST', '/api/consultations', 'bureau', opening());
    const id = opened.json().consultationId as string;
    const url = `/api/consultations/${id}`;

    // before the start
    expect((await call('POST', `${url}/comments`, 'enterprise', { targetEid: null, text: '太早' })).json().error.code).toBe('CONSULTATION_NOT_YET_OPEN');
    at('2026-06-10T02:00:00Z');
    const a = await call('POST', `${url}/comments`, 'enterprise', { targetEid: 'art_71__para_1', text: '<script>alert(1)</script>建议明确反馈期限', proposedWording: '应当在三十日内反馈' });
    expect(a.statusCode).toBe(201);
    expect(a.json().consultation.comments[0]).toMatchObject({ citation: '第七十一条第一款', articleEid: 'art_71', isMine: true, canChange: true });
    const b = await call('POST', `${url}/comments`, 'firm-b', { targetEid: null, text: '总体赞成' });
    const spam = await call('POST', `${url}/comments`, 'firm-b', { targetEid: 'art_3', text: '广告：代办补贴' });
    expect((await call('POST', `${url}/comments`, 'enterprise', { targetEid: 'art_999', text: '不存在的条' })).json().error.code).toBe('CONSULTATION_ARTICLE_NOT_IN_VERSION');
    expect((await call('POST', `${url}/comments`, 'enterprise', { targetEid: null, text: '  ' })).json().error.code).toBe('CONSULTATION_COMMENT_EMPTY');
    const long = await call('POST', `${url}/comments`, 'enterprise', { targetEid: null, text: '长'.repeat(5001) });
    expect([long.statusCode, long.json().error.details.limit]).toEqual([400, 5000]);
    expect((await call('POST', `${url}/comments`, null, { targetEid: null, text: '匿名' })).json().error.code).toBe('CONSULTATION_COMMENTER_REQUIRED');
    expect((await call('POST', `${url}/comments`, 'auditor', { targetEid: null, text: '审计' })).statusCode).toBe(403);

    // a member of the public verifies a mobile number through the SMS gateway
    const req = await call('POST', '/api/consultation-contacts', null, { channel: 'SMS', address: '138 0000 0001', displayName: '张先生' });
    expect(req.statusCode).toBe(201);
    expect(req.json().demoCode).toBeUndefined();
    const sms = gateway.sent.at(-1)!;
    expect(sms.to).toBe('13800000001');
    const code = /(\d{6})/.exec(sms.text)![1]!;
    const wrong = await call('POST', `/api/consultation-contacts/${req.json().contactId}/verify`, null, { code: code === '000000' ? '111111' : '000000' });
    expect([wrong.statusCode, wrong.json().error.details.attemptsLeft]).toEqual([400, 4]);
    const token = (await call('POST', `/api/consultation-contacts/${req.json().contactId}/verify`, null, { code })).json().token as string;
    const pub = await call('POST', `${url}/comments`, null, { targetEid: 'art_71', text: '建议公开反馈' }, { 'x-consultation-contact': token });
    expect(pub.statusCode).toBe(201);
    const pubId = pub.json().commentId as string;

    // edits by the author only; moderation by the owning department only
    expect((await call('PUT', `${url}/comments/${pubId}`, 'enterprise', { targetEid: null, text: '冒改' })).statusCode).toBe(403);
    expect((await call('POST', `${url}/comments/${spam.json().commentId}/hide`, 'dept-miit', { reason: '广告' })).statusCode).toBe(403);
    expect((await call('POST', `${url}/comments/${spam.json().commentId}/hide`, 'bureau', { reason: '与征求意见无关的广告' })).statusCode).toBe(200);
    const publicView = (await call('GET', url, null)).json();
    const hidden = publicView.comments.find((x: { commentId: string }) => x.commentId === spam.json().commentId);
    expect(hidden).toMatchObject({ text: null, hidden: { reason: '与征求意见无关的广告' } });
    expect(publicView.heat).toEqual(expect.arrayContaining([{ articleEid: 'art_71', count: 2 }]));
    expect((await call('GET', `${url}/report`, null)).json().error.code).toBe('CONSULTATION_REPORT_NOT_PUBLISHED');

    // after the deadline nothing can be added; the owner ends the period and answers every opinion
    at('2026-07-04T01:00:00Z');
    const late = await call('POST', `${url}/comments`, 'enterprise', { targetEid: null, text: '迟到' });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'CONSULTATION_DEADLINE_PASSED']);
    expect((await call('POST', `${url}/end-period`, 'bureau')).json().status).toBe('PROCESSING');
    const early = await call('POST', `${url}/publish`, 'bureau');
    expect([early.statusCode, early.json().error.details.count]).toEqual([409, 3]);
    await call('POST', `${url}/comments/${a.json().commentId}/answer`, 'bureau', { outcome: 'ADOPTED', reason: '已在第七十一条增加反馈期限' });
    await call('POST', `${url}/comments/${b.json().commentId}/answer`, 'bureau', { outcome: 'OUT_OF_SCOPE', reason: '总体评价，无具体修改建议' });
    await call('POST', `${url}/comments/${pubId}/answer`, 'bureau', { outcome: 'PARTLY_ADOPTED', reason: '反馈方式由起草部门确定' });
    const draft = readFileSync(new URL('../../../../law/cn-gd-sz/regulation/sme-promotion/versions/2025-01-23.zh.txt', import.meta.url), 'utf8');
    const revisedText = draft.replace('并对意见采纳情况予以反馈。', '并在征求意见结束后三十日内公开反馈意见采纳情况。');
    expect(revisedText).not.toBe(draft);
    const revised = await call('POST', `${url}/revised-draft`, 'bureau', { text: revisedText });
    expect(revised.statusCode, revised.body).toBe(200);
    expect((await call('POST', `${url}/publish`, 'bureau')).json().status).toBe('CLOSED');

    const report = (await call('GET', `${url}/report`, null)).json();
    expect(report.totals).toEqual({ received: 4, hidden: 1, opinions: 3, outcomes: { ADOPTED: 1, PARTLY_ADOPTED: 1, NOT_ADOPTED: 0, OUT_OF_SCOPE: 1 } });
    const art71 = report.chapters.flatMap((c: { articles: { eid: string }[] }) => c.articles).find((x: { eid: string }) => x.eid === 'art_71');
    expect(art71).toMatchObject({ received: 2, opinions: 2 });
    const changed71 = report.comparison.find((p: { new: { num: string } | null }) => p.new?.num === '第七十一条');
    expect(changed71.commentIds.sort()).toEqual([a.json().commentId, pubId].sort());
    const html = (await call('GET', `${url}/report.html`, null)).body;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('采纳情况反馈');
    const pdf = await call('GET', `${url}/report.pdf`, null);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000); // the whole procedure plus a Chromium print: over 30 s on a loaded machine

  it('ends the comment period of past consultations once, from the day after the last day', async () => {
    at('2026-05-25T02:00:00Z');
    const id = (await call('POST', '/api/consultations', 'bureau', opening())).json().consultationId as string;
    const status = async () => (await call('GET', `/api/consultations/${id}`, null)).json().status as string;
    await sweepConsultationPeriods(getDb(), new Date('2026-07-03T15:00:00Z')); // 23:00 on the last day
    expect(await status()).toBe('OPEN');
    expect(await sweepConsultationPeriods(getDb(), new Date('2026-07-03T16:30:00Z'))).toBeGreaterThanOrEqual(1); // 00:30 the day after
    expect(await status()).toBe('PROCESSING');
    expect(await sweepConsultationPeriods(getDb(), new Date('2026-07-03T16:45:00Z'))).toBe(0);
  });

  it('takes an attachment recognised by content, only from its uploader, and serves it as a download', async () => {
    at('2026-05-25T02:00:00Z');
    const id = (await call('POST', '/api/consultations', 'bureau', opening())).json().consultationId as string;
    at('2026-06-12T02:00:00Z');
    const upload = async (who: string, file: ReturnType<typeof multipartFile>) => t.app.inject({ method: 'POST', url: `/api/consultations/${id}/attachments`, payload: file.payload, headers: { ...file.headers, cookie: await t.cookie(who) } });
    const fake = await upload('enterprise', multipartFile('x.pdf', new Uint8Array(Buffer.from('<html><script>alert(1)</script></html>')), 'application/pdf'));
    expect([fake.statusCode, fake.json().error.code]).toEqual([415, 'CONSULTATION_ATTACHMENT_TYPE']);
    const ok = await upload('enterprise', multipartFile('意见说明<1>.pdf', PDF_BYTES));
    expect(ok.statusCode).toBe(201);
    const attachmentId = ok.json().id as string;
    expect((await call('POST', `/api/consultations/${id}/comments`, 'firm-b', { targetEid: null, text: '借用附件', attachmentId })).json().error.details.field).toBe('attachmentId');
    const c = await call('POST', `/api/consultations/${id}/comments`, 'enterprise', { targetEid: null, text: '详见附件', attachmentId });
    expect(c.json().consultation.comments.find((x: { isMine: boolean }) => x.isMine).attachment).toEqual({ id: attachmentId, name: '意见说明1.pdf', mediaType: 'application/pdf', bytes: PDF_BYTES.byteLength });
    const file = await call('GET', `/api/consultations/${id}/attachments/${attachmentId}`, 'bureau');
    expect([file.statusCode, file.headers['x-content-type-options'], String(file.headers['content-disposition']).startsWith('attachment')]).toEqual([200, 'nosniff', true]);
    expect((await call('GET', `/api/consultations/${id}/attachments/${attachmentId}`, 'firm-b')).statusCode).toBe(404);
  });

  it('throttles comments per account with a clear message and Retry-After', async () => {
    at('2026-05-25T02:00:00Z');
    const id = (await call('POST', '/api/consultations', 'bureau', opening())).json().consultationId as string;
    at('2026-06-15T02:00:00Z');
    for (let i = 0; i < 10; i++) {
      const res = await call('POST', `/api/consultations/${id}/comments`, 'firm-b', { targetEid: null, text: `第 ${i} 条意见` });
      expect(res.statusCode, res.body).toBe(201);
    }
    const over = await call('POST', `/api/consultations/${id}/comments`, 'firm-b', { targetEid: null, text: '第十一条' });
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBe('3600');
    expect(over.json().error.message.zh).toContain('每小时最多提交 10 条意见');
    at('2026-06-15T03:00:01Z');
    expect((await call('POST', `/api/consultations/${id}/comments`, 'firm-b', { targetEid: null, text: '一小时后' })).statusCode).toBe(201);
  });
});
