import { request } from '../../api/client';
import type { BilingualText } from '../../i18n/bilingual';

/** Shapes of GET /api/enterprises/:uscc/eligibility (see packages/api/src/rules/rules-schemas.ts). */
export type EligibilityStatus = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN' | 'NOT_IN_FORCE';

export interface CitedText {
  address: string;
  text: string | null;
}

export interface MissingFact {
  name: string;
  label: BilingualText;
  group: 'profile' | 'yearly' | 'declared' | 'parameter';
  where: { kind: 'PROFILE' | 'FIGURES' | 'DECLARED'; year: number | null; hint: BilingualText } | null;
}

/** One node of the engine's explanation: mirrors the rule expression, with what was read. */
export interface TraceNode {
  expr: string;
  value: unknown;
  unknown: boolean;
  display: BilingualText;
  fact?: { name: string; label: BilingualText; missing: boolean };
  param?: { path: string; description: string; jurisdiction: string; from: string; until: string | null; reference: string; published: string; unverified: boolean; note: string | null; referenceText: string | null };
  variable?: { name: string; label: BilingualText };
  gap?: BilingualText;
  children?: TraceNode[];
}

export interface ClauseExplanation {
  id: string;
  label: BilingualText;
  cite: string;
  citeText: string | null;
  value: boolean | null;
  missing: string[];
  gap: BilingualText[];
  trace: TraceNode;
}

export interface PolicyExplanation {
  version: { from: string; until: string | null } | null;
  date: string;
  jurisdiction: string;
  clauses: ClauseExplanation[];
  amount: { cite: string; citeText: string | null; trace: TraceNode } | null;
  outputs: { id: string; label: BilingualText; cite: string; trace: TraceNode }[];
}

export interface PolicyAnswer {
  policyId: string;
  title: BilingualText;
  department: BilingualText;
  jurisdiction: string;
  channel: string;
  status: EligibilityStatus;
  amountFen: number | null;
  reasons: BilingualText[];
  missing: MissingFact[];
  firstFailingClause: string | null;
  citations: CitedText[];
  version: { from: string; until: string | null; unverified: boolean; note: string | null } | null;
  outputs: Record<string, unknown>;
  explanation?: PolicyExplanation;
  /** With the explanation: each fact it read and where the value came from (数据来源). */
  dataSources?: PolicyDataSource[];
}

/** 数据来源 of one fact: the department and the time received, or 企业自行填报 (label says it in words). */
export interface FactOrigin {
  by: 'DEPARTMENT' | 'ENTERPRISE' | 'OFFICER' | 'PLATFORM';
  department: BilingualText | null;
  receivedAt: string | null;
  label: BilingualText;
}

export interface PolicyDataSource {
  fact: string;
  label: BilingualText;
  origin: FactOrigin;
}

export interface SizeClassAnswer {
  status: 'CLASSIFIED' | 'NOT_CLASSIFIED' | 'UNKNOWN' | 'ERROR';
  size: 'large' | 'medium' | 'small' | 'micro' | null;
  label: BilingualText | null;
  sector: string | null;
  byReference: boolean;
  reasons: BilingualText[];
  missing: { name: string; label: BilingualText }[];
  citations: CitedText[];
  standard: { from: string; reference: string } | null;
}

export interface EligibilityAnswer {
  uscc: string;
  name: string;
  date: string;
  jurisdiction: { district: string; rules: string; note: BilingualText | null };
  basis: { profileVersion: number; profileValidFrom: string; fiscalYear: number; figuresYears: number[]; note: BilingualText | null; ignoredTags: string[] };
  sizeClass: SizeClassAnswer;
  summary: { eligible: number; ineligible: number; unknown: number; notInForce: number; totalAmountFen: number };
  policies: PolicyAnswer[];
  lawNote: string | null;
}

export function fetchEligibility(uscc: string, date: string | null): Promise<EligibilityAnswer> {
  return request<EligibilityAnswer>('GET', `/api/enterprises/${encodeURIComponent(uscc)}/eligibility`, { query: { date, explain: 1 } });
}

export interface DeclarableField {
  name: string;
  type: 'number' | 'bool' | 'string' | 'date' | 'list';
  unit: string | null;
  values: string[] | null;
  group: string;
  label: BilingualText;
}

export interface DeclaredFacts {
  uscc: string;
  fiscalYear: number;
  version: number | null;
  validFrom: string | null;
  facts: Record<string, unknown>;
  fields: DeclarableField[];
  canEdit: boolean;
}

export function fetchDeclaredFacts(uscc: string, year: number): Promise<DeclaredFacts> {
  return request<DeclaredFacts>('GET', `/api/enterprises/${encodeURIComponent(uscc)}/declared-facts/${year}`);
}

export function saveDeclaredFacts(uscc: string, year: number, facts: Record<string, unknown>): Promise<DeclaredFacts & { changedFields: string[] }> {
  return request<DeclaredFacts & { changedFields: string[] }>('PUT', `/api/enterprises/${encodeURIComponent(uscc)}/declared-facts/${year}`, { body: { facts } });
}
