import { listDepartments, listMarks, type Database } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { CREDIT_MARK_KIND_INFO, markState, type CreditMarkKind } from '@huiqi/workflows';
import type { FactOrigin } from '../rules/fact-origins';
import { creditNow } from '../credit/credit-clock';
import { citeInWords } from './present-mark';
import { loadMarkExtras, objectionFlag, supplementsOf } from './mark-content';

/**
 * The PUBLIC_CREDIT_MARKS scope a bank reads under consent (社会信用条例 第二十六条第一款): the enterprise's marks
 * still in their period and not repaired, published or only recorded — a repaired mark is no longer shared
 * (第八十二条第二款第（一）项), nor one past its longest period, nor one whose publication an upheld objection
 * stopped (第五十一条第四款第（三）项). Each as last corrected (更正), with what was supplemented (补充), the flag
 * while an objection is handled (第五十条) and the department that produced it.
 */
export async function readCreditMarkScope(db: Database, uscc: string) {
  const on = today('Asia/Shanghai', creditNow());
  const departments = new Map((await listDepartments(db)).map((d) => [d.id, d.name]));
  const all = await listMarks(db, { uscc }, { limit: 200 });
  const extras = await loadMarkExtras(db, all);
  const marks = all.filter((m) => {
    const s = markState({ isPublic: m.isPublic, period: { end: m.period.end as PlainDate }, repairedOn: m.repairedOn as PlainDate | null, publicationStoppedAt: extras(m).content.publicationStoppedAt }, on);
    return s === 'PUBLISHED' || s === 'RECORDED_NOT_PUBLIC';
  });
  return marks.map((m) => {
    const x = extras(m);
    const dept = m.departmentId ? (departments.get(m.departmentId) ?? null) : null;
    const origin: FactOrigin = dept
      ? { by: 'DEPARTMENT', department: dept, receivedAt: null, label: { zh: `${dept.zh}作出`, en: `decided by ${dept.en}` } }
      : { by: 'PLATFORM', department: null, receivedAt: null, label: { zh: '平台信用记录', en: 'platform credit record' } };
    return {
      values: {
        kind: CREDIT_MARK_KIND_INFO[m.kind as CreditMarkKind].label, finding: x.content.current.finding, decidedOn: m.decidedOn, isPublic: m.isPublic,
        publicationStart: m.period.start, publicationEnd: m.period.end, basis: m.recordBasis.map(citeInWords),
        objectionFlag: objectionFlag(x), supplements: supplementsOf(x),
      } as Record<string, unknown>,
      year: null, period: null, origin, validFrom: m.recordedAt,
    };
  });
}
