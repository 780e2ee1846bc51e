import { describe, expect, it } from 'vitest';
import { groupDataSources } from './data-source-groups';

const dept = { by: 'DEPARTMENT' as const, department: { zh: '市统计局', en: 'Statistics Bureau' }, receivedAt: '2026-12-06T02:00:00.000Z', label: { zh: '市统计局报送（2026-12-06 10:00 接收）', en: 'delivered by Statistics Bureau (received 2026-12-06 10:00 Beijing time)' } };
const self = { by: 'ENTERPRISE' as const, department: null, receivedAt: null, label: { zh: '企业自行填报', en: 'declared by the enterprise itself' } };
const fact = (zh: string) => ({ zh, en: zh });

describe('groupDataSources', () => {
  it('groups the facts by origin in order of first use', () => {
    const groups = groupDataSources([
      { fact: 'revenue', label: fact('营业收入'), origin: dept },
      { fact: 'rdStaff', label: fact('研发人员数'), origin: self },
      { fact: 'employees', label: fact('从业人员'), origin: dept },
    ]);
    expect(groups).toEqual([
      { origin: dept.label, facts: [fact('营业收入'), fact('从业人员')] },
      { origin: self.label, facts: [fact('研发人员数')] },
    ]);
  });

  it('is empty when the policy read no registry or declared fact', () => {
    expect(groupDataSources([])).toEqual([]);
  });
});
