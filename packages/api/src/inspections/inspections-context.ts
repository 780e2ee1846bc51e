import { findDepartment, getInspectionItem, listDepartments, type Database, type StoredInspectionItem } from '@huiqi/db';
import type { InspectionError } from '@huiqi/workflows';
import { INSPECTION_METHOD_LABELS, type InspectionPlan } from '@huiqi/workflows';
import { AppError } from '../errors/app-error';
import { lawLibrary } from '../law/law-library';

/** Each legal basis address resolved in the law library, or 422 naming the first that does not. */
export function resolveLegalBasis(addresses: readonly string[]): { address: string; citation: string; title: string }[] {
  const lib = lawLibrary();
  return addresses.map((address) => {
    const r = lib.resolve(address);
    if (!r)
      throw new AppError('INSPECTION_LEGAL_BASIS_UNRESOLVED', {
        message: { zh: `检查依据「${address}」在法规库中找不到（格式：work@版本#条款，如 cn/law/administrative-penalty@2021-07-15#art_33）`, en: `the legal basis "${address}" does not resolve in the law library (form work@version#eId)` },
        details: { address },
      });
    return { address, citation: r.citation, title: r.title };
  });
}

/** For display of stored items: unresolvable addresses (a text withdrawn later) are shown as written. */
function citationOf(address: string): { address: string; citation: string; title: string } {
  const r = lawLibrary().resolve(address);
  return { address, citation: r?.citation ?? address, title: r?.title ?? '' };
}

export async function departmentNames(db: Database): Promise<Map<string, string>> {
  return new Map((await listDepartments(db)).map((d) => [d.id, d.name.zh]));
}

export function presentItem(item: StoredInspectionItem, names: Map<string, string>) {
  return {
    id: item.id,
    departmentId: item.departmentId,
    departmentName: names.get(item.departmentId) ?? item.departmentId,
    name: item.name,
    legalBasis: item.legalBasis.map(citationOf),
    method: item.method,
    methodLabel: INSPECTION_METHOD_LABELS[item.method].zh,
    annualCapPerEnterprise: item.annualCapPerEnterprise,
    publishedAt: item.publishedAt,
  };
}

export async function presentPlan(db: Database, plan: InspectionPlan, names: Map<string, string>) {
  const items = [];
  for (const id of plan.itemIds) items.push({ id, name: (await getInspectionItem(db, id))?.name ?? id });
  return { ...plan, window: planWindow(plan), departmentName: names.get(plan.departmentId) ?? plan.departmentId, items };
}

/** A plan's inspection window; plans stored before windows existed cover their whole year. */
export function planWindow(plan: Pick<InspectionPlan, 'year'> & { window?: InspectionPlan['window'] }): { from: string; to: string } {
  return plan.window ?? { from: `${plan.year}-01-01`, to: `${plan.year}-12-31` };
}

export async function requireDepartment(db: Database, id: string) {
  const d = await findDepartment(db, id);
  if (!d) throw new AppError('DEPARTMENT_NOT_FOUND', { message: { zh: `未找到部门 ${id}`, en: `No department ${id}` } });
  return d;
}

/** A domain refusal as an API error (the stratum, line or target named in the message and details). */
export function domainError(e: InspectionError): AppError {
  const code =
    e.code === 'ACTION_NOT_ALLOWED' ? 'INSPECTION_ACTION_NOT_ALLOWED'
    : e.code === 'ACTOR_NOT_PERMITTED' ? 'FORBIDDEN'
    : e.code === 'TOO_FEW_INSPECTORS' ? 'INSPECTION_TOO_FEW_INSPECTORS'
    : 'INSPECTION_INVALID_INPUT';
  return new AppError(code, { message: e.message, details: { code: e.code, ...e.details } });
}

export function domainErrors(errors: readonly InspectionError[]): AppError {
  const first = errors[0]!;
  const e = domainError(first);
  return new AppError(e.code, { message: errors.length === 1 ? first.message : { zh: errors.map((x) => x.message.zh).join('；'), en: errors.map((x) => x.message.en).join('; ') }, details: { errors: errors.map((x) => ({ code: x.code, message: x.message, ...x.details })) } });
}
