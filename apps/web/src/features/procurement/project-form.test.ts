import { describe, expect, it } from 'vitest';
import { formFromProject, projectInputFromForm, type ProjectFormValues } from './project-form';
import type { Project } from './procurement-api';

const base: ProjectFormValues = { code: ' A-1 ', name: '检测设备', category: 'GOODS', budgetYuan: '5,000,000', suitableForSme: true, method: 'NONE' };

describe('project form', () => {
  it('reads yuan exactly into fen and builds each reservation', () => {
    expect(projectInputFromForm(base)).toEqual({ ok: true, input: { code: 'A-1', name: '检测设备', category: 'GOODS', budgetFen: 500_000_000, suitableForSme: true, exemption: null, reservation: { method: 'NONE' } } });
    const lots = projectInputFromForm({ ...base, method: 'LOTS', lots: [{ id: '包2', budgetYuan: '1500000.50', reservedFor: 'SMALL_MICRO' }] });
    expect(lots.ok && lots.input.reservation).toEqual({ method: 'LOTS', lots: [{ id: '包2', budgetFen: 150_000_050, reservedFor: 'SMALL_MICRO' }] });
    const sub = projectInputFromForm({ ...base, method: 'SUBCONTRACT', smeShare: ' 0.3 ', smallMicroShare: '' });
    expect(sub.ok && sub.input.reservation).toEqual({ method: 'SUBCONTRACT', smeShare: '0.3', smallMicroShare: '0' });
  });

  it('names the fields it cannot read instead of guessing', () => {
    expect(projectInputFromForm({ ...base, budgetYuan: '5000000.123' })).toEqual({ ok: false, problems: [{ field: ['budgetYuan'], kind: 'AMOUNT' }] });
    expect(projectInputFromForm({ ...base, suitableForSme: false })).toEqual({ ok: false, problems: [{ field: ['exemptionReason'], kind: 'REQUIRED' }] });
    expect(projectInputFromForm({ ...base, method: 'LOTS', lots: [] })).toEqual({ ok: false, problems: [{ field: ['lots'], kind: 'REQUIRED' }] });
  });

  it('round-trips a stored project through the form', () => {
    const stored = { id: 'pp-x', departmentId: 'd', departmentName: { zh: '', en: '' }, year: 2026, code: 'A-1', name: '检测设备', category: 'GOODS', budgetFen: 500_000_000, suitableForSme: true, exemption: null, reservation: { method: 'LOTS', lots: [{ id: '包2', budgetFen: 150_000_000, reservedFor: 'SMALL_MICRO' }] }, reservationMethod: 'LOTS', reservationDescription: { zh: '', en: '' }, reservedFen: 0, smallMicroFen: 0, version: 1 } as Project;
    const back = projectInputFromForm(formFromProject(stored));
    expect(back.ok && back.input).toEqual({ code: 'A-1', name: '检测设备', category: 'GOODS', budgetFen: 500_000_000, suitableForSme: true, exemption: null, reservation: stored.reservation });
  });
});
