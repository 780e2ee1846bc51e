import {
  benefitsByPolicy, consultationsByDepartment, financingByInstitution, fundsOfYear, inspectionsByDepartment, listDepartments, listFundEvaluations, listReportNarratives,
  procurementByDepartment, yearHasData, type Database,
} from '@huiqi/db';
import { today } from '@huiqi/kernel';
import {
  buildAnnualReport, computeAppealStatistics, CONSULTATION_FEEDBACK_TARGET, entriesByMonth, REGISTRATION_SIZE_CLASSES, registrationsByMonth, registryTable, registryTotals, STAT_SIZE_CLASSES, suppressLinkedTables,
  type AnnualReport, type AnnualReportInput, type RegistryCube, type ReportSectionKey,
} from '@huiqi/workflows';
import { foldCasesSubmittedBetween, monthRange } from '../appeals/appeal-cases-folded';
import { nowInstant } from '../appeals/appeals-context';
import { getRules } from '../rules/rule-base';
import { yearWithoutData } from './statistics-error-codes';
import { registryCubeOf } from './registry-statistics';

export const SIZE_ZH: Record<string, string> = { large: '大型', medium: '中型', small: '小型', micro: '微型', unclassified: '未划型' };

/** Runs in progress per database and year: a request for a year being generated joins its run. */
const running = new WeakMap<Database, Map<number, Promise<AnnualReport>>>();
let runs = 0;

/** How many report runs this process started (for the test that concurrent requests join one run). */
export function annualReportRuns(): number {
  return runs;
}

/** Refuses a year with no data (nothing registered by its end, no fund or project of it) or one still to come. */
export async function checkReportYear(db: Database, year: number): Promise<void> {
  const current = Number(today().slice(0, 4));
  if (year > current || !(await yearHasData(db, year))) throw yearWithoutData(year);
}

/** The draft of the annual report for `year`, from live data; concurrent callers for the same year share one run. */
export function annualReport(db: Database, year: number, between?: () => Promise<void>): Promise<AnnualReport> {
  let m = running.get(db);
  if (!m) running.set(db, (m = new Map()));
  const pending = m.get(year);
  if (pending) return pending;
  runs++;
  // Registered before the first await, so a request arriving while this one checks the year joins it.
  const run = checkReportYear(db, year).then(() => generate(db, year, between)).finally(() => m.delete(year));
  m.set(year, run);
  return run;
}

async function generate(db: Database, year: number, between?: () => Promise<void>): Promise<AnnualReport> {
  const registry = registryReportPart(await registryCubeOf(db, `${year}-12`, between));
  const { rb } = await getRules();
  const departments = new Map((await listDepartments(db)).map((d) => [d.id, d.name.zh]));
  const [policies, funds, procurement, narratives, evaluations] = await Promise.all([
    benefitsByPolicy(db, year), fundsOfYear(db, year), procurementByDepartment(db, year), listReportNarratives(db, year), listFundEvaluations(db, year, 'PUBLISHED'),
  ]);
  const [inspections, financing, consultations] = await Promise.all([
    inspectionsByDepartment(db, year, `${year}-01-01`, `${year}-12-31`),
    financingByInstitution(db, `${year}-01-01`, `${year}-12-31`),
    consultationsByDepartment(db, `${year}-01-01`, `${year}-12-31`, CONSULTATION_FEEDBACK_TARGET.days),
  ]);
  const range = monthRange(`${year}-01`, `${year}-12`);
  const { cases } = await foldCasesSubmittedBetween(db, range.from, range.to);
  const appealRows = computeAppealStatistics(cases, nowInstant());
  const appeals = new Map<string, { closed: number; onTime: number }>();
  for (const r of appealRows) {
    const a = appeals.get(r.department) ?? { closed: 0, onTime: 0 };
    a.closed += r.onTimeClosingRate.denominator;
    a.onTime += r.onTimeClosingRate.numerator;
    appeals.set(r.department, a);
  }
  return buildAnnualReport({
    year,
    asOf: `${year}-12-31`,
    ...registry,
    funds: funds.map((f) => ({ nameZh: f.nameZh, budgetFen: Number(f.budgetFen), paidFen: Number(f.paidFen), smallMicroPaidFen: Number(f.smallMicroPaidFen) })),
    fundEvaluations: [...evaluations].sort((a, b) => a.reportDate.localeCompare(b.reportDate) || a.evaluationId.localeCompare(b.evaluationId)).map((e) => ({
      fundZh: e.fundNameZh, kind: e.kind, bodyZh: e.body.zh, reportDate: e.reportDate, conclusion: e.conclusion, rectifiedOn: e.rectifiedOn,
    })),
    policies: policies.filter((p) => p.cases > 0 || p.paidCases > 0).map((p) => ({ nameZh: rb.policies.get(p.policyId)?.title.zh ?? '（已停用的政策）', cases: p.cases, paidCases: p.paidCases, paidFen: Number(p.paidFen) })),
    appeals: [...appeals.entries()].map(([id, a]) => ({ departmentZh: departments.get(id) ?? '其他部门', ...a })),
    procurement: procurement.map((p) => ({ departmentZh: p.departmentZh, budgetFen: Number(p.budgetFen), reservedFen: Number(p.reservedFen), smallMicroFen: Number(p.smallMicroFen) })),
    inspections: inspections.map((r) => ({ departmentZh: r.departmentZh, planned: r.planned, done: r.done, withFindings: r.withFindings })),
    financing: financing.map((r) => ({ ...r, institutionZh: r.institutionZh ?? (r.institutionId === null ? null : '其他金融机构') })),
    consultations: consultations.map((r) => ({
      departmentZh: r.departmentZh ?? departments.get(r.departmentId) ?? '其他部门', opened: r.opened, opinions: r.opinions, answered: r.answered,
      adopted: r.adopted + r.partlyAdopted, feedbackDue: r.feedbackDue, feedbackOnTime: r.feedbackOnTime,
    })),
    feedbackTargetDays: CONSULTATION_FEEDBACK_TARGET.days,
    narratives: Object.fromEntries(narratives.map((n) => [n.section as ReportSectionKey, n.text])),
  });
}

/** The registry part of the report from the year's December cube: SME figures, and the SME count by district as published (suppressed). */
export function registryReportPart(cube: RegistryCube): Pick<AnnualReportInput, 'sme' | 'byDistrict'> {
  const count = registryTotals(cube, 'sme-count');
  const [byDistrict] = suppressLinkedTables([registryTable(cube, 'sme-count', 'district'), registryTable(cube, 'sme-count', 'industrySection')]);
  const districtTotals = byDistrict!.values.map((row) => row[STAT_SIZE_CLASSES.length]!);
  return {
    sme: {
      count: count.total,
      entries: entriesByMonth(cube).reduce((a, b) => a + b, 0),
      registrations: registrationsByMonth(cube).reduce((a, b) => a + b, 0),
      unclassified: unclassifiedOfYear(cube),
      employment: registryTotals(cube, 'sme-employment').total,
      revenueWan: registryTotals(cube, 'sme-revenue').total,
      bySize: STAT_SIZE_CLASSES.map((s) => ({ sizeZh: SIZE_ZH[s]!, count: count.bySize[s]! })),
    },
    byDistrict: cube.districts.map((d, i) => ({ nameZh: d.name, count: districtTotals[i] ?? null })),
  };
}

/** New registrations of the cube's year that are not classed (未划型) on its last day. */
function unclassifiedOfYear(cube: RegistryCube): number {
  const u = REGISTRATION_SIZE_CLASSES.indexOf('unclassified');
  const n = cube.registrationCellCount;
  let sum = 0;
  for (let m = 0; m < 12; m++) for (let d = 0; d < cube.districts.length; d++) for (let k = 0; k < cube.sections.length; k++) {
    sum += cube.registrationsByMonth[m * n + cube.registrationCell(u, d, k)]!;
  }
  return sum;
}
