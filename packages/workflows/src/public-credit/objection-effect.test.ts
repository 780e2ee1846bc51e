import { describe, expect, it } from 'vitest';
import { foldMarkChanges, MARK_CHANGE_ARTICLES, markChangeFor } from './objection-effect';

const current = { finding: '深工信罚〔2026〕7号：罚款五千元', subjectName: '深圳市甲科技有限公司' };
const code = (r: ReturnType<typeof markChangeFor>) => (r.ok ? null : [r.error.code, r.error.field]);

describe('what an upheld objection does to the mark (社会信用条例 第五十一条第四款)', () => {
  it('更正 takes the whole corrected content, different from the current one', () => {
    expect(markChangeFor('CORRECTED', current, { correction: { finding: ' 深工信罚〔2026〕8号：罚款五千元 ' } })).toEqual({ ok: true, value: { kind: 'CORRECTED', correction: { finding: '深工信罚〔2026〕8号：罚款五千元', subjectName: current.subjectName } } });
    expect(code(markChangeFor('CORRECTED', current, {}))).toEqual(['CREDIT_OBJECTION_CORRECTION_REQUIRED', 'correction']);
    expect(code(markChangeFor('CORRECTED', current, { correction: { ...current } }))).toEqual(['CREDIT_OBJECTION_CORRECTION_REQUIRED', 'correction']);
    expect(code(markChangeFor('CORRECTED', current, { correction: { finding: '  ' } }))).toEqual(['CREDIT_OBJECTION_CORRECTION_REQUIRED', 'correction']);
    expect(code(markChangeFor('CORRECTED', current, { correction: { finding: 'x' }, supplement: '又补充' }))).toEqual(['CREDIT_OBJECTION_CONTENT_NOT_EXPECTED', 'supplement']);
  });

  it('补充 takes text; 停止公开 takes none', () => {
    expect(markChangeFor('SUPPLEMENTED', current, { supplement: ' 已于2026年2月缴清罚款 ' })).toEqual({ ok: true, value: { kind: 'SUPPLEMENTED', supplement: '已于2026年2月缴清罚款' } });
    expect(code(markChangeFor('SUPPLEMENTED', current, { supplement: ' ' }))).toEqual(['CREDIT_OBJECTION_SUPPLEMENT_REQUIRED', 'supplement']);
    expect(code(markChangeFor('SUPPLEMENTED', current, { supplement: 'x', correction: { finding: 'y' } }))).toEqual(['CREDIT_OBJECTION_CONTENT_NOT_EXPECTED', 'correction']);
    expect(markChangeFor('PUBLICATION_STOPPED', current, {})).toEqual({ ok: true, value: { kind: 'PUBLICATION_STOPPED' } });
    expect(code(markChangeFor('PUBLICATION_STOPPED', current, { supplement: '多余' }))).toEqual(['CREDIT_OBJECTION_CONTENT_NOT_EXPECTED', 'supplement']);
  });

  it('each change cites its item of 第五十一条第四款', () => {
    expect(MARK_CHANGE_ARTICLES).toEqual({
      CORRECTED: expect.stringMatching(/#art_51__para_4__item_1$/), SUPPLEMENTED: expect.stringMatching(/#art_51__para_4__item_2$/), PUBLICATION_STOPPED: expect.stringMatching(/#art_51__para_4__item_3$/),
    });
  });

  it('folds the changes into versions (history kept), supplements and the stop', () => {
    const original = { ...current, recordedAt: '2026-01-05T04:00:00.000Z' };
    expect(foldMarkChanges(original, [])).toMatchObject({ version: 1, current, supplements: [], publicationStoppedAt: null });
    const c = foldMarkChanges(original, [
      { seq: 2, objectionId: 'co-2', at: 't2', change: { kind: 'SUPPLEMENTED', supplement: '已缴清' } },
      { seq: 1, objectionId: 'co-1', at: 't1', change: { kind: 'CORRECTED', correction: { finding: '8号', subjectName: current.subjectName } } },
      { seq: 3, objectionId: 'co-3', at: 't3', change: { kind: 'PUBLICATION_STOPPED' } },
    ]);
    expect(c.version).toBe(2);
    expect(c.current.finding).toBe('8号');
    expect(c.versions.map((v) => [v.version, v.content.finding])).toEqual([[1, current.finding], [2, '8号']]);
    expect(c.supplements).toEqual([{ text: '已缴清', at: 't2', objectionId: 'co-2' }]);
    expect(c.publicationStoppedAt).toBe('t3');
  });
});
