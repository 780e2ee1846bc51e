import { addDays, type PlainDate } from '@huiqi/kernel';
import type { RecognitionActionInput, RecognitionComputed } from './action';
import { aggregateScores } from './aggregation';
import { drawExperts } from './draw-experts';
import type { RecognitionApplication } from './recognition';
import type { RecognitionContext } from './recognition-context';
import { recognitionError, type RecognitionError } from './recognition-error';
import { TIERS } from './tier';
import { validityEnd } from './validity';

const blank = (s: string | null | undefined) => !s || s.trim() === '';
const CERTIFICATE_NUMBER = /^[\p{L}\p{N}〔〕()（）\-_/]{1,64}$/u;

/**
 * Guards beyond the transition table. Returns an error, or what to store with the action.
 * `date` is the action's Beijing date.
 */
export function checkRecognitionGuards(c: RecognitionApplication, a: RecognitionActionInput, date: PlainDate, ctx: RecognitionContext): RecognitionError | RecognitionComputed {
  switch (a.type) {
    case 'WITHDRAWN':
    case 'REJECTED':
    case 'RE_REVIEW_FAILED':
      return blank(a.payload.reason) ? recognitionError('REASON_REQUIRED', '请填写理由', 'a reason is required') : {};
    case 'REVOKED': {
      if (blank(a.payload.reason)) return recognitionError('REASON_REQUIRED', '撤销认定须写明理由', 'a revocation needs its reasons');
      const end = addDays(date, -1);
      return { effectiveOn: date, validUntil: c.certificate && c.certificate.validUntil < end ? c.certificate.validUntil : end };
    }
    case 'DISTRICT_PASSED':
    case 'CITY_PASSED':
    case 'RE_REVIEW_PASSED': {
      if (a.type === 'RE_REVIEW_PASSED') {
        if (!c.certificate) return recognitionError('ACTION_NOT_ALLOWED', '没有可复核的认定', 'there is no recognition to renew');
        const from = addDays(c.certificate.validUntil, 1);
        return { validFrom: from, validUntil: validityEnd(from, TIERS[c.tier].validityYears) };
      }
      return {};
    }
    case 'EXPERTS_ASSIGNED': {
      const d = drawExperts(a.payload.seed, c, a.payload.pool);
      return 'code' in d ? d : { assigned: d.assigned, recused: d.recused, eligibleCount: d.eligibleCount };
    }
    case 'SCORE_RECORDED': {
      if (c.scores.some((s) => s.expertId === a.actor.id)) return recognitionError('ALREADY_SCORED', '您已为该申报评分', 'you have already scored this application');
      const sheet = c.sheet;
      if (!sheet) return recognitionError('ACTION_NOT_ALLOWED', '该申报没有评分表', 'the application has no scoring sheet');
      let total = 0;
      for (const k of Object.keys(a.payload.scores)) {
        if (!sheet.criteria.some((x) => x.id === k)) return recognitionError('SCORE_INVALID', `评分表中没有“${k}”这一项`, `the scoring sheet has no criterion ${k}`, { criterion: k });
      }
      for (const cr of sheet.criteria) {
        const v = a.payload.scores[cr.id];
        if (v === undefined || !Number.isInteger(v) || v < 0 || v > cr.max) {
          return recognitionError('SCORE_INVALID', `“${cr.label.zh}”应打 0 至 ${cr.max} 的整数分`, `“${cr.label.en}” needs a whole score from 0 to ${cr.max}`, { criterion: cr.id, max: cr.max });
        }
        total += v;
      }
      return { total };
    }
    case 'PUBLICITY_STARTED': {
      const assigned = c.draw?.assigned.map((x) => x.id) ?? [];
      const missing = assigned.filter((id) => !c.scores.some((s) => s.expertId === id));
      if (missing.length > 0) return recognitionError('SCORES_INCOMPLETE', `还有 ${missing.length} 位专家未评分`, `${missing.length} expert(s) have not scored yet`, { missing });
      const agg = aggregateScores(c.scores.map((s) => s.total), c.round.aggregation, c.round.passMark);
      if (!agg.passes) return recognitionError('SCORE_BELOW_PASS_MARK', `专家评审得分 ${agg.value} 低于合格分 ${c.round.passMark}，不能进入公示`, `the experts' score ${agg.value} is below the pass mark ${c.round.passMark}`, { aggregate: agg.value, passMark: c.round.passMark });
      const until = ctx.calendar.addWorkingDays(date, c.round.publicityWorkingDays);
      if (!until.ok) return recognitionError('CALENDAR_YEAR_MISSING', '工作日历缺少该年度数据，无法计算公示期', 'the working-day calendar lacks the year; the notice period cannot be counted', { date });
      return { aggregate: agg.value, publicityFrom: addDays(date, 1), publicityUntil: until.value };
    }
    case 'OBJECTION_RECORDED': {
      if (blank(a.payload.text)) return recognitionError('PAYLOAD_INVALID', '请填写异议内容', 'the objection needs a text');
      if (c.objections.some((o) => o.objectionId === a.payload.objectionId)) return recognitionError('OBJECTION_ID_REUSED', '异议编号重复', 'objection id already used');
      if (c.publicity && date > c.publicity.until) return recognitionError('PUBLICITY_ENDED', `公示期已于 ${c.publicity.until} 结束`, `the notice period ended on ${c.publicity.until}`, { until: c.publicity.until });
      return {};
    }
    case 'OBJECTION_ANSWERED': {
      const o = c.objections.find((x) => x.objectionId === a.payload.objectionId);
      if (!o) return recognitionError('OBJECTION_NOT_FOUND', '没有这条异议', 'no such objection');
      if (o.answer) return recognitionError('ALREADY_ANSWERED', '该异议已答复', 'the objection was already answered');
      return blank(a.payload.answer) ? recognitionError('REASON_REQUIRED', '请填写答复内容', 'the answer needs a text') : {};
    }
    case 'RECOGNISED': {
      if (c.publicity && date <= c.publicity.until) return recognitionError('PUBLICITY_NOT_ENDED', `公示期至 ${c.publicity.until}，期满后方可认定`, `the notice period runs until ${c.publicity.until}`, { until: c.publicity.until });
      const open = c.objections.filter((o) => !o.answer).length;
      if (open > 0) return recognitionError('OBJECTIONS_UNANSWERED', `还有 ${open} 条异议未答复`, `${open} objection(s) are unanswered`, { open });
      if (c.objections.some((o) => o.answer?.upheld)) return recognitionError('OBJECTION_UPHELD', '有异议经核实成立，不能认定', 'an objection was upheld; the application cannot be recognised');
      if (!CERTIFICATE_NUMBER.test(a.payload.certificateNumber)) return recognitionError('CERTIFICATE_NUMBER_INVALID', '证书编号应为 1 至 64 个字符，不含空格', 'the certificate number is 1–64 characters without spaces');
      return { validFrom: date, validUntil: validityEnd(date, TIERS[c.tier].validityYears) };
    }
    case 'RE_REVIEW_REQUESTED': {
      if (c.certificate && date > c.certificate.validUntil) return recognitionError('RECOGNITION_EXPIRED', `认定已于 ${c.certificate.validUntil} 到期，不能申请复核，请重新申报`, `the recognition expired on ${c.certificate.validUntil}; apply anew`, { validUntil: c.certificate.validUntil });
      return {};
    }
    default:
      return {};
  }
}
