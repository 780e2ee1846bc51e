import { listProcurementProjects, type Database, type Department } from '@huiqi/db';
import type { RuleBase } from '@huiqi/rules-engine';
import { assessReservedShares } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { departmentRef, planInputOf } from './procurement-context';
import { plainParameter } from './plain-parameter';

/**
 * A department's reserved-share compliance for a year, from its registered projects, as the
 * client sees it (department names bilingual, the rule-base jurisdiction named, a mapping note added).
 */
export async function assessDepartment(db: Database, rb: RuleBase, department: Department, year: number) {
  const projects = await listProcurementProjects(db, { year, departmentId: department.id });
  const { ref, note } = await departmentRef(db, rb, department);
  const r = assessReservedShares(ref, year, projects.map(planInputOf), rb);
  if (!r.ok) {
    // Stored projects were checked on write; a failure here means the rules changed under them.
    throw new AppError('PROCUREMENT_INVALID_INPUT', {
      message: { zh: `无法评估 ${department.name.zh} ${year} 年的预留份额：${r.error[0]?.message.zh ?? ''}`, en: `Cannot assess ${department.name.en} for ${year}: ${r.error[0]?.message.en ?? ''}` },
      details: { issues: r.error },
    });
  }
  const a = r.value;
  return {
    department: { id: department.id, name: department.name, jurisdiction: department.jurisdiction, rulesJurisdiction: ref.jurisdiction },
    year: a.year,
    asOf: a.asOf,
    status: a.status,
    figures: a.figures,
    requirements: a.requirements,
    projects: a.projects.map((p) => ({ id: p.id, name: p.name, band: p.band, method: p.method, budgetFen: p.budgetFen, reservedFen: p.reservedFen, smallMicroFen: p.smallMicroFen })),
    toMeet: a.toMeet,
    parameters: a.parameters.map(plainParameter),
    notes: note ? [note, ...a.notes] : a.notes,
  };
}
