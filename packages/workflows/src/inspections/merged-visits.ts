import type { PlainDate } from '@huiqi/kernel';

/**
 * 综合查一次 / 联合检查 — when plans of two or more departments reach the same enterprise in
 * overlapping windows, one joint visit is proposed instead of one visit per plan
 * (国办发〔2024〕54号: 能合并的不重复检查、能联合的不单独检查, facts §6.2; 深圳条例 第六十八条第一款
 * 跨部门行政执法协作). Pure: the caller passes the drawn targets of the plans it may see.
 *
 * Per enterprise, planned visits are taken in order of window start and grouped while the common
 * window of the group stays non-empty; a group with at least two departments is a proposal, and it
 * avoids (visits in the group − 1) visits. Visits of one department to one enterprise in one group
 * are counted as planned, not merged away (merging within a department is its own plan's business).
 */
export interface PlannedVisit {
  planId: string;
  departmentId: string;
  uscc: string;
  /** The plan's inspection window, both days included. */
  from: PlainDate;
  to: PlainDate;
}

export interface MergedVisitProposal {
  uscc: string;
  planIds: string[];
  departmentIds: string[];
  /** The window common to every plan of the proposal. */
  from: PlainDate;
  to: PlainDate;
  visitsAvoided: number;
}

export interface MergedVisitSummary {
  proposals: MergedVisitProposal[];
  plannedVisits: number;
  visitsAfterMerging: number;
  visitsAvoided: number;
}

export function proposeMergedVisits(planned: readonly PlannedVisit[]): MergedVisitSummary {
  const byEnterprise = new Map<string, PlannedVisit[]>();
  for (const v of planned) {
    const list = byEnterprise.get(v.uscc);
    if (list) list.push(v);
    else byEnterprise.set(v.uscc, [v]);
  }
  const proposals: MergedVisitProposal[] = [];
  for (const [uscc, visits] of [...byEnterprise].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    visits.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.planId < b.planId ? -1 : 1));
    let group: PlannedVisit[] = [];
    let from = '' as PlainDate;
    let to = '' as PlainDate;
    const flush = () => {
      const departments = [...new Set(group.map((g) => g.departmentId))].sort();
      if (departments.length >= 2) proposals.push({ uscc, planIds: group.map((g) => g.planId), departmentIds: departments, from, to, visitsAvoided: group.length - 1 });
    };
    for (const v of visits) {
      if (group.length > 0 && v.from <= to && v.to >= from) {
        group.push(v);
        if (v.from > from) from = v.from;
        if (v.to < to) to = v.to;
        continue;
      }
      if (group.length > 0) flush();
      group = [v];
      from = v.from;
      to = v.to;
    }
    if (group.length > 0) flush();
  }
  const visitsAvoided = proposals.reduce((s, p) => s + p.visitsAvoided, 0);
  return { proposals, plannedVisits: planned.length, visitsAfterMerging: planned.length - visitsAvoided, visitsAvoided };
}
