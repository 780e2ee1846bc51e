import { describe, expect, it } from 'vitest';
import { buildFeedbackReport, type OutlineArticle } from './feedback-report';
import { foldConsultation } from './fold-consultation';
import { act, actors, comment, openedPayload, play } from './testing/consultation-factory';

const outline: OutlineArticle[] = [
  { eid: 'art_1', num: '第一条', heading: '立法目的', chapter: { eid: 'chp_1', title: '总则' } },
  { eid: 'art_2', num: '第二条', heading: '资金', chapter: { eid: 'chp_2', title: '资金扶持' } },
  { eid: 'art_3', num: '第三条', heading: null, chapter: { eid: 'chp_2', title: '资金扶持' } },
];
const at = (d: string) => `2025-${d}T10:00:00+08:00`;

describe('the feedback report (采纳情况反馈)', () => {
  it('counts comments and opinions per chapter and article, with every outcome, and lists articles without comments', () => {
    const log = play([
      act('OPENED', actors.officer, at('01-23'), openedPayload()),
      act('COMMENT_SUBMITTED', actors.firmA, at('02-01'), comment('a', 'art_2__para_1', '提高比例')),
      act('COMMENT_SUBMITTED', actors.firmB, at('02-01'), comment('b', 'art_2__para_2', '提高比例')),
      act('COMMENT_SUBMITTED', actors.association, at('02-01'), comment('c', 'art_2__para_2', '提高比例')),
      act('COMMENT_SUBMITTED', actors.citizen, at('02-02'), comment('d', null, '广告')),
      act('COMMENT_SUBMITTED', actors.citizen, at('02-02'), comment('e', 'art_1', '写明目的')),
      act('COMMENT_SUBMITTED', actors.firmA, at('02-03'), comment('f', 'art_1', '撤回的')),
      act('COMMENT_WITHDRAWN', actors.firmA, at('02-04'), { commentId: 'f' }),
      act('COMMENT_HIDDEN', actors.officer, at('02-05'), { commentId: 'd', reason: '广告' }),
      act('PERIOD_ENDED', actors.system, at('02-27'), {}),
      act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'a', outcome: 'ADOPTED', reason: '采纳' }),
      act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'b', outcome: 'PARTLY_ADOPTED', reason: '部分' }),
      act('OPINION_ANSWERED', actors.officer, at('03-01'), { commentId: 'e', outcome: 'NOT_ADOPTED', reason: '已有规定' }),
    ]);
    const r = buildFeedbackReport(foldConsultation(log), outline);
    expect(r.totals).toEqual({ received: 5, hidden: 1, opinions: 3, outcomes: { ADOPTED: 1, PARTLY_ADOPTED: 1, NOT_ADOPTED: 1, OUT_OF_SCOPE: 0 } });
    expect(r.wholeDraft).toMatchObject({ received: 1, hidden: 1, opinions: 0 });
    expect(r.chapters.map((c) => [c.title, c.received, c.opinions, c.articles.map((a) => [a.num, a.received, a.opinions])])).toEqual([
      ['总则', 1, 1, [['第一条', 1, 1]]],
      ['资金扶持', 3, 2, [['第二条', 3, 2], ['第三条', 0, 0]]],
    ]);
    expect(r.opinions.find((o) => o.leadId === 'b')?.supporters).toBe(2);
  });
});
