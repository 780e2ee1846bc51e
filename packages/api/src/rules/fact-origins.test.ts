import { describe, expect, it } from 'vitest';
import { beijingMinute, originOf, policyDataSources, versionRefsOf, withOrigins } from './fact-origins';

const miit = { zh: '市工业和信息化局', en: 'Municipal Bureau of Industry and IT' };
const intake = { type: 'INTAKE' as const, batchId: 'b1', departmentId: 'dept-miit', departmentName: miit, channel: 'API', receivedAt: '2026-12-06T16:05:00.000Z' };

describe('fact origins (数据来源)', () => {
  it('shows an instant as Beijing wall time, across midnight', () => {
    expect(beijingMinute('2026-12-06T16:05:00.000Z')).toBe('2026-12-07 00:05');
  });

  it('names the department and the time received, the enterprise itself, an officer, or an unknown writer', () => {
    expect(originOf(intake)).toEqual({ by: 'DEPARTMENT', department: miit, receivedAt: intake.receivedAt, label: { zh: '市工业和信息化局报送（2026-12-07 00:05 接收）', en: 'delivered by Municipal Bureau of Industry and IT (received 2026-12-07 00:05 Beijing time)' } });
    expect(originOf({ type: 'USER', role: 'ENTERPRISE', displayName: '张三' }).label.zh).toBe('企业自行填报');
    expect(originOf({ type: 'USER', role: 'SME_BUREAU', displayName: '李四' })).toMatchObject({ by: 'OFFICER', label: { zh: '中小企业服务局工作人员在平台录入' } });
    expect(originOf({ type: 'USER', role: null, displayName: null }).by).toBe('PLATFORM');
  });

  it('attaches each source its version\'s origin; declared facts are the enterprise\'s own; the facts an explanation read are listed once, missing ones left out', () => {
    const sources = [
      { fact: 'industryCode' as const, from: 'PROFILE' as const, field: 'industryCode', version: 3 },
      { fact: 'revenue' as const, from: 'FIGURES' as const, field: 'revenueFen', year: 2025, version: 2 },
      { fact: 'rdStaff' as const, from: 'DECLARED' as const, field: 'rdStaff', year: 2025, version: 1 },
    ];
    expect(versionRefsOf(sources)).toEqual([{ kind: 'PROFILE', year: null, version: 3 }, { kind: 'FIGURES', year: 2025, version: 2 }]);
    const withO = withOrigins(sources, [{ kind: 'FIGURES', year: 2025, version: 2, source: intake }]);
    expect(withO.map((s) => s.origin?.by ?? null)).toEqual([null, 'DEPARTMENT', 'ENTERPRISE']);
    const origins = new Map(withO.filter((s) => s.origin).map((s) => [s.fact, s.origin!]));
    const fact = (name: string, missing = false) => ({ fact: { name, label: { zh: name, en: name }, missing } });
    const listed = policyDataSources({
      clauses: [{ trace: { children: [fact('revenue'), fact('rdStaff'), fact('revenue')] } }, { trace: fact('employees', true) }],
      amount: { trace: fact('rdStaff') },
      outputs: [],
    }, origins);
    expect(listed.map((d) => [d.fact, d.origin.by])).toEqual([['revenue', 'DEPARTMENT'], ['rdStaff', 'ENTERPRISE']]);
  });
});
