import { findDepartment, listJurisdictions, type Database, type Department, type ProcurementProject, type ProcurementProjectFields } from '@huiqi/db';
import { bi, type BilingualText } from '@huiqi/kernel';
import type { RuleBase } from '@huiqi/rules-engine';
import { checkPlanProject, type DepartmentRef, type PlanProjectInput, type ProcurementInputError, type ReservationInput } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { getRules } from '../rules/rule-base';
import { ruleJurisdictionOf } from '../rules/rule-jurisdiction';

/** The rule base, loaded once per process (shared with the rules module). */
export async function procurementRules(): Promise<RuleBase> {
  return (await getRules()).rb;
}

/** A department as the procurement rules see it: its rule-base jurisdiction, with a note when mapped. */
export async function departmentRef(db: Database, rb: RuleBase, department: Department): Promise<{ ref: DepartmentRef; note: BilingualText | null }> {
  const names = await listJurisdictions(db);
  const nameZh = names.find((j) => j.id === department.jurisdiction)?.name.zh ?? department.jurisdiction;
  const j = ruleJurisdictionOf(rb, department.jurisdiction, nameZh);
  return { ref: { id: department.id, name: department.name.zh, jurisdiction: j.id }, note: j.note };
}

export async function loadDepartment(db: Database, id: string): Promise<Department> {
  const d = await findDepartment(db, id);
  if (!d) throw new AppError('DEPARTMENT_NOT_FOUND', { message: { zh: `未找到部门 ${id}`, en: `No department ${id}` } });
  return d;
}

/** A stored project as the plan input of the procurement rules. */
export function planInputOf(p: ProcurementProject): PlanProjectInput {
  return {
    id: p.id,
    name: p.name,
    budgetFen: p.budgetFen,
    category: p.category,
    suitableForSme: p.suitableForSme,
    exemption: p.exemption ? { ...(p.exemption.article ? { article: p.exemption.article } : {}), reason: p.exemption.reason } : null,
    reservation: p.reservation as unknown as ReservationInput,
  };
}

/** Refuses input the procurement rules rejected: 400 with every field and its bilingual reason. */
export function invalidInput(errors: readonly ProcurementInputError[], rename: (field: string) => string = (f) => f): AppError {
  const first = errors[0];
  const more = errors.length > 1 ? bi(`（另有 ${errors.length - 1} 处问题）`, ` (and ${errors.length - 1} more)`) : bi('', '');
  return new AppError('PROCUREMENT_INVALID_INPUT', {
    message: first ? { zh: `${rename(first.field)}：${stripField(first.message.zh, first.field)}${more.zh}`, en: `${rename(first.field)}: ${stripField(first.message.en, first.field)}${more.en}` } : undefined,
    details: { issues: errors.map((e) => ({ code: e.code, field: rename(e.field), message: e.message })) },
  });
}

function stripField(text: string, field: string): string {
  for (const sep of ['：', ': ']) if (text.startsWith(`${field}${sep}`)) return text.slice(field.length + sep.length);
  return text;
}

/**
 * Checks one project as entered and returns what to store (reservation amounts computed by the
 * rules), or throws 400 naming the fields (`projects[0].` is dropped from the rules' field paths).
 */
export function projectFieldsOf(input: {
  code: string;
  name: string;
  category: ProcurementProjectFields['category'];
  budgetFen: number;
  suitableForSme: boolean;
  exemption?: { article?: string | null; reason: string } | null;
  reservation: Record<string, unknown>;
}): ProcurementProjectFields {
  const errors: ProcurementInputError[] = [];
  const exemption = input.suitableForSme ? null : input.exemption ? { ...(input.exemption.article ? { article: input.exemption.article } : {}), reason: input.exemption.reason } : null;
  const checked = checkPlanProject(
    { id: input.code, name: input.name, budgetFen: input.budgetFen, category: input.category, suitableForSme: input.suitableForSme, exemption, reservation: input.reservation as unknown as ReservationInput },
    0,
    errors,
  );
  if (!checked || errors.length) throw invalidInput(errors, (f) => f.replace(/^projects\[0\]\.?/, '') || '(project)');
  return {
    code: input.code,
    name: input.name,
    category: input.category,
    budgetFen: input.budgetFen,
    suitableForSme: input.suitableForSme,
    exemption: checked.exemption,
    reservation: input.reservation,
    reservationMethod: checked.method,
    reservedFen: checked.reservedFen,
    smallMicroFen: checked.smallMicroFen,
  };
}
