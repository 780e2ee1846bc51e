import { describe, expect, it } from 'vitest';
import { checkVisitInspectors } from './visit-registration';

const U = '91440300MA5HQ1PC0Y';

describe('checkVisitInspectors', () => {
  it('a planned visit takes only the inspectors drawn for the target, at least two, each once', () => {
    const planned = { kind: 'PLANNED', drawnInspectorIds: ['a', 'b'] } as const;
    expect(checkVisitInspectors(U, ['a', 'b'], planned)).toEqual({ ok: true, value: ['a', 'b'] });
    const one = checkVisitInspectors(U, ['a'], planned);
    expect(!one.ok && one.error.code).toBe('TOO_FEW_INSPECTORS');
    const twice = checkVisitInspectors(U, ['a', 'a'], planned);
    expect(!twice.ok && twice.error.code).toBe('INSPECTOR_DUPLICATE');
    const other = checkVisitInspectors(U, ['a', 'c'], planned);
    expect(!other.ok && other.error).toMatchObject({ code: 'INSPECTOR_NOT_ASSIGNED', details: { inspectorIds: ['c'] } });
  });

  it('an emergency visit needs a reason and active inspectors without a declared conflict', () => {
    const roster = [{ id: 'a', isActive: true, conflicts: [] }, { id: 'b', isActive: true, conflicts: [U] }, { id: 'c', isActive: false, conflicts: [] }, { id: 'd', isActive: true, conflicts: [] }];
    expect(checkVisitInspectors(U, ['a', 'd'], { kind: 'EMERGENCY', reason: '群众举报有安全隐患', roster }).ok).toBe(true);
    const noReason = checkVisitInspectors(U, ['a', 'd'], { kind: 'EMERGENCY', reason: ' ', roster });
    expect(!noReason.ok && noReason.error.code).toBe('PAYLOAD_INVALID');
    const unfit = checkVisitInspectors(U, ['a', 'b', 'c'], { kind: 'EMERGENCY', reason: '举报', roster });
    expect(!unfit.ok && unfit.error.details).toEqual({ inspectorIds: ['b', 'c'] });
  });
});
