import { plainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { applyConsultationAction } from './apply-consultation-action';
import { foldConsultation } from './fold-consultation';
import { groupOpinions } from './group-opinions';
import { act, actors, comment, openedPayload, play, testContext } from './testing/consultation-factory';

const ctx = testContext();
const OPEN_AT = '2025-01-23T09:00:00+08:00';
const opened = () => play([act('OPENED', actors.officer, OPEN_AT, openedPayload())]);
const refusal = (log: Parameters<typeof applyConsultationAction>[0], input: Parameters<typeof applyConsultationAction>[1], c = ctx) => {
  const r = applyConsultationAction(log, input, c);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('opening a consultation', () => {
  it('records the period and the configured minimum (seed 000: 2025-01-23 to 2025-02-26, 34 days)', () => {
    const c = foldConsultation(opened());
    expect(c.status).toBe('OPEN');
    expect([c.periodDays, c.minimumDays]).toEqual([34, 30]);
  });

  it('counts the minimum with the period module: 30 days from 2025-01-23 end on Sat 2025-02-22, so the earliest end is Mon 2025-02-24 (民法典 Arts. 201, 203)', () => {
    const c = foldConsultation(play([act('OPENED', actors.officer, OPEN_AT, openedPayload({ endDate: plainDate('2025-02-24') }))]));
    expect([c.periodDays, c.earliestEndDate, c.isMinimumUnverified, c.shortPeriodReason]).toEqual([32, '2025-02-24', true, null]);
    const e = refusal([], act('OPENED', actors.officer, OPEN_AT, openedPayload({ endDate: plainDate('2025-02-21') })));
    expect([e.code, e.details.earliestEndDate, e.details.isMinimumUnverified]).toEqual(['PERIOD_TOO_SHORT', '2025-02-24', true]);
    expect(e.message.zh).toContain('最早可截止于 2025-02-24');
  });

  it('moves the earliest end past a holiday: from 2025-09-05, day 30 is 2025-10-05 in 国庆, so the earliest end is 2025-10-09', () => {
    const start = { startDate: plainDate('2025-09-05') };
    const e = refusal([], act('OPENED', actors.officer, '2025-09-05T09:00:00+08:00', openedPayload({ ...start, endDate: plainDate('2025-09-30') })));
    expect(e.details.earliestEndDate).toBe('2025-10-09');
    const c = foldConsultation(play([act('OPENED', actors.officer, '2025-09-05T09:00:00+08:00', openedPayload({ ...start, endDate: plainDate('2025-10-09') }))]));
    expect([c.periodDays, c.earliestEndDate]).toEqual([34, '2025-10-09']);
  });

  it('decides without the unknown year when the minimum runs into it: an end before day 30 is short, and with a reason it is accepted', () => {
    const dates = { startDate: plainDate('2026-12-15'), endDate: plainDate('2026-12-31') };
    const e = refusal([], act('OPENED', actors.officer, '2026-12-15T09:00:00+08:00', openedPayload(dates)));
    expect([e.code, e.details.earliestEndDate, e.details.periodDays]).toEqual(['PERIOD_TOO_SHORT', null, 16]);
    const c = foldConsultation(play([act('OPENED', actors.officer, '2026-12-15T09:00:00+08:00', openedPayload({ ...dates, shortPeriodReason: '年底前报送' }))]));
    expect([c.status, c.earliestEndDate]).toEqual(['OPEN', null]);
  });

  it('needs a reason for a period shorter than the minimum, and accepts it with one', () => {
    const short = openedPayload({ endDate: plainDate('2025-02-12') });
    const e = refusal([], act('OPENED', actors.officer, OPEN_AT, short));
    expect(e.code).toBe('PERIOD_TOO_SHORT');
    expect(e.message.zh).toContain('少于 30 日');
    const log = play([act('OPENED', actors.officer, OPEN_AT, { ...short, shortPeriodReason: '上位法修改，须尽快出台' })]);
    expect(foldConsultation(log).shortPeriodReason).toBe('上位法修改，须尽快出台');
  });

  it('refuses an end date on a holiday of the official calendar and names the next working day', () => {
    const e = refusal([], act('OPENED', actors.officer, OPEN_AT, openedPayload({ endDate: plainDate('2025-10-01') })));
    expect(e.code).toBe('END_NOT_WORKING_DAY');
    expect(e.details.suggestion).toBe('2025-10-09');
  });

  it('refuses an end date in a year the calendar does not know, an end before the start, and an officer of another department', () => {
    expect(refusal([], act('OPENED', actors.officer, OPEN_AT, openedPayload({ endDate: plainDate('2031-03-03') }))).code).toBe('CALENDAR_YEAR_MISSING');
    expect(refusal([], act('OPENED', actors.officer, OPEN_AT, openedPayload({ endDate: plainDate('2025-01-20') }))).code).toBe('PERIOD_INVALID');
    expect(refusal([], act('OPENED', actors.otherOfficer, OPEN_AT, openedPayload())).code).toBe('ACTOR_NOT_PERMITTED');
    expect(refusal([], act('COMMENT_SUBMITTED', actors.firmA, OPEN_AT, comment('k', null, 'x'))).code).toBe('FIRST_ACTION_MUST_BE_OPENING');
  });
});

describe('comments', () => {
  it('anchors a comment to a 条/款/项 of that version and keeps HTML as text', () => {
    const log = play([act('COMMENT_SUBMITTED', actors.firmA, '2025-02-01T10:00:00+08:00', comment('k1', 'art_2__para_2__item_1', '  <script>alert(1)</script> 建议删除  '))], ctx, opened());
    const x = foldConsultation(log).comments[0]!;
    expect([x.citation, x.articleEid, x.text]).toEqual(['第二条第二款第（一）项', 'art_2', '<script>alert(1)</script> 建议删除']);
  });

  it('refuses an empty or over-long comment, an unknown article, a wrong attachment, with the limit named', () => {
    const log = opened();
    const at = '2025-02-01T10:00:00+08:00';
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.firmA, at, comment('k', null, '   '))).code).toBe('COMMENT_EMPTY');
    const long = refusal(log, act('COMMENT_SUBMITTED', actors.firmA, at, comment('k', null, '意'.repeat(5001))));
    expect([long.code, long.details.limit]).toEqual(['COMMENT_TOO_LONG', 5000]);
    expect(long.message.zh).toContain('5000');
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.firmA, at, comment('k', 'art_99', '意见'))).code).toBe('ARTICLE_NOT_IN_VERSION');
    const exe = { id: 'f', name: 'a.exe', mediaType: 'application/x-msdownload', bytes: 10 };
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.firmA, at, { ...comment('k', null, '意见'), attachment: exe })).code).toBe('ATTACHMENT_TYPE');
    const big = { id: 'f', name: 'a.pdf', mediaType: 'application/pdf', bytes: 11 * 1024 * 1024 };
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.firmA, at, { ...comment('k', null, '意见'), attachment: big })).code).toBe('ATTACHMENT_TOO_LARGE');
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.officer, at, comment('k', null, '意见'))).code).toBe('ACTOR_NOT_PERMITTED');
  });

  it('accepts comments on the last day and none after it, nor before the start', () => {
    const log = play([act('COMMENT_SUBMITTED', actors.citizen, '2025-02-26T23:59:00+08:00', comment('k1', null, '最后一天'))], ctx, opened());
    expect(refusal(log, act('COMMENT_SUBMITTED', actors.citizen, '2025-02-27T00:00:00+08:00', comment('k2', null, '晚了'))).code).toBe('DEADLINE_PASSED');
    expect(refusal(log, act('COMMENT_EDITED', actors.citizen, '2025-02-27T00:00:00+08:00', { commentId: 'k1', targetEid: null, text: '改', proposedWording: null, attachment: null })).code).toBe('DEADLINE_PASSED');
    expect(refusal(opened(), act('COMMENT_SUBMITTED', actors.citizen, '2025-01-22T10:00:00+08:00', comment('k0', null, '早了'))).code).toBe('ACTION_OUT_OF_ORDER');
  });

  it('lets only the author edit or withdraw, until the deadline', () => {
    const log = play([act('COMMENT_SUBMITTED', actors.firmA, '2025-02-01T10:00:00+08:00', comment('k1', 'art_1', '原意见'))], ctx, opened());
    expect(refusal(log, act('COMMENT_WITHDRAWN', actors.firmB, '2025-02-02T10:00:00+08:00', { commentId: 'k1' })).code).toBe('ACTOR_NOT_PERMITTED');
    const edited = play([act('COMMENT_EDITED', actors.firmA, '2025-02-02T10:00:00+08:00', { commentId: 'k1', targetEid: 'art_3', text: '新意见', proposedWording: '改为…', attachment: null })], ctx, log);
    const x = foldConsultation(edited).comments[0]!;
    expect([x.text, x.citation, x.proposedWording, x.editedAt]).toEqual(['新意见', '第三条', '改为…', '2025-02-02T10:00:00+08:00']);
    const w = play([act('COMMENT_WITHDRAWN', actors.firmA, '2025-02-03T10:00:00+08:00', { commentId: 'k1' })], ctx, edited);
    expect(groupOpinions(foldConsultation(w))).toEqual([]);
  });
});

describe('moderation, grouping and answers', () => {
  const at = (d: string) => `2025-${d}T10:00:00+08:00`;
  const commented = () =>
    play(
      [
        act('COMMENT_SUBMITTED', actors.firmA, at('02-01'), comment('a', 'art_2__para_1', '建议提高补贴比例！')),
        act('COMMENT_SUBMITTED', actors.firmB, at('02-02'), comment('b', 'art_2__para_1', '建议  提高补贴比例')),
        act('COMMENT_SUBMITTED', actors.association, at('02-03'), comment('c', 'art_2', '建议补贴比例应当提高')),
        act('COMMENT_SUBMITTED', actors.citizen, at('02-04'), comment('d', null, '广告：低价代办')),
        act('COMMENT_SUBMITTED', actors.citizen, at('02-05'), comment('e', null, '总体赞成')),
      ],
      ctx,
      opened(),
    );

  it('hides with a reason and never changes the text; groups identical texts automatically and duplicates on request', () => {
    expect(refusal(commented(), act('COMMENT_HIDDEN', actors.officer, at('02-06'), { commentId: 'd', reason: ' ' })).code).toBe('REASON_REQUIRED');
    expect(refusal(commented(), act('COMMENT_HIDDEN', actors.otherOfficer, at('02-06'), { commentId: 'd', reason: '广告' })).code).toBe('ACTOR_NOT_PERMITTED');
    const log = play(
      [act('COMMENT_HIDDEN', actors.officer, at('02-06'), { commentId: 'd', reason: '与征求意见无关的广告' }), act('COMMENTS_GROUPED', actors.officer, at('02-07'), { leadId: 'a', memberIds: ['c'] })],
      ctx,
      commented(),
    );
    const c = foldConsultation(log);
    expect(c.comments.find((x) => x.commentId === 'd')).toMatchObject({ text: '广告：低价代办', hidden: { reason: '与征求意见无关的广告' } });
    const ops = groupOpinions(c).map((o) => [o.leadId, o.memberIds, o.supporters]);
    expect(ops).toEqual([
      ['a', ['a', 'b', 'c'], 3],
      ['e', ['e'], 1],
    ]);
  });

  it('ends the period only after the end date, then accepts answers; nothing closes while an opinion is unanswered', () => {
    const log = commented();
    expect(refusal(log, act('PERIOD_ENDED', actors.system, at('02-26'), {})).code).toBe('PERIOD_NOT_ENDED');
    const ended = play([act('PERIOD_ENDED', actors.system, '2025-02-27T00:05:00+08:00', {})], ctx, log);
    expect(foldConsultation(ended).status).toBe('PROCESSING');
    expect(refusal(ended, act('COMMENT_SUBMITTED', actors.firmA, at('02-28'), comment('z', null, '晚'))).code).toBe('DEADLINE_PASSED');
    const partly = play([act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'a', outcome: 'PARTLY_ADOPTED', reason: '比例调整为30%' })], ctx, ended);
    const e = refusal(partly, act('FEEDBACK_PUBLISHED', actors.officer, at('03-02'), {}));
    expect([e.code, e.details.count]).toEqual(['OPINIONS_UNANSWERED', 3]);
    const all = play(
      [
        act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'c', outcome: 'ADOPTED', reason: '已修改' }),
        act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'd', outcome: 'NOT_ADOPTED', reason: '无关' }),
        act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'e', outcome: 'OUT_OF_SCOPE', reason: '总体评价' }),
        act('REVISED_DRAFT_LINKED', actors.officer, at('03-02'), { versionId: 'revised', text: null, links: [{ revisedEid: 'art_2', draftEid: 'art_2', commentIds: ['a', 'b'] }] }),
        act('FEEDBACK_PUBLISHED', actors.officer, at('03-03'), {}),
      ],
      ctx,
      partly,
    );
    const c = foldConsultation(all);
    expect([c.status, c.publishedAt, c.revised?.versionId]).toEqual(['CLOSED', at('03-03'), 'revised']);
    expect(refusal(all, act('COMMENT_HIDDEN', actors.officer, at('03-04'), { commentId: 'e', reason: 'x' })).code).toBe('CONSULTATION_IS_FINAL');
  });

  it('refuses a revised-draft link to an article the revised version lacks', () => {
    const ended = play([act('PERIOD_ENDED', actors.officer, '2025-02-27T09:00:00+08:00', {})], ctx, commented());
    expect(refusal(ended, act('REVISED_DRAFT_LINKED', actors.officer, at('03-02'), { versionId: 'revised', text: null, links: [{ revisedEid: 'art_3', draftEid: 'art_3', commentIds: [] }] })).code).toBe('ARTICLE_NOT_IN_VERSION');
  });

  it('replays an action with the same id as a duplicate, and refuses the id for another action', () => {
    const log = opened();
    const input = act('COMMENT_SUBMITTED', actors.firmA, at('02-01'), comment('a', null, '意见'));
    const first = play([input], ctx, log);
    const again = applyConsultationAction(first, input, ctx);
    expect(again.ok && again.value.isDuplicate).toBe(true);
    expect(refusal(first, { ...act('COMMENT_WITHDRAWN', actors.firmA, at('02-02'), { commentId: 'a' }), id: input.id }).code).toBe('ACTION_ID_REUSED');
  });
});
