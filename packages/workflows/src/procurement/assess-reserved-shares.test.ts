import { describe, expect, it } from 'vitest';
import { loadRuleBase } from '@huiqi/rules-engine';
import { assessReservedShares, type DepartmentRef } from './assess-reserved-shares';
import type { PlanProjectInput } from './procurement-plan';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;
const WAN = 1_000_000; // 1万元 in fen

const dept = (jurisdiction = 'cn'): DepartmentRef => ({ id: 'D1', name: '某市教育局', jurisdiction });
const small: PlanProjectInput = { id: 'P1', name: '办公家具', budgetFen: 150 * WAN, category: 'GOODS', suitableForSme: true, reservation: { method: 'WHOLE_PROJECT', reservedFor: 'SME' } };
const large: PlanProjectInput = { id: 'P2', name: '教学设备', budgetFen: 500 * WAN, category: 'GOODS', suitableForSme: true, reservation: { method: 'NONE' } };
const exempt: PlanProjectInput = { id: 'P3', name: '专用软件运维', budgetFen: 700 * WAN, category: 'SERVICES', suitableForSme: false, exemption: { reason: '按照本办法规定预留采购份额无法确保充分供应、充分竞争' }, reservation: { method: 'NONE' } };

const run = (projects: PlanProjectInput[], jurisdiction = 'cn', year = 2024) => {
  const r = assessReservedShares(dept(jurisdiction), year, projects, rb);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('assessReservedShares — 46号 Art. 8', () => {
  it('three projects: unmet until a lot of the large project is reserved for small and micro firms', () => {
    const before = run([small, large, exempt]);
    expect(before.status).toBe('NOT_MET');
    expect(before.figures).toMatchObject({ totalBudgetFen: 1350 * WAN, suitableBudgetFen: 650 * WAN, exemptBudgetFen: 700 * WAN, reservedFen: 150 * WAN, smallMicroFen: 0 });
    const share = before.requirements.find((r) => r.code === 'RESERVED_SHARE')!;
    expect(share).toMatchObject({ met: false, baseFen: 500 * WAN, ratio: '0.3', requiredFen: 150 * WAN, actualFen: 0, gapFen: 150 * WAN, projectIds: ['P2'] });
    expect(before.requirements.find((r) => r.code === 'FULL_RESERVATION')).toMatchObject({ met: true, projectIds: ['P1'] });
    expect(before.requirements.find((r) => r.code === 'SMALL_MICRO_SHARE')).toMatchObject({ met: false, requiredFen: 90 * WAN });
    expect(before.toMeet.map((t) => t.zh)).toEqual([
      '在超过全部预留上限的项目中再预留 150 万元 给中小企业，其中 90 万元 给小微企业',
      // 中小企业促进法 第四十条第二款: ≥30% of the department's suitable annual budget (650万), ≥60% of that to small and micro.
      '在本部门年度项目中再预留 45 万元 给中小企业，其中 45 万元 给小微企业，并将已预留部分中的 72 万元 改为专门面向小微企业',
    ]);

    const withLot: PlanProjectInput = { ...large, reservation: { method: 'LOTS', lots: [{ id: '包2', budgetFen: 150 * WAN, reservedFor: 'SMALL_MICRO' }] } };
    const after = run([small, withLot, exempt]);
    expect(after.status).toBe('MET');
    expect(after.toMeet).toEqual([]);
    expect(after.figures).toMatchObject({ reservedFen: 300 * WAN, smallMicroFen: 150 * WAN, smallMicroShareOfReserved: '0.5' });
  });

  it('a lot one fen short of 30% is still unmet, and the gap says exactly one fen', () => {
    const lot = (budgetFen: number): PlanProjectInput => ({ ...large, reservation: { method: 'LOTS', lots: [{ id: 'a', budgetFen, reservedFor: 'SMALL_MICRO' }] } });
    const r = run([lot(150 * WAN - 1)]);
    expect(r.status).toBe('NOT_MET');
    // small-micro part already met; the department-wide 30% (促进法 第四十条第二款) is one fen short as well
    expect(r.toMeet.map((t) => t.zh)).toEqual(['在超过全部预留上限的项目中再预留 0.01 元 给中小企业', '在本部门年度项目中再预留 0.01 元 给中小企业']);
  });

  it('a project up to 200万 not reserved wholly is listed with its gap', () => {
    const r = run([{ ...small, reservation: { method: 'LOTS', lots: [{ id: 'a', budgetFen: 100 * WAN, reservedFor: 'SME' }] } }]);
    expect(r.status).toBe('NOT_MET');
    expect(r.requirements[0]).toMatchObject({ code: 'FULL_RESERVATION', met: false, gapFen: 50 * WAN });
    expect(r.requirements[0]!.citations).toContain('cn/measures/procurement-sme-promotion@2021-01-01#art_8__para_1');
    expect(r.toMeet[0]!.zh).toBe('将「办公家具」全部预留给中小企业（尚差 50 万元）');
  });

  it('reserved share met but too little for small and micro: the small-micro part is what it takes', () => {
    const r = run([{ ...large, reservation: { method: 'CONSORTIUM', smeShare: '0.3', smallMicroShare: '0.1' } }]);
    expect(r.requirements.find((x) => x.code === 'RESERVED_SHARE')!.met).toBe(true);
    expect(r.requirements.find((x) => x.code === 'SMALL_MICRO_SHARE')).toMatchObject({ met: false, requiredFen: 90 * WAN, actualFen: 50 * WAN });
    expect(r.toMeet[0]!.zh).toContain('将已预留部分中的 40 万元 改为专门面向小微企业');
  });

  it('works: 30% in 2021, 40% in 2023 in Shenzhen (深工信〔2023〕26号 measure 9)', () => {
    const works: PlanProjectInput = { id: 'W', name: '校舍维修', budgetFen: 1000 * WAN, category: 'WORKS', suitableForSme: true, reservation: { method: 'SUBCONTRACT', smeShare: '0.35', smallMicroShare: '0.25' } };
    const y2021 = run([works], 'cn-gd-sz', 2021);
    expect(y2021.requirements.find((x) => x.code === 'RESERVED_SHARE')).toMatchObject({ met: true, ratio: '0.3', requiredFen: 300 * WAN });
    const y2023 = run([works], 'cn-gd-sz', 2023);
    const share = y2023.requirements.find((x) => x.code === 'RESERVED_SHARE')!;
    expect(share).toMatchObject({ met: false, ratio: '0.4', requiredFen: 400 * WAN, actualFen: 350 * WAN, gapFen: 50 * WAN });
    expect(share.citations).toContain('cn-gd-sz/measures/sme-relief-2023#measure_9__para_1');
    expect(y2023.status).toBe('NOT_MET');
  });

  it('works up to 400万 must be reserved wholly; a 400万 works project is not in the 30% pool', () => {
    const r = run([{ id: 'W', name: '围墙', budgetFen: 400 * WAN, category: 'WORKS', suitableForSme: true, reservation: { method: 'NONE' } }]);
    expect(r.projects[0]!.band).toBe('UP_TO_CEILING');
    expect(r.requirements.map((x) => x.code)).toEqual(['FULL_RESERVATION', 'DEPARTMENT_RESERVED_SHARE', 'DEPARTMENT_SMALL_MICRO_SHARE']);
  });

  it('中小企业促进法 第四十条第二款 applies to every department in every jurisdiction: ≥30% of the suitable annual budget, ≥60% of it to small and micro', () => {
    for (const j of ['cn', 'cn-gd-sz', 'cn-sd-qd']) {
      const r = run([small, large, exempt], j, 2024);
      const dep = r.requirements.find((x) => x.code === 'DEPARTMENT_RESERVED_SHARE')!;
      expect(dep, j).toMatchObject({ draft: false, baseFen: 650 * WAN, requiredFen: 195 * WAN, actualFen: 150 * WAN, met: false });
      expect(dep.citations, j).toContain('cn/law/sme-promotion@2018-01-01#art_40__para_2');
      expect(r.requirements.find((x) => x.code === 'DEPARTMENT_SMALL_MICRO_SHARE'), j).toMatchObject({ requiredFen: 117 * WAN, draft: false });
    }
  });

  it('a department with only exempt projects has nothing to meet', () => {
    expect(run([exempt]).status).toBe('NO_SUITABLE_PROJECTS');
  });
});

describe('assessReservedShares — local rules', () => {
  it('Shanghai: also ≥30% of the department annual suitable budget (Art. 49 para 3), with national Art. 8 still applied', () => {
    const r = run([small, large, exempt], 'cn-sh');
    const dep = r.requirements.find((x) => x.code === 'DEPARTMENT_RESERVED_SHARE')!;
    expect(dep).toMatchObject({ draft: false, baseFen: 650 * WAN, requiredFen: 195 * WAN, actualFen: 150 * WAN, met: false });
    expect(dep.citations).toContain('cn-sh/regulation/sme-promotion@2020-06-18#art_49__para_3');
    expect(r.requirements.find((x) => x.code === 'RESERVED_SHARE')!.citations).toContain('cn/measures/procurement-sme-promotion@2021-01-01#art_8__para_2');
    expect(r.toMeet.map((t) => t.zh)).toContain('在本部门年度项目中再预留 45 万元 给中小企业，其中 45 万元 给小微企业，并将已预留部分中的 72 万元 改为专门面向小微企业');
  });

  it('Shenzhen 2025: the draft 40%/70% are shown as information and do not decide the status', () => {
    const p: PlanProjectInput = { id: 'S', name: '物业服务', budgetFen: 300 * WAN, category: 'SERVICES', suitableForSme: true, reservation: { method: 'LOTS', lots: [{ id: 'a', budgetFen: 90 * WAN, reservedFor: 'SMALL_MICRO' }] } };
    const r = run([p], 'cn-gd-sz', 2025);
    const draft = r.requirements.filter((x) => x.draft);
    expect(draft.map((x) => [x.code, x.requiredFen])).toEqual([
      ['DEPARTMENT_RESERVED_SHARE', 120 * WAN],
      ['DEPARTMENT_SMALL_MICRO_SHARE', 84 * WAN],
    ]);
    expect(draft[0]!.label.zh).toContain('征求意见稿');
    expect(r.status).toBe('MET');
    expect(r.requirements.find((x) => x.code === 'RESERVED_SHARE')).toMatchObject({ ratio: '0.3', met: true });
  });
});

describe('assessReservedShares — input errors name the field', () => {
  it('lists every bad field', () => {
    const r = assessReservedShares(dept(), 2024, [
      { ...exempt, exemption: null },
      { ...large, reservation: { method: 'LOTS', lots: [{ id: 'a', budgetFen: 600 * WAN, reservedFor: 'SME' }] } },
      { ...large, id: 'P4', reservation: { method: 'CONSORTIUM', smeShare: '0.3', smallMicroShare: '0.4' } },
      { ...large, id: 'P5', budgetFen: 0, reservation: { method: 'SOMETIMES' as never } },
    ], rb);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => e.field)).toEqual(['projects[0].exemption.reason', 'projects[1].reservation.lots', 'projects[2].reservation.smallMicroShare', 'projects[3].budgetFen', 'projects[3].reservation.method']);
  });

  it('refuses an unknown jurisdiction and a year before 46号', () => {
    const a = assessReservedShares({ ...dept(), jurisdiction: 'nowhere' }, 2024, [], rb);
    expect(a.ok || a.error[0]!.field).toBe('department.jurisdiction');
    const b = assessReservedShares(dept(), 2019, [small], rb);
    expect(b.ok || b.error[0]!.code).toBe('NO_PARAMETER');
  });
});
