import { err, ok, type Result } from '@huiqi/kernel';
import { MIN_INSPECTORS_PER_TARGET } from './draw-inspectors';
import { inspectionError, type InspectionError } from './inspection-error';

/**
 * 扫码入企: who may register a visit. The inspectors who go (at least two, each named once) must be
 * the ones drawn for the target (a planned visit), or — for an emergency inspection, which has no
 * draw — active inspectors of the department's roster without a declared conflict with the
 * enterprise, and the emergency needs a stated reason (it is registered before it is carried out).
 */
export type VisitBasis =
  | { kind: 'PLANNED'; drawnInspectorIds: readonly string[] }
  | { kind: 'EMERGENCY'; reason: string; roster: readonly { id: string; isActive: boolean; conflicts: readonly string[] }[] };

export function checkVisitInspectors(uscc: string, inspectorIds: readonly string[], basis: VisitBasis): Result<string[], InspectionError> {
  const ids = inspectorIds.map((i) => i.trim());
  if (new Set(ids).size !== ids.length) return err(inspectionError('INSPECTOR_DUPLICATE', '同一检查人员不能登记两次', 'an inspector is named twice', { inspectorIds: ids }));
  if (ids.length < MIN_INSPECTORS_PER_TARGET)
    return err(inspectionError('TOO_FEW_INSPECTORS', `入企检查至少需要 ${MIN_INSPECTORS_PER_TARGET} 名执法检查人员`, `an on-site inspection needs at least ${MIN_INSPECTORS_PER_TARGET} inspectors`, { uscc }));
  if (basis.kind === 'PLANNED') {
    const drawn = new Set(basis.drawnInspectorIds);
    const outside = ids.filter((i) => !drawn.has(i));
    if (outside.length > 0)
      return err(inspectionError('INSPECTOR_NOT_ASSIGNED', `检查人员 ${outside.join('、')} 不是随机抽取到该检查对象的人员`, `inspector(s) ${outside.join(', ')} were not drawn for this target`, { inspectorIds: outside }));
    return ok(ids);
  }
  if (basis.reason.trim().length === 0) return err(inspectionError('PAYLOAD_INVALID', '应急检查须写明理由', 'an emergency inspection needs a reason', { field: 'reason' }));
  const roster = new Map(basis.roster.map((r) => [r.id, r]));
  const unfit = ids.filter((i) => !roster.get(i)?.isActive || roster.get(i)!.conflicts.includes(uscc));
  if (unfit.length > 0)
    return err(inspectionError('INSPECTOR_NOT_ASSIGNED', `检查人员 ${unfit.join('、')} 不在本部门在岗名录中，或已申报与该企业存在利害关系（应回避）`, `inspector(s) ${unfit.join(', ')} are not active in the roster or declared a conflict with this enterprise`, { inspectorIds: unfit }));
  return ok(ids);
}
