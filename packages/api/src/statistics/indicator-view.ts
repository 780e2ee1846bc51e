import {
  benefitsByPolicy, consultationsByDepartment, financingByInstitution, fundsOfYear, inspectionsByDepartment, listDepartments, procurementByDepartment,
  type ConsultationDepartmentRow, type Database,
} from '@huiqi/db';
import {
  computeAppealStatistics, CONSULTATION_FEEDBACK_TARGET, cubeCell, entriesByMonth, monthDays, monthsOf, REGISTRY_INDICATOR_IDS, registrationsByMonth, registryTable, sizeClassesOf,
  type IndicatorDefinition, type RegistryIndicatorId,
} from '@huiqi/workflows';
import { foldCasesSubmittedBetween, monthRange } from '../appeals/appeal-cases-folded';
import { nowInstant } from '../appeals/appeals-context';
import { AppError } from '../errors/app-error';
import { getRules } from '../rules/rule-base';
import { SIZE_ZH } from './annual-report-service';
import { registryCubeOf } from './registry-statistics';

export interface BreakdownRowView { key: string; labelZh: string; value: number | null; detail?: Record<string, number> }
export interface IndicatorViewData {
  month: string;
  asOf: string;
  district: { slug: string; nameZh: string } | null;
  total: number | null;
  breakdowns: { by: string; rows: BreakdownRowView[] }[];
}

export const SECTION_ZH: Record<string, string> = {
  A: '农、林、牧、渔业', B: '采矿业', C: '制造业', D: '电力、热力、燃气及水生产和供应业', E: '建筑业', F: '批发和零售业', G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业', I: '信息传输、软件和信息技术服务业', J: '金融业', K: '房地产业', L: '租赁和商务服务业', M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业', O: '居民服务、修理和其他服务业', P: '教育', Q: '卫生和社会工作', R: '文化、体育和娱乐业', S: '公共管理、社会保障和社会组织', T: '国际组织', '?': '行业不详',
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One indicator for a month with all its breakdowns (officials: unsuppressed), optionally within one district. */
export async function indicatorView(db: Database, def: IndicatorDefinition, month: string, districtSlug: string | undefined, between: () => Promise<void>): Promise<IndicatorViewData> {
  const asOf = monthDays(month).lastDate;
  if ((REGISTRY_INDICATOR_IDS as readonly string[]).includes(def.id)) {
    const id = def.id as RegistryIndicatorId;
    const cube = await registryCubeOf(db, month, between);
    const d = districtSlug === undefined ? -1 : cube.districts.findIndex((x) => x.slug === districtSlug);
    if (districtSlug !== undefined && d < 0) throw new AppError('NOT_FOUND', { message: { zh: '注册库中没有这个区', en: 'The registry has no such district' } });
    const byDistrict = registryTable(cube, id, 'district');
    const bySection = registryTable(cube, id, 'industrySection');
    const shown = (v: number) => (id === 'sme-revenue' ? Math.round(v) : v);
    const sizes = sizeClassesOf(id);
    // Within a district: its row by size, and its own industry breakdown.
    const sizeRow = (s: number) => (d >= 0 ? byDistrict.cells[d]![s]!.value : sum(byDistrict.cells.map((r) => r[s]!.value)));
    const sectionValue = (k: number) => {
      if (d < 0) return shown(sum(bySection.cells[k]!.map((x) => x.value)));
      let v = 0;
      for (let s = 0; s < sizes.length; s++) v += cubeCell(cube, id, id === 'registrations' ? cube.registrationCell(s, d, k) : cube.cell(s, d, k)).value;
      return shown(v);
    };
    const bySize = sizes.map((s, k) => ({ key: s, labelZh: `${SIZE_ZH[s]}企业`, value: shown(sizeRow(k)) }));
    const total = shown(sum(sizes.map((_, k) => sizeRow(k))));
    const breakdowns: IndicatorViewData['breakdowns'] = [{ by: 'sizeClass', rows: bySize }];
    if (d < 0) breakdowns.push({ by: 'district', rows: cube.districts.map((x, k) => ({ key: x.slug, labelZh: x.name, value: shown(sum(byDistrict.cells[k]!.map((c) => c.value))) })) });
    breakdowns.push({ by: 'industrySection', rows: cube.sections.map((s, k) => ({ key: s, labelZh: SECTION_ZH[s] ?? s, value: sectionValue(k) })).filter((r) => r.value !== 0) });
    const entries = entriesByMonth(cube, d >= 0 ? d : undefined);
    const months = monthsOf(Number(month.slice(0, 4)));
    const upTo = months.indexOf(month);
    if (id === 'registrations') {
      const regs = registrationsByMonth(cube, d >= 0 ? d : undefined);
      breakdowns.push({ by: 'month', rows: months.slice(0, upTo + 1).map((m, k) => ({ key: m, labelZh: `${Number(m.slice(5))}月`, value: regs[k]! })) });
    }
    if (id === 'sme-entries') breakdowns.push({ by: 'month', rows: months.slice(0, upTo + 1).map((m, k) => ({ key: m, labelZh: `${Number(m.slice(5))}月`, value: entries[k]! })) });
    if (id === 'sme-count') {
      // Enterprises counted at the end of each earlier month: those of this month less the later entries (same size classes).
      breakdowns.push({ by: 'month', rows: months.slice(0, upTo + 1).map((m, k) => ({ key: m, labelZh: `${Number(m.slice(5))}月`, value: total - sum(entries.slice(k + 1, upTo + 1)) })) });
    }
    return { month, asOf, district: d >= 0 ? { slug: cube.districts[d]!.slug, nameZh: cube.districts[d]!.name } : null, total, breakdowns };
  }
  await between();
  const year = Number(month.slice(0, 4));
  const base = { month, asOf, district: null };
  switch (def.id) {
    case 'benefits-paid': {
      const { rb } = await getRules();
      const rows = (await benefitsByPolicy(db, year)).map((p) => ({ key: p.policyId, labelZh: rb.policies.get(p.policyId)?.title.zh ?? '（已停用的政策）', value: Number(p.paidFen), detail: { cases: p.cases, paidCases: p.paidCases } }));
      return { ...base, total: sum(rows.map((r) => r.value)), breakdowns: [{ by: 'policy', rows }] };
    }
    case 'funds-budget': {
      const rows = (await fundsOfYear(db, year)).map((f) => ({ key: f.fundId, labelZh: f.nameZh, value: Number(f.paidFen), detail: { budgetFen: Number(f.budgetFen), smallMicroPaidFen: Number(f.smallMicroPaidFen) } }));
      return { ...base, total: sum(rows.map((r) => r.value)), breakdowns: [{ by: 'fund', rows }] };
    }
    case 'procurement-sme-share': {
      const rows = (await procurementByDepartment(db, year)).map((p) => ({ key: p.departmentId, labelZh: p.departmentZh, value: Number(p.reservedFen), detail: { budgetFen: Number(p.budgetFen), smallMicroFen: Number(p.smallMicroFen), projects: p.projects } }));
      return { ...base, total: sum(rows.map((r) => r.value)), breakdowns: [{ by: 'department', rows }] };
    }
    case 'appeals-on-time': {
      const range = monthRange(`${year}-01`, month);
      const { cases } = await foldCasesSubmittedBetween(db, range.from, range.to);
      const names = new Map((await listDepartments(db)).map((x) => [x.id, x.name.zh]));
      const acc = new Map<string, { due: number; onTime: number; rated: number; satisfied: number }>();
      for (const r of computeAppealStatistics(cases, nowInstant())) {
        const a = acc.get(r.department) ?? { due: 0, onTime: 0, rated: 0, satisfied: 0 };
        a.due += r.onTimeClosingRate.denominator;
        a.onTime += r.onTimeClosingRate.numerator;
        a.rated += r.satisfactionRate.denominator;
        a.satisfied += r.satisfactionRate.numerator;
        acc.set(r.department, a);
      }
      const pct = (a: number, b: number) => (b > 0 ? Math.round((1000 * a) / b) / 10 : null);
      const rows = [...acc.entries()].map(([id, a]) => ({ key: id, labelZh: names.get(id) ?? '其他部门', value: pct(a.onTime, a.due), detail: { due: a.due, onTime: a.onTime, rated: a.rated, satisfied: a.satisfied } }));
      const all = [...acc.values()];
      return { ...base, total: pct(sum(all.map((a) => a.onTime)), sum(all.map((a) => a.due))), breakdowns: [{ by: 'department', rows }] };
    }
    case 'inspections-planned':
    case 'inspections-done':
    case 'inspections-with-findings': {
      const field = def.id === 'inspections-planned' ? 'planned' : def.id === 'inspections-done' ? 'done' : 'withFindings';
      const rows = (await inspectionsByDepartment(db, year, `${year}-01-01`, asOf)).map((r) => ({
        key: r.departmentId, labelZh: r.departmentZh, value: r[field], detail: { planned: r.planned, done: r.done, withFindings: r.withFindings },
      }));
      return { ...base, total: sum(rows.map((r) => r.value)), breakdowns: [{ by: 'department', rows }] };
    }
    case 'financing-demands':
    case 'first-loans':
    case 'credit-loans': {
      const rows = (await financingByInstitution(db, `${year}-01-01`, asOf)).map((r) => {
        const [value, count] = def.id === 'financing-demands' ? [r.demandFen, r.demands] : def.id === 'first-loans' ? [r.firstLoanFen, r.firstLoans] : [r.creditLoanFen, r.creditLoans];
        return { key: r.institutionId ?? 'NOT_TAKEN', labelZh: r.institutionZh ?? (r.institutionId === null ? '尚未对接' : '其他金融机构'), value, detail: { count, demands: r.demands, loans: r.loans, loanFen: r.loanFen } };
      }).filter((r) => def.id === 'financing-demands' || r.detail.count > 0);
      return { ...base, total: sum(rows.map((r) => r.value)), breakdowns: [{ by: 'institution', rows }] };
    }
    case 'consultations-opened':
    case 'consultation-opinions':
    case 'consultation-adoption':
    case 'consultation-feedback-on-time': {
      const pct = (a: number, b: number) => (b > 0 ? Math.round((1000 * a) / b) / 10 : null);
      const list = await consultationsByDepartment(db, `${year}-01-01`, asOf, CONSULTATION_FEEDBACK_TARGET.days);
      const valueOf = (r: Pick<ConsultationDepartmentRow, 'opened' | 'opinions' | 'answered' | 'adopted' | 'partlyAdopted' | 'feedbackDue' | 'feedbackOnTime'>) =>
        def.id === 'consultations-opened' ? r.opened
          : def.id === 'consultation-opinions' ? r.opinions
            : def.id === 'consultation-adoption' ? pct(r.adopted + r.partlyAdopted, r.answered)
              : pct(r.feedbackOnTime, r.feedbackDue);
      const rows = list.map((r) => ({
        key: r.departmentId, labelZh: r.departmentZh ?? '其他部门', value: valueOf(r),
        detail: { opened: r.opened, opinions: r.opinions, answered: r.answered, adopted: r.adopted, partlyAdopted: r.partlyAdopted, feedbackDue: r.feedbackDue, feedbackOnTime: r.feedbackOnTime, feedbackLate: r.feedbackLate },
      }));
      const all = list.reduce((a, r) => ({
        opened: a.opened + r.opened, opinions: a.opinions + r.opinions, answered: a.answered + r.answered, adopted: a.adopted + r.adopted,
        partlyAdopted: a.partlyAdopted + r.partlyAdopted, feedbackDue: a.feedbackDue + r.feedbackDue, feedbackOnTime: a.feedbackOnTime + r.feedbackOnTime,
      }), { opened: 0, opinions: 0, answered: 0, adopted: 0, partlyAdopted: 0, feedbackDue: 0, feedbackOnTime: 0 });
      return { ...base, total: valueOf(all), breakdowns: [{ by: 'department', rows }] };
    }
    default:
      throw new AppError('STATISTICS_INDICATOR_NOT_FOUND');
  }
}
