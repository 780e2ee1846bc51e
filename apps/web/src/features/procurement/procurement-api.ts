import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

export type Category = 'GOODS' | 'WORKS' | 'SERVICES';
export type Method = 'NONE' | 'WHOLE_PROJECT' | 'LOTS' | 'CONSORTIUM' | 'SUBCONTRACT';
export type ReservedFor = 'SME' | 'SMALL_MICRO';
export type SizeClass = 'large' | 'medium' | 'small' | 'micro';

export interface Lot { id: string; name?: string; budgetFen: number; reservedFor: ReservedFor }
export type Reservation =
  | { method: 'NONE' }
  | { method: 'WHOLE_PROJECT'; reservedFor: ReservedFor }
  | { method: 'LOTS'; lots: Lot[] }
  | { method: 'CONSORTIUM' | 'SUBCONTRACT'; smeShare: string; smallMicroShare: string };

/** The body of POST/PUT /api/procurement/projects (money in fen). */
export interface ProjectInput {
  code: string;
  name: string;
  category: Category;
  budgetFen: number;
  suitableForSme: boolean;
  exemption?: { article?: string | null; reason: string } | null;
  reservation: Reservation;
}

export interface Project extends ProjectInput {
  id: string;
  departmentId: string;
  departmentName: BilingualText;
  year: number;
  exemption: { article: string | null; reason: string } | null;
  reservationMethod: Method;
  reservationDescription: BilingualText;
  reservedFen: number;
  smallMicroFen: number;
  version: number;
  canManage?: boolean;
}

export interface Requirement {
  code: string;
  label: BilingualText;
  met: boolean;
  draft: boolean;
  requiredFen: number;
  actualFen: number;
  gapFen: number;
  citations: string[];
  explanation: BilingualText;
}

export interface Compliance {
  department: { id: string; name: BilingualText };
  year: number;
  status: 'MET' | 'NOT_MET' | 'NO_SUITABLE_PROJECTS';
  figures: { totalBudgetFen: number; suitableBudgetFen: number; exemptBudgetFen: number; reservedFen: number; smallMicroFen: number; reservedShareOfSuitable: string | null };
  requirements: Requirement[];
  toMeet: BilingualText[];
  notes: BilingualText[];
}

export interface BidResult {
  id: string;
  supplier: string;
  priceFen: number;
  evaluatedPriceFen: number;
  deductionFen: number;
  deductionRate: string;
  preference: string;
  reason: BilingualText;
  citations: string[];
  rank: number;
}

export interface Evaluation {
  id: string;
  lotId: string | null;
  evaluatedOn: string;
  reservedForSme: boolean;
  bids: BidResult[];
  warnings: BilingualText[];
  award: { id: string; winnerName: string; announcedOn: string } | null;
}

export interface BidInput {
  id: string;
  supplier: string;
  price: string;
  items: { makerSize: SizeClass }[];
}

export interface Declaration {
  id: string | null;
  supplierName: string;
  projectId: string | null;
  category: Category;
  purchaser: string;
  projectName: string;
  date: string;
  title: string;
  opening: string;
  intro: string;
  lines: { index: number; text: string }[];
  closing: string;
  notes: string[];
  warnings: BilingualText[];
  check: { status: 'CONSISTENT' | 'MISMATCH' | 'INCOMPLETE'; figuresYear: number; declaredSize: string; computedSize: string | null; reasons: BilingualText[] };
  createdAt: string | null;
}

export interface DeclarationQuery {
  project?: string;
  category?: Category;
  projectName?: string;
  purchaser?: string;
  items?: string;
  industry?: string;
  size?: 'medium' | 'small' | 'micro';
  date?: string;
}

export interface ExecutionRow {
  department: { id: string; name: BilingualText };
  status: Compliance['status'];
  projects: number;
  suitableBudgetFen: number;
  reservedFen: number;
  smallMicroFen: number;
  reservedShareOfSuitable: string | null;
}

export interface Award {
  id: string;
  projectName: string;
  purchaser: string;
  announcedOn: string;
  winnerName: string;
  usedSmePreference: boolean;
  smePreference: BilingualText;
  declaration: { id: string | null; text: string } | null;
}

export const fetchProjects = (department: string | undefined, year: number) =>
  request<{ departmentId: string; year: number; items: Project[]; canManage: boolean }>('GET', '/api/procurement/projects', { query: { department, year } });
export const fetchProject = (id: string) => request<Project>('GET', `/api/procurement/projects/${encodeURIComponent(id)}`);
export const createProject = (year: number, body: ProjectInput) => request<Project>('POST', '/api/procurement/projects', { body: { year, ...body } });
export const updateProject = (id: string, body: ProjectInput) => request<Project>('PUT', `/api/procurement/projects/${encodeURIComponent(id)}`, { body });
export const deleteProject = (id: string) => request<void>('DELETE', `/api/procurement/projects/${encodeURIComponent(id)}`);
export const fetchCompliance = (department: string, year: number) => request<Compliance>('GET', `/api/procurement/departments/${encodeURIComponent(department)}/compliance`, { query: { year } });
export const fetchEvaluations = async (projectId: string) => (await request<{ items: Evaluation[] }>('GET', `/api/procurement/projects/${encodeURIComponent(projectId)}/evaluations`)).items;
export const evaluateBids = (projectId: string, body: { date: string; lotId: string | null; deductionRate?: string; consortiumDeductionRate?: string; bids: BidInput[] }) =>
  request<Evaluation>('POST', `/api/procurement/projects/${encodeURIComponent(projectId)}/evaluations`, { body });
export const previewDeclaration = (q: DeclarationQuery) => request<Declaration>('GET', '/api/procurement/my/declaration', { query: { ...q } });
export const issueDeclaration = (q: DeclarationQuery) => request<Declaration>('POST', '/api/procurement/my/declarations', { body: q });
export const fetchMyDeclarations = async () => (await request<{ items: Declaration[] }>('GET', '/api/procurement/my/declarations')).items;
export type CheckedDeclaration = Declaration & { id: string; currentCheck: Declaration['check'] | null };
export const fetchDeclarationChecks = async () => (await request<{ items: CheckedDeclaration[] }>('GET', '/api/procurement/declaration-checks')).items;
export const fetchPublicProjects = (year: number) => request<{ year: number; items: Project[] }>('GET', '/api/procurement/public/projects', { query: { year } });
export const fetchExecution = (year?: number) => request<{ year: number; years: number[]; departments: ExecutionRow[] }>('GET', '/api/procurement/public/execution', { query: { year } });
export const fetchAwards = async () => (await request<{ items: Award[] }>('GET', '/api/procurement/public/awards')).items;

/** The download address of a declaration preview (the server answers with Content-Disposition: attachment). */
export function declarationDownloadUrl(q: DeclarationQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  params.set('format', 'html');
  return `/api/procurement/my/declaration?${params.toString()}`;
}

export const fetchProjectDeclarations = async (projectId: string) => (await request<{ items: (Declaration & { id: string })[] }>('GET', `/api/procurement/projects/${encodeURIComponent(projectId)}/declarations`)).items;
export const publishAward = (projectId: string, body: { evaluationId: string; winnerBidId: string; announcedOn: string; declarationId: string | null }) =>
  request<Award>('POST', `/api/procurement/projects/${encodeURIComponent(projectId)}/awards`, { body });
