import { request } from '../../api/client';

export type Method = 'ON_SITE' | 'IN_WRITING' | 'REMOTE';
export type PlanStatus = 'DRAFT' | 'SEED_COMMITTED' | 'DRAWN' | 'CLOSED' | 'CANCELLED';

export interface Item {
  id: string;
  departmentId: string;
  departmentName: string;
  name: string;
  legalBasis: { address: string; citation: string; title: string }[];
  method: Method;
  methodLabel: string;
  annualCapPerEnterprise: number;
  publishedAt: string | null;
}
export interface ItemInput {
  name: string;
  legalBasis: string[];
  method: Method;
  annualCapPerEnterprise: number;
}

export interface Target {
  uscc: string;
  enterpriseName: string | null;
  stratum: string;
  rank: number;
  digest: string;
  inspectors: { id: string; rank: number; digest: string; name?: string }[];
}

export interface Plan {
  planId: string;
  departmentId: string;
  departmentName: string;
  kind: 'ANNUAL' | 'AD_HOC';
  year: number;
  title: string;
  items: { id: string; name: string }[];
  ratios: Record<string, string>;
  ratioSources: Record<string, string>;
  inspectorsPerTarget: number;
  window: { from: string; to: string };
  status: PlanStatus;
  seedDigest: string | null;
  candidateCount: number | null;
  candidateListDigest: string | null;
  seed: string | null;
  targetCount: number | null;
  createdAt: string;
  committedAt: string | null;
  drawnAt: string | null;
  version: number;
}
export interface PlanDetail extends Plan {
  candidatesByStratum: Record<string, number>;
  targets: Target[];
  canManage: boolean;
}
export interface PlanInput {
  kind: 'ANNUAL' | 'AD_HOC';
  year: number;
  title: string;
  itemIds: string[];
  ratios: Record<string, string>;
  window?: { from: string; to: string };
}
export interface DefaultRatio {
  stratum: string;
  value: string;
  reference: string;
  unverified: boolean;
  note: string | null;
}

export const fetchItems = (department?: string) => request<{ items: Item[]; canManage: boolean }>('GET', '/api/inspections/items', { query: { department } });
export const createItem = (input: ItemInput) => request<Item>('POST', '/api/inspections/items', { body: input });
export const publishItem = (id: string) => request<Item>('POST', `/api/inspections/items/${id}/publish`);
export const fetchPublicItems = () => request<{ items: Item[] }>('GET', '/api/inspections/public/items').then((r) => r.items);
export const fetchPlans = () => request<{ items: Plan[]; canManage: boolean }>('GET', '/api/inspections/plans');
export const fetchPlan = (id: string) => request<PlanDetail>('GET', `/api/inspections/plans/${id}`);
export const createPlan = (input: PlanInput) => request<PlanDetail>('POST', '/api/inspections/plans', { body: input });
export const commitPlan = (id: string) => request<Plan>('POST', `/api/inspections/plans/${id}/commit`);
export const drawPlan = (id: string) => request<Plan>('POST', `/api/inspections/plans/${id}/draw`);
export const fetchDefaultRatios = (jurisdiction: string) => request<{ items: DefaultRatio[] }>('GET', '/api/inspections/sampling-ratios', { query: { jurisdiction } }).then((r) => r.items);
export const fetchPublicPlans = () => request<{ items: Plan[] }>('GET', '/api/inspections/public/plans').then((r) => r.items);
export const fetchPublicPlan = (id: string) => request<Plan & { targets: Target[] }>('GET', `/api/inspections/public/plans/${id}`);

export interface Inspector {
  id: string;
  name: string;
  certificateNo: string;
  conflicts: string[];
  isActive: boolean;
}
export const fetchInspectors = () => request<{ items: Inspector[] }>('GET', '/api/inspections/inspectors').then((r) => r.items);
export const saveInspector = (id: string, body: Omit<Inspector, 'id'>) => request<Inspector>('PUT', `/api/inspections/inspectors/${encodeURIComponent(id)}`, { body });

/** What the enterprise sees of a task code: no ids, codes or law addresses. */
export interface TaskView {
  status: 'REGISTERED' | 'CLOSED';
  statusLabel: string;
  departmentName: string;
  planTitle: string | null;
  isEmergency: boolean;
  emergencyReason: string | null;
  registeredAt: string;
  closedAt: string | null;
  inspectors: { name: string; certificateNo: string }[];
  items: { name: string; methodLabel: string; legalBasis: { citation: string; lawTitle: string }[] }[];
  isRated: boolean;
  complaintTrackingNumber: string | null;
  result: { outcome: Outcome; summary: string; inspectedOn: string; publishedAt: string | null; penaltyStatus: PenaltyStatus | null } | null;
}
export const checkTaskCode = (code: string) => request<TaskView>('POST', '/api/inspections/task-code/check', { body: { code } });
export const rateTask = (code: string, score: number) => request<TaskView>('POST', '/api/inspections/task-code/rate', { body: { code, score } });
export const complainTask = (code: string, description: string) =>
  request<{ trackingNumber: string; task: TaskView }>('POST', '/api/inspections/task-code/complain', { body: { code, description } });

export interface RegisteredVisit {
  visitId: string;
  planId: string | null;
  uscc: string;
  enterpriseName: string | null;
  inspectors: { id: string; name: string }[];
  isEmergency: boolean;
  registeredAt: string;
  closedAt: string | null;
  taskCode: string;
  svg: string;
}
export const registerVisit = (body: { enterpriseCode: string; planId: string; inspectorIds: string[] }) => request<RegisteredVisit>('POST', '/api/inspections/visits', { body });
export const fetchVisits = (department: string) => request<{ items: RegisteredVisit[] }>('GET', '/api/inspections/visits', { query: { department } }).then((r) => r.items);
export const closeVisit = (id: string) => request<RegisteredVisit>('POST', `/api/inspections/visits/${id}/close`);
export const registerEmergencyVisit = (body: { enterpriseCode: string; inspectorIds: string[]; emergency: { itemIds: string[]; reason: string } }) =>
  request<RegisteredVisit>('POST', '/api/inspections/visits', { body });

export type Outcome = 'NO_PROBLEM' | 'PROBLEM_FOUND' | 'ORDERED_TO_RECTIFY' | 'CASE_OPENED';
export const OUTCOMES: readonly Outcome[] = ['NO_PROBLEM', 'PROBLEM_FOUND', 'ORDERED_TO_RECTIFY', 'CASE_OPENED'];
export type PenaltyStatus = 'NO_PENALTY' | 'MAY_WAIVE' | 'PENALTY_NOT_EXCLUDED' | 'UNKNOWN';
export type Publication = 'PUBLISHED' | 'PENDING' | 'OVERDUE' | 'DUE_UNKNOWN';
export interface Citation {
  citation: string;
  lawTitle: string;
}
export interface InspectionResult {
  visitId: string;
  departmentName: string;
  uscc: string;
  enterpriseName: string | null;
  outcome: Outcome;
  summary: string;
  penalty: {
    entryId: string;
    entryName: string;
    status: PenaltyStatus;
    explanation: { outcome: 'NO_PENALTY' | 'MAY_WAIVE'; label: { zh: string; en: string }; holds: boolean | 'UNKNOWN'; cites: Citation[] }[];
    cites: Citation[];
    firstViolation: boolean;
  } | null;
  inspectedOn: string;
  publishDue: string | null;
  publishDueProblem: string | null;
  publicationBasis: { workingDays: number; citation: string; unverified: boolean } | null;
  publication: Publication;
  publishedAt: string | null;
}
export interface ResultInput {
  outcome: Outcome;
  summary: string;
  inspectedOn: string;
  finding?: { entryId: string; correctedInTime?: boolean; harmfulConsequence?: boolean; harmMinor?: boolean };
}
export const recordResult = (visitId: string, body: ResultInput) => request<InspectionResult>('POST', `/api/inspections/visits/${visitId}/result`, { body });
export const publishResult = (visitId: string) => request<InspectionResult>('POST', `/api/inspections/visits/${visitId}/result/publish`);
export const fetchResults = (department: string) => request<{ items: InspectionResult[] }>('GET', '/api/inspections/results', { query: { department } }).then((r) => r.items);
export type PublicResult = Pick<InspectionResult, 'visitId' | 'departmentName' | 'uscc' | 'enterpriseName' | 'outcome' | 'summary' | 'inspectedOn' | 'publishedAt'>;
export const fetchPublicResults = () => request<{ items: PublicResult[] }>('GET', '/api/inspections/public/results').then((r) => r.items);
export interface MinorViolationEntry {
  id: string;
  name: string;
  cites: Citation[];
  unverified: boolean;
}
export const fetchMinorViolations = (department: string) => request<{ entries: MinorViolationEntry[] }>('GET', '/api/inspections/minor-violations', { query: { department } }).then((r) => r.entries);

export interface Named {
  id: string;
  name: string;
}
export type FrequencyWarning =
  | { kind: 'ANNUAL_CAP_EXCEEDED'; uscc: string; enterpriseName: string | null; department: Named; itemName: string; year: number; visits: number; cap: number }
  | { kind: 'HIGH_FREQUENCY'; uscc: string; enterpriseName: string | null; from: string; to: string; visits: number; departments: Named[] };
export interface Oversight {
  year: number;
  proposals: { uscc: string; enterpriseName: string | null; plans: { planId: string; title: string; departmentName: string }[]; departments: Named[]; from: string; to: string; visitsAvoided: number }[];
  plannedVisits: number;
  visitsAfterMerging: number;
  visitsAvoided: number;
  warnings: FrequencyWarning[];
  highFrequency: { windowDays: number; maxVisits: number };
  unregisteredReports: { department: Named | null; count: number }[];
}
export const fetchOversight = (year: number) => request<Oversight>('GET', '/api/inspections/oversight', { query: { year: String(year) } });
export const reportUnregisteredVisit = (body: { departmentId: string | null; visitedOn: string; description: string }) =>
  request<{ trackingNumber: string }>('POST', '/api/inspections/my/unregistered-visits', { body });
