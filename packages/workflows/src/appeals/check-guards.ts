import type { PlainDate } from '@huiqi/kernel';
import type { AppealActionInput } from './action';
import type { AppealCase } from './appeal-case';
import type { AppealContext } from './appeal-context';
import { appealError, type AppealError } from './appeal-error';
import { appealTypes } from './appeal-type';
import { localDateOf } from './local-time';
import { rejectionReasons } from './rejection-reason';

function checkNewDue(c: AppealCase, newDue: PlainDate, field: string): AppealError | null {
  const clock = c.clocks.ANSWER;
  if (!clock || clock.metAt !== null) {
    return appealError('NO_RUNNING_CLOCK', '没有正在计时的答复期限，无需延期', 'no answer period is running, so there is nothing to extend', { field });
  }
  if (clock.due === null) {
    return appealError('DUE_DATE_UNKNOWN', '当前到期日未能计算（日历缺少数据），请先补录日历后重新计算', 'the current due date is unknown (calendar data missing); recompute it first', { field });
  }
  if (newDue <= clock.due) {
    return appealError('EXTENSION_NOT_LATER', `延期后的到期日须晚于当前到期日 ${clock.due}`, `the extended due date must be after the current one, ${clock.due}`, { field, due: clock.due });
  }
  if (clock.latestDue !== null && newDue > clock.latestDue) {
    return appealError(
      'EXTENSION_EXCEEDS_CAP',
      `延期后超过法定最长期限（${clock.rule.maxTotal?.days ?? ''}日，至 ${clock.latestDue}）`,
      `the extension exceeds the statutory maximum (${clock.rule.maxTotal?.days ?? ''} days in all, until ${clock.latestDue})`,
      { field, latestDue: clock.latestDue, source: clock.rule.source.provision },
    );
  }
  return null;
}

/**
 * An extended due date must be a working day of the calendar, for the request and the approval
 * alike (so the supervisor can approve exactly what was requested); the refusal names the first
 * working day after it.
 */
function checkWorkingDay(newDue: PlainDate, field: string, ctx: AppealContext): AppealError | null {
  const w = ctx.calendar.isWorkingDay(newDue);
  if (!w.ok) return appealError('CALENDAR_YEAR_MISSING', w.error.message.zh, w.error.message.en, { year: w.error.year, field });
  if (w.value) return null;
  const next = ctx.calendar.nextWorkingDayFrom(newDue);
  const nextWorkingDay = next.ok ? next.value : null;
  const hint = nextWorkingDay ? { zh: `，其后第一个工作日是 ${nextWorkingDay}`, en: `; the next working day is ${nextWorkingDay}` } : { zh: '', en: '' };
  return appealError('EXTENSION_NOT_WORKING_DAY', `${newDue} 不是工作日${hint.zh}`, `${newDue} is not a working day${hint.en}`, { field, nextWorkingDay });
}

/**
 * Rules that depend on the case's history or type (the transition table has already allowed the
 * action for this status and actor). Returns the first refusal, or null.
 */
export function checkGuards(c: AppealCase, a: AppealActionInput, ctx: AppealContext): AppealError | null {
  const isArrears = c.type === 'ARREARS_COMPLAINT';
  switch (a.type) {
    case 'REJECTED': {
      const info = rejectionReasons[a.payload.reason];
      if ('onlyFor' in info && !(info.onlyFor as readonly string[]).includes(c.type)) {
        return appealError('REASON_NOT_APPLICABLE', `理由“${info.label.zh}”不适用于${appealTypes[c.type].label.zh}`, `reason “${info.label.en}” does not apply to ${appealTypes[c.type].label.en}`, { reason: a.payload.reason });
      }
      if (info.needsRelatedCase && !a.payload.relatedCaseId) {
        return appealError('RELATED_CASE_REQUIRED', '以重复诉求为由不予受理时，须注明已办结的原诉求编号', 'a repeat rejection must name the closed case it repeats', { field: 'payload.relatedCaseId' });
      }
      return null;
    }
    case 'DISPATCHED': {
      // 青岛市中小企业发展促进条例（征求意见稿）第六十五条第二款：
      // 「对受理的中小企业的咨询、投诉和举报，有明确主管部门的，相关主管部门应当限期办理并予以答复；
      //  没有明确主管部门或者涉及多个部门职责的，由民营经济（中小企业）发展部门牵头办理。」
      if (isArrears) return appealError('ARREARS_MUST_BE_TRANSFERRED', '拖欠账款投诉应在正式受理后转交处理投诉部门（第二十五条），不适用派单', 'an arrears complaint is transferred to the handling department after formal acceptance (Art. 25), not dispatched');
      const { ownership, lead } = a.payload;
      if (ownership === 'SINGLE' && lead === null) return appealError('LEAD_REQUIRED', '职责明确的事项须指定主办部门', 'a matter with one responsible department needs a lead department', { field: 'payload.lead' });
      if (ownership !== 'SINGLE' && lead !== null && lead !== ctx.smeBureauId) {
        return appealError(
          'LEAD_MUST_BE_SME_BUREAU',
          '无明确主管部门或涉及多个部门的事项，由中小企业主管部门牵头办理',
          'a matter with no responsible department, or spanning several, is led by the SME bureau',
          { field: 'payload.lead', smeBureauId: ctx.smeBureauId },
        );
      }
      return null;
    }
    case 'TRANSFERRED':
      return isArrears ? null : appealError('ONLY_FOR_ARREARS', '转交仅适用于拖欠账款投诉', 'transfer applies only to arrears complaints');
    case 'ANSWERED':
      if (isArrears && c.lead === null) return appealError('ARREARS_MUST_BE_TRANSFERRED', '拖欠账款投诉须先转交处理投诉部门，由其书面答复', 'an arrears complaint must first be transferred; the handling department answers it in writing');
      return null;
    case 'RETURNED': {
      const lead = c.lead;
      if (c.isDispatchFinal) return appealError('DISPATCH_IS_FINAL', '派单已由中小企业主管部门裁定，不能再退回', 'the SME bureau has decided this dispatch; it cannot be returned');
      if (c.dispatchOwnership !== null && c.dispatchOwnership !== 'SINGLE') {
        return appealError('LEAD_MUST_BE_SME_BUREAU', '无明确主管部门或涉及多个部门的事项由中小企业主管部门牵头，不能退回', 'the SME bureau leads a matter with no responsible department or spanning several; it cannot return it');
      }
      if (lead !== null && c.returns.some((r) => r.by === lead)) {
        return appealError('RETURN_ALREADY_USED', '本部门已退回过一次，不能再次退回；如有异议由中小企业主管部门裁定', 'this department has already returned the case once; a further dispute is decided by the SME bureau', { department: lead });
      }
      return null;
    }
    case 'EXTENSION_REQUESTED':
      return checkNewDue(c, a.payload.requestedDue, 'payload.requestedDue') ?? checkWorkingDay(a.payload.requestedDue, 'payload.requestedDue', ctx);
    case 'EXTENSION_APPROVED': {
      const e = checkNewDue(c, a.payload.newDue, 'payload.newDue');
      if (e) return e;
      if (a.payload.newDue <= localDateOf(a.at)) return appealError('EXTENSION_NOT_LATER', '延期后的到期日须晚于批准当日', 'the extended due date must be after the day of approval', { field: 'payload.newDue' });
      return checkWorkingDay(a.payload.newDue, 'payload.newDue', ctx);
    }
    case 'REOPENED':
      if (c.reopenCount >= 1) return appealError('REOPEN_LIMIT_REACHED', '每件诉求只能重新办理一次', 'a case can be reopened only once', { reopenCount: c.reopenCount });
      if (c.rating?.satisfaction !== 'DISSATISFIED') return appealError('REOPEN_NEEDS_DISSATISFIED', '只有评价为“不满意”的诉求才能重新办理', 'only a case rated “dissatisfied” can be reopened');
      return null;
    case 'SUPERVISION_NOTICE':
      if (a.payload.target === 'DEBTOR' && !isArrears) return appealError('ONLY_FOR_ARREARS', '向被投诉人发督办书仅适用于拖欠账款投诉', 'a supervision notice to the debtor applies only to arrears complaints');
      if (a.payload.target === 'DEPARTMENT' && c.urges.length === 0) return appealError('SUPERVISION_NEEDS_URGE', '应先催办，仍未办理的再发督办书', 'urge (催办) first; a supervision notice follows when that did not help');
      return null;
    case 'CREDIT_MARKED':
      if (!isArrears) return appealError('ONLY_FOR_ARREARS', '失信标记仅适用于拖欠账款投诉（第二十六条）', 'a credit mark applies only to arrears complaints (Art. 26)');
      if (c.creditMark) return appealError('ALREADY_CREDIT_MARKED', '本案已作失信标记', 'this case is already marked for the credit record');
      return null;
    case 'REMINDER_SENT':
      if (c.remindersSent.includes(a.payload.key)) return appealError('REMINDER_ALREADY_SENT', '该提醒已发送', 'this reminder has already been sent', { key: a.payload.key });
      return null;
    default:
      return null;
  }
}
