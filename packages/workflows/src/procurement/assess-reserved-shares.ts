import { err, fen, fenTimes, ok, parsePlainDate, ratio, toDecimalText, type BilingualText, type Fen, type PlainDate, type Result } from '@huiqi/kernel';
import type { ResolvedParam } from '@huiqi/rules-engine';
import { CITE } from './citations';
import { checkPlanProject, type PlanProject, type PlanProjectInput } from './procurement-plan';
import { resolveParam } from './rate-ranges';
import { decimal, fieldError, procurementNoteText, requirementText, toMeetText, type ProcurementFieldProblem, type RequirementReason, type ShareScope, type ToMeetAction } from './procurement-reasons';
import { type ProcurementContext, type ProcurementInputError } from './types';
import { shownValue } from './shown-value';

export interface DepartmentRef {
  id: string;
  name: string;
  jurisdiction: string;
}

export type RequirementCode = 'FULL_RESERVATION' | 'RESERVED_SHARE' | 'SMALL_MICRO_SHARE' | 'DEPARTMENT_RESERVED_SHARE' | 'DEPARTMENT_SMALL_MICRO_SHARE';

/** One rule checked against the plan, with its figures in fen and what is missing. */
export interface RequirementCheck {
  code: RequirementCode;
  label: BilingualText;
  met: boolean;
  /** A consultation draft's figure: shown for information, not counted in `status`. */
  draft: boolean;
  baseFen: Fen;
  /** Ratio applied to the base (decimal text), null for the per-project full reservation. */
  ratio: string | null;
  requiredFen: Fen;
  actualFen: Fen;
  gapFen: Fen;
  projectIds: string[];
  citations: string[];
  /** The rule and its figures as a code (worded by `requirementText`, procurement-reasons.ts). */
  why: RequirementReason;
  explanation: BilingualText;
}

export interface ProjectShareView {
  id: string;
  name: string;
  category: PlanProject['category'];
  budgetFen: Fen;
  suitableForSme: boolean;
  exemption: PlanProject['exemption'];
  /** UP_TO_CEILING: must be reserved wholly (Art. 8 para 1); ABOVE_CEILING: counts towards Art. 8 para 2; EXEMPT: not suitable. */
  band: 'UP_TO_CEILING' | 'ABOVE_CEILING' | 'EXEMPT';
  method: PlanProject['method'];
  reservedFen: Fen;
  smallMicroFen: Fen;
  description: BilingualText;
}

export interface ReservedShareAssessment {
  department: DepartmentRef;
  year: number;
  /** Parameters are read as of this date (the last day of the year unless asked otherwise). */
  asOf: PlainDate;
  status: 'MET' | 'NOT_MET' | 'NO_SUITABLE_PROJECTS';
  figures: {
    totalBudgetFen: Fen;
    suitableBudgetFen: Fen;
    exemptBudgetFen: Fen;
    reservedFen: Fen;
    smallMicroFen: Fen;
    /** Reserved ÷ suitable budget, decimal text (null without suitable budget). */
    reservedShareOfSuitable: string | null;
    /** Small-micro ÷ reserved, decimal text (null when nothing is reserved). */
    smallMicroShareOfReserved: string | null;
  };
  requirements: RequirementCheck[];
  projects: ProjectShareView[];
  /** What it would take to meet every requirement in force, in words with amounts. */
  toMeet: BilingualText[];
  parameters: ResolvedParam[];
  notes: BilingualText[];
}

export interface AssessOptions {
  asOf?: PlainDate;
}

const P = 'procurement.reserved_share';
const sum = (xs: number[]) => fen(xs.reduce((s, x) => s + x, 0));
const ratioOf = (a: number, b: number): string | null => (b > 0 ? toDecimalText(ratio(BigInt(a), BigInt(b)), 10) : null);

/**
 * Checks a department's procurement plan for a year against the reserved-share rules of its
 * jurisdiction (46号 Art. 8; a local department-wide rule where a parameter says so, e.g. Shanghai
 * Art. 49 para 3; Shenzhen's 2023 works extension). Consultation-draft figures are listed as
 * information only. Input errors are returned, never thrown.
 */
export function assessReservedShares(
  department: DepartmentRef,
  year: number,
  projects: PlanProjectInput[],
  ctx: ProcurementContext,
  opts: AssessOptions = {},
): Result<ReservedShareAssessment, ProcurementInputError[]> {
  const errors: ProcurementInputError[] = [];
  const bad = (field: string, problem: ProcurementFieldProblem) => errors.push(fieldError(field, problem));
  if (!department || typeof department.id !== 'string' || !department.id) bad('department.id', { code: 'TEXT_REQUIRED' });
  if (!department || !ctx.jurisdictions.has(department.jurisdiction)) bad('department.jurisdiction', { code: 'JURISDICTION_UNKNOWN', shown: shownValue(department?.jurisdiction) });
  if (!Number.isInteger(year) || year < 1900 || year > 2999) bad('year', { code: 'YEAR_EXPECTED' });
  const asOf = opts.asOf ?? parsePlainDate(`${year}-12-31`);
  if (!asOf) bad('asOf', { code: 'DATE_FORMAT_EXPECTED' });
  if (!Array.isArray(projects)) bad('projects', { code: 'NOT_AN_ARRAY' });
  if (errors.length) return err(errors);
  const ids = new Set<string>();
  const checked = projects.map((p, i) => {
    const c = checkPlanProject(p, i, errors);
    if (c && ids.has(c.id)) bad(`projects[${i}].id`, { code: 'PROJECT_ID_REPEATED', id: c.id });
    if (c) ids.add(c.id);
    return c;
  });
  if (errors.length) return err(errors);
  const plan = checked as PlanProject[];
  const j = department.jurisdiction;
  const d = asOf!;

  // Which jurisdiction's figures apply to Art. 8 para 2: the nearest one not on a department-wide basis.
  const chain = [j, ...parentChain(ctx, j)];
  const basisAt = (x: string, includeDrafts = false) => ctx.params.resolve(`${P}.department_wide_basis`, x, d, { includeDrafts });
  const para2Jurisdiction = chain.find((x) => Number(basisAt(x)?.value ?? 0) === 0) ?? 'cn';
  const read = (path: string, at: string) => resolveParam(ctx.params, path, at, d);
  const reads = {
    ceilingGs: read(`${P}.full_reservation_ceiling_goods_services`, j),
    ceilingW: read(`${P}.full_reservation_ceiling_works`, j),
    minRatio: read(`${P}.min_ratio`, para2Jurisdiction),
    worksRatio: read(`${P}.works_min_ratio`, para2Jurisdiction),
    smRatio: read(`${P}.small_micro_min_ratio`, para2Jurisdiction),
  };
  for (const r of Object.values(reads)) if (!r.ok) errors.push({ ...r.error, field: 'year' });
  if (errors.length) return err(errors);
  const v = Object.fromEntries(Object.entries(reads).map(([k, r]) => [k, (r as { value: ResolvedParam }).value])) as Record<keyof typeof reads, ResolvedParam>;
  const parameters: ResolvedParam[] = Object.values(v);
  const notes: BilingualText[] = [];

  const views: ProjectShareView[] = plan.map((p) => {
    const ceiling = p.category === 'WORKS' ? v.ceilingW.value : v.ceilingGs.value;
    const band = !p.suitableForSme ? 'EXEMPT' : p.budgetFen <= Number(ceiling) ? 'UP_TO_CEILING' : 'ABOVE_CEILING';
    return { id: p.id, name: p.name, category: p.category, budgetFen: p.budgetFen, suitableForSme: p.suitableForSme, exemption: p.exemption, band, method: p.method, reservedFen: p.reservedFen, smallMicroFen: p.smallMicroFen, description: p.description };
  });
  const suitable = views.filter((p) => p.band !== 'EXEMPT');
  const requirements: RequirementCheck[] = [];

  // 第八条第一款: each suitable project up to the ceiling is reserved wholly.
  for (const p of views.filter((x) => x.band === 'UP_TO_CEILING')) {
    const ceiling = p.category === 'WORKS' ? v.ceilingW : v.ceilingGs;
    const gap = fen(p.budgetFen - p.reservedFen);
    requirements.push(
      check({ code: 'FULL_RESERVATION', projectName: p.name, category: p.category, budgetFen: p.budgetFen, ceilingFen: fen(Number(ceiling.value)), reservedFen: p.reservedFen }, {
        met: gap === 0,
        draft: false,
        baseFen: p.budgetFen,
        ratio: '1',
        requiredFen: p.budgetFen,
        actualFen: p.reservedFen,
        gapFen: gap,
        projectIds: [p.id],
        citations: [CITE.fullReservation, ceiling.reference],
      }),
    );
  }

  // 第八条第二款: larger suitable projects together, ≥ ratio reserved (works at the works ratio), part of it for small and micro.
  const above = views.filter((x) => x.band === 'ABOVE_CEILING');
  if (above.length) {
    const gs = above.filter((p) => p.category !== 'WORKS');
    const w = above.filter((p) => p.category === 'WORKS');
    const baseGs = sum(gs.map((p) => p.budgetFen));
    const baseW = sum(w.map((p) => p.budgetFen));
    const required = fen(fenTimes(baseGs, v.minRatio.value, 'CEIL') + fenTimes(baseW, v.worksRatio.value, 'CEIL'));
    const actual = sum(above.map((p) => p.reservedFen));
    const both = w.length > 0 && gs.length > 0;
    requirements.push(
      check({ code: 'RESERVED_SHARE', ratio: decimal((!both && w.length ? v.worksRatio : v.minRatio).value), worksRatio: both ? decimal(v.worksRatio.value) : null, projects: above.length, baseFen: fen(baseGs + baseW), requiredFen: required, actualFen: actual }, {
        met: actual >= required,
        draft: false,
        baseFen: fen(baseGs + baseW),
        ratio: both ? null : toDecimalText((w.length ? v.worksRatio : v.minRatio).value, 10),
        requiredFen: required,
        actualFen: actual,
        gapFen: fen(Math.max(0, required - actual)),
        projectIds: above.map((p) => p.id),
        citations: unique([CITE.partReservation, ...(gs.length ? [v.minRatio.reference] : []), ...(w.length ? [v.worksRatio.reference] : [])]),
      }),
    );
    requirements.push(smallMicroCheck('SMALL_MICRO_SHARE', required, sum(above.map((p) => p.smallMicroFen)), v.smRatio, above.map((p) => p.id), false));
  }

  // The department-wide share (中小企业促进法 第四十条第二款 in every jurisdiction since 2018-01-01; Shanghai
  // Art. 49 para 3 locally), and a consultation draft's different figures as information.
  for (const includeDrafts of [false, true]) {
    const local = basisAt(j, includeDrafts);
    const isLocal = local !== null && Number(local.value) === 1;
    if (includeDrafts && !(isLocal && local.draft)) continue;
    const mr = ctx.params.resolve(isLocal ? `${P}.min_ratio` : `${P}.department_min_ratio`, j, d, { includeDrafts });
    const sr = ctx.params.resolve(isLocal ? `${P}.small_micro_min_ratio` : `${P}.department_small_micro_min_ratio`, j, d, { includeDrafts });
    if (!mr || !sr) continue;
    const basis = isLocal ? local : mr;
    const base = sum(suitable.map((p) => p.budgetFen));
    const required = fenTimes(base, mr.value, 'CEIL');
    const actual = sum(suitable.map((p) => p.reservedFen));
    const exemptFen = sum(views.filter((p) => p.band === 'EXEMPT').map((p) => p.budgetFen));
    requirements.push(
      check({ code: 'DEPARTMENT_RESERVED_SHARE', ratio: decimal(mr.value), draft: includeDrafts, baseFen: base, exemptFen, requiredFen: required, actualFen: actual }, {
        met: actual >= required,
        draft: includeDrafts,
        baseFen: base,
        ratio: toDecimalText(mr.value, 10),
        requiredFen: required,
        actualFen: actual,
        gapFen: fen(Math.max(0, required - actual)),
        projectIds: suitable.map((p) => p.id),
        citations: unique([basis.reference, mr.reference]),
      }),
    );
    requirements.push(smallMicroCheck('DEPARTMENT_SMALL_MICRO_SHARE', required, sum(suitable.map((p) => p.smallMicroFen)), sr, suitable.map((p) => p.id), includeDrafts));
    if (includeDrafts) parameters.push(mr, sr);
    else parameters.push(basis, mr, sr);
  }

  for (const p of parameters.filter((x) => x.unverified)) notes.push(procurementNoteText({ code: 'PARAMETER_UNVERIFIED', path: p.path, from: p.from, note: p.note ?? '' }));
  notes.push(procurementNoteText({ code: 'PROCUREMENT_THRESHOLD_NOT_ENCODED' }));

  const inForce = requirements.filter((r) => !r.draft);
  const status = suitable.length === 0 ? 'NO_SUITABLE_PROJECTS' : inForce.every((r) => r.met) ? 'MET' : 'NOT_MET';
  const reservedFen = sum(suitable.map((p) => p.reservedFen));
  const smallMicroFen = sum(suitable.map((p) => p.smallMicroFen));
  const suitableBudgetFen = sum(suitable.map((p) => p.budgetFen));
  return ok({
    department,
    year,
    asOf: d,
    status,
    figures: {
      totalBudgetFen: sum(views.map((p) => p.budgetFen)),
      suitableBudgetFen,
      exemptBudgetFen: sum(views.filter((p) => p.band === 'EXEMPT').map((p) => p.budgetFen)),
      reservedFen,
      smallMicroFen,
      reservedShareOfSuitable: ratioOf(reservedFen, suitableBudgetFen),
      smallMicroShareOfReserved: ratioOf(smallMicroFen, reservedFen),
    },
    requirements,
    projects: views,
    toMeet: whatItTakes(inForce),
    parameters: unique(parameters.map((p) => `${p.path}|${p.jurisdiction}|${p.from}`)).map((k) => parameters.find((p) => `${p.path}|${p.jurisdiction}|${p.from}` === k)!),
    notes,
  });
}

/** A requirement check: its code and figures, worded by the reasons file. */
function check(why: RequirementReason, rest: Omit<RequirementCheck, 'code' | 'label' | 'explanation' | 'why'>): RequirementCheck {
  const { label, explanation } = requirementText(why);
  return { code: why.code, label, ...rest, why, explanation };
}

function smallMicroCheck(code: 'SMALL_MICRO_SHARE' | 'DEPARTMENT_SMALL_MICRO_SHARE', reservedRequired: Fen, actual: Fen, ratio: ResolvedParam, projectIds: string[], draft: boolean): RequirementCheck {
  const required = fenTimes(reservedRequired, ratio.value, 'CEIL');
  return check({ code, ratio: decimal(ratio.value), draft, reservedRequiredFen: reservedRequired, requiredFen: required, actualFen: actual }, {
    met: actual >= required,
    draft,
    baseFen: reservedRequired,
    ratio: toDecimalText(ratio.value, 10),
    requiredFen: required,
    actualFen: actual,
    gapFen: fen(Math.max(0, required - actual)),
    projectIds,
    citations: unique([CITE.partReservation, ratio.reference]),
  });
}

/** Turns unmet requirements into actions: "再预留 120 万元 给中小企业，其中 84 万元 给小微企业". */
function whatItTakes(reqs: RequirementCheck[]): BilingualText[] {
  const out: ToMeetAction[] = [];
  for (const r of reqs) if (r.why.code === 'FULL_RESERVATION' && !r.met) out.push({ code: 'RESERVE_PROJECT_WHOLLY', projectName: r.why.projectName, gapFen: r.gapFen });
  for (const [share, sm] of [
    ['RESERVED_SHARE', 'SMALL_MICRO_SHARE'],
    ['DEPARTMENT_RESERVED_SHARE', 'DEPARTMENT_SMALL_MICRO_SHARE'],
  ] as const) {
    const a = reqs.find((x) => x.code === share);
    const b = reqs.find((x) => x.code === sm);
    if (!a || !b || (a.met && b.met)) continue;
    const scope: ShareScope = share === 'RESERVED_SHARE' ? 'ABOVE_CEILING' : 'DEPARTMENT';
    if (a.gapFen > 0) {
      const extraSm = Math.min(a.gapFen, b.gapFen);
      out.push({ code: 'RESERVE_MORE', scope, moreFen: a.gapFen, smallMicroFen: b.gapFen > 0 ? extraSm : 0, turnOverFen: b.gapFen - extraSm });
    } else if (b.gapFen > 0) {
      out.push({ code: 'TURN_OVER_TO_SMALL_MICRO', scope, turnOverFen: b.gapFen });
    }
  }
  return out.map(toMeetText);
}

function parentChain(ctx: ProcurementContext, j: string): string[] {
  const out: string[] = [];
  let cur = ctx.jurisdictions.get(j)?.parent ?? null;
  while (cur && out.length < 16) {
    out.push(cur);
    cur = ctx.jurisdictions.get(cur)?.parent ?? null;
  }
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

