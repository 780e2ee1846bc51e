import { describe, expect, it } from 'vitest';
import type { RecognitionAction } from './action';
import { foldRecognition } from './fold-recognition';
import type { RecognitionError } from './recognition-error';
import { actors, attempt, ctx, expert, POOL, SEED, step, submission, USCC } from './testing/recognition-factory';

const codeOf = (r: { ok: true } | { ok: false; error: RecognitionError }) => (r.ok ? null : r.error.code);
const T = (d: string, h = '10:00') => `${d}T${h}:00+08:00`;

function throughReview(): RecognitionAction[] {
  let log = step([], 'SUBMITTED', actors.firm, T('2026-12-01'), submission());
  log = step(log, 'DISTRICT_PASSED', actors.district, T('2026-12-02'), { opinion: '材料齐全' });
  log = step(log, 'CITY_PASSED', actors.city, T('2026-12-03'), { opinion: '同意' });
  return step(log, 'EXPERTS_ASSIGNED', actors.city, T('2026-12-03', '11:00'), { seed: SEED, pool: POOL });
}

describe('a recognition application', () => {
  it('goes from application to recognition: reviews, a verifiable draw, scores, 公示 with an objection answered, a certificate for 3 years', () => {
    let log = throughReview();
    const drawn = foldRecognition(log).draw!;
    expect(drawn.assigned).toHaveLength(2);
    expect(drawn.recused).toEqual(['e3']);
    expect(drawn.assigned.map((x) => x.id)).not.toContain('e4'); // not in the field
    const [x, y] = drawn.assigned.map((a) => a.id);
    log = step(log, 'SCORE_RECORDED', expert(x!), T('2026-12-04'), { scores: { specialization: 20, refinement: 20, distinctiveness: 10, innovation: 20 }, comment: '' });
    log = step(log, 'SCORE_RECORDED', expert(y!), T('2026-12-04', '11:00'), { scores: { specialization: 15, refinement: 15, distinctiveness: 10, innovation: 21 }, comment: '' });
    log = step(log, 'PUBLICITY_STARTED', actors.city, T('2026-12-07'), {});
    let app = foldRecognition(log);
    expect(app.aggregate).toBe(65.5);
    expect(app.publicity).toEqual({ from: '2026-12-08', until: '2026-12-14', workingDays: 5 });
    log = step(log, 'OBJECTION_RECORDED', actors.citizen, T('2026-12-09'), { objectionId: 'o1', text: '研发费用有疑问', objector: null });
    expect(codeOf(attempt(log, 'RECOGNISED', actors.city, T('2026-12-15'), { certificateNumber: 'SZ-ZJTX-2026-001' }))).toBe('OBJECTIONS_UNANSWERED');
    log = step(log, 'OBJECTION_ANSWERED', actors.city, T('2026-12-10'), { objectionId: 'o1', answer: '经核查，审计报告载明研发费用属实', upheld: false });
    expect(codeOf(attempt(log, 'RECOGNISED', actors.city, T('2026-12-14'), { certificateNumber: 'SZ-ZJTX-2026-001' }))).toBe('PUBLICITY_NOT_ENDED');
    log = step(log, 'RECOGNISED', actors.city, T('2026-12-15'), { certificateNumber: 'SZ-ZJTX-2026-001' });
    app = foldRecognition(log);
    expect(app.status).toBe('RECOGNISED');
    expect(app.certificate).toEqual({ number: 'SZ-ZJTX-2026-001', validFrom: '2026-12-15', validUntil: '2029-12-14' });
    expect(app.objections[0]!.answer?.text).toContain('属实');

    log = step(log, 'RE_REVIEW_REQUESTED', actors.firm, T('2029-10-01'), { selfAssessment: null });
    log = step(log, 'RE_REVIEW_PASSED', actors.city, T('2029-11-01'), { opinion: '复核通过' });
    expect(foldRecognition(log).certificate?.validUntil).toBe('2032-12-14');
    log = step(log, 'REVOKED', actors.city, T('2030-03-01'), { reason: '提供虚假材料' });
    app = foldRecognition(log);
    expect(app.status).toBe('REVOKED');
    expect(app.certificate?.validUntil).toBe('2030-02-28');
    expect(app.closing).toMatchObject({ type: 'REVOKED', reason: '提供虚假材料', effectiveOn: '2030-03-01' });
  });

  it('refuses a duplicate application, a late one, one without attachments or self-assessment, and one by someone else', () => {
    expect(codeOf(attempt([], 'SUBMITTED', actors.firm, T('2026-12-01'), submission(), ctx({ activeApplicationIds: ['app-0'] })))).toBe('DUPLICATE_APPLICATION');
    expect(codeOf(attempt([], 'SUBMITTED', actors.firm, T('2027-01-01', '00:30'), submission()))).toBe('ROUND_DEADLINE_PASSED');
    // 2026-12-31 23:30 in Beijing is still within the deadline day
    expect(attempt([], 'SUBMITTED', actors.firm, '2026-12-31T15:30:00Z', submission()).ok).toBe(true);
    const missing = attempt([], 'SUBMITTED', actors.firm, T('2026-12-01'), submission({ attachments: [] }));
    expect(codeOf(missing)).toBe('ATTACHMENTS_MISSING');
    expect(!missing.ok && missing.error.message.zh).toContain('上年度财务审计报告');
    expect(codeOf(attempt([], 'SUBMITTED', actors.firm, T('2026-12-01'), submission({ selfAssessment: null })))).toBe('SELF_ASSESSMENT_MISSING');
    expect(codeOf(attempt([], 'SUBMITTED', actors.otherFirm, T('2026-12-01'), submission()))).toBe('ACTOR_NOT_PERMITTED');
  });

  it('lets only the own district do 初审', () => {
    const log = step([], 'SUBMITTED', actors.firm, T('2026-12-01'), submission());
    expect(codeOf(attempt(log, 'DISTRICT_PASSED', actors.otherDistrict, T('2026-12-02'), { opinion: '' }))).toBe('ACTOR_NOT_PERMITTED');
    expect(codeOf(attempt(log, 'CITY_PASSED', actors.city, T('2026-12-02'), { opinion: '' }))).toBe('ACTION_NOT_ALLOWED');
    expect(codeOf(attempt(log, 'REJECTED', actors.district, T('2026-12-02'), { reason: ' ' }))).toBe('REASON_REQUIRED');
  });

  it('refuses scores from a conflicted or unassigned expert, invalid sheets, and 公示 before every score or below the pass mark', () => {
    let log = throughReview();
    const [x, y] = foldRecognition(log).draw!.assigned.map((a) => a.id);
    expect(codeOf(attempt(log, 'SCORE_RECORDED', expert('e3'), T('2026-12-04'), { scores: {}, comment: '' }))).toBe('EXPERT_CONFLICT');
    expect(codeOf(attempt(log, 'SCORE_RECORDED', expert(x!), T('2026-12-04'), { scores: {}, comment: '' }, ctx({ expertConflicts: [USCC] })))).toBe('EXPERT_CONFLICT');
    expect(codeOf(attempt(log, 'SCORE_RECORDED', expert('e4'), T('2026-12-04'), { scores: {}, comment: '' }))).toBe('EXPERT_NOT_ASSIGNED');
    expect(codeOf(attempt(log, 'SCORE_RECORDED', expert(x!), T('2026-12-04'), { scores: { specialization: 30, refinement: 0, distinctiveness: 0, innovation: 0 }, comment: '' }))).toBe('SCORE_INVALID');
    log = step(log, 'SCORE_RECORDED', expert(x!), T('2026-12-04'), { scores: { specialization: 10, refinement: 10, distinctiveness: 10, innovation: 10 }, comment: '' });
    expect(codeOf(attempt(log, 'SCORE_RECORDED', expert(x!), T('2026-12-04'), { scores: { specialization: 10, refinement: 10, distinctiveness: 10, innovation: 10 }, comment: '' }))).toBe('ALREADY_SCORED');
    expect(codeOf(attempt(log, 'PUBLICITY_STARTED', actors.city, T('2026-12-07'), {}))).toBe('SCORES_INCOMPLETE');
    log = step(log, 'SCORE_RECORDED', expert(y!), T('2026-12-04'), { scores: { specialization: 20, refinement: 20, distinctiveness: 10, innovation: 29 }, comment: '' });
    expect(codeOf(attempt(log, 'PUBLICITY_STARTED', actors.city, T('2026-12-07'), {}))).toBe('SCORE_BELOW_PASS_MARK'); // (40 + 79) / 2 = 59.5 < 60
  });

  it('refuses objections after 公示 and re-review after expiry', () => {
    let log = throughReview();
    for (const e of foldRecognition(log).draw!.assigned) log = step(log, 'SCORE_RECORDED', expert(e.id), T('2026-12-04'), { scores: { specialization: 20, refinement: 20, distinctiveness: 10, innovation: 20 }, comment: '' });
    log = step(log, 'PUBLICITY_STARTED', actors.city, T('2026-12-07'), {});
    expect(codeOf(attempt(log, 'OBJECTION_RECORDED', actors.citizen, T('2026-12-15'), { objectionId: 'o9', text: '迟到的异议', objector: null }))).toBe('PUBLICITY_ENDED');
    log = step(log, 'RECOGNISED', actors.city, T('2026-12-15'), { certificateNumber: 'N1' });
    expect(codeOf(attempt(log, 'RE_REVIEW_REQUESTED', actors.firm, T('2029-12-15'), { selfAssessment: null }))).toBe('RECOGNITION_EXPIRED');
    expect(codeOf(attempt(log, 'OBJECTION_RECORDED', actors.citizen, T('2026-12-16'), { objectionId: 'o9', text: 'x', objector: null }))).toBe('PUBLICITY_ENDED');
  });
});
