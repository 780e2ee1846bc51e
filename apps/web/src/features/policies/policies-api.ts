import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';
import type { BilingualText } from '../../i18n/bilingual';

/** Shapes of GET /api/enterprises/:uscc/eligibility and the declared facts, read from the generated OpenAPI types. */
export type EligibilityAnswer = ApiJson<'/api/enterprises/{uscc}/eligibility', 'get'>;
type GeneratedPolicyAnswer = ItemOf<EligibilityAnswer['policies']>;
export type EligibilityStatus = GeneratedPolicyAnswer['status'];
export type CitedText = ItemOf<GeneratedPolicyAnswer['citations']>;
export type MissingFact = ItemOf<GeneratedPolicyAnswer['missing']>;
export type PolicyDataSource = ItemOf<NonNullable<GeneratedPolicyAnswer['dataSources']>>;
/** 数据来源 of one fact: the department and the time received, or 企业自行填报 (label says it in words). */
export type FactOrigin = PolicyDataSource['origin'];
export type SizeClassAnswer = EligibilityAnswer['sizeClass'];

/*
 * The explanation tree: the API documents it as the rules engine's PolicyExplanation without a
 * schema (`explanation: unknown`, a recursive trace), so its shape is written here — the one
 * hand-written API shape left in this module (tools/openapi/no-hand-written-api-types.test.ts).
 */
/** One node of the engine's explanation: mirrors the rule expression, with what was read. */
export interface TraceNode {
  expr: string;
  value: unknown;
  unknown: boolean;
  display: BilingualText;
  fact?: { name: string; label: BilingualText; missing: boolean };
  param?: { path: string; description: string; label: BilingualText; jurisdiction: string; from: string; until: string | null; reference: string; published: string; unverified: boolean; note: string | null; referenceText: string | null; referenceName: string | null };
  variable?: { name: string; label: BilingualText };
  gap?: BilingualText;
  children?: TraceNode[];
}

export interface ClauseExplanation {
  id: string;
  label: BilingualText;
  cite: string;
  citeText: string | null;
  citeName: string | null;
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
  amount: { label: BilingualText; formula: BilingualText; cite: string; citeText: string | null; citeName: string | null; trace: TraceNode } | null;
  outputs: { id: string; label: BilingualText; cite: string; trace: TraceNode }[];
}

/** One policy's answer, with the explanation typed as above. */
export type PolicyAnswer = Omit<GeneratedPolicyAnswer, 'explanation'> & { explanation?: PolicyExplanation };

/** The eligibility answer with each policy's explanation typed. */
export type ExplainedEligibility = Omit<EligibilityAnswer, 'policies'> & { policies: PolicyAnswer[] };

export async function fetchEligibility(uscc: string, date: string | null): Promise<ExplainedEligibility> {
  const answer = await callApi('get', '/api/enterprises/{uscc}/eligibility', { params: { uscc }, query: { ...(date ? { date } : {}), explain: '1' } });
  return answer as ExplainedEligibility;
}

export type DeclaredFacts = ApiJson<'/api/enterprises/{uscc}/declared-facts/{year}', 'get'>;
export type DeclarableField = ItemOf<DeclaredFacts['fields']>;

export function fetchDeclaredFacts(uscc: string, year: number): Promise<DeclaredFacts> {
  return callApi('get', '/api/enterprises/{uscc}/declared-facts/{year}', { params: { uscc, year: String(year) } });
}

export function saveDeclaredFacts(uscc: string, year: number, facts: NonNullable<ApiBody<'/api/enterprises/{uscc}/declared-facts/{year}', 'put'>>['facts']) {
  return callApi('put', '/api/enterprises/{uscc}/declared-facts/{year}', { params: { uscc, year: String(year) }, body: { facts } });
}

/** 政策计算器 (public): the form's choices in words, and the answer for a described company. */
export type CalculatorForm = ApiJson<'/api/public/policy-calculator', 'get'>;
export type CalculatorInput = NonNullable<ApiBody<'/api/public/policy-calculator', 'post'>>;
type GeneratedCalculatorAnswer = ApiJson<'/api/public/policy-calculator', 'post'>;
export type CalculatorPolicy = Omit<ItemOf<GeneratedCalculatorAnswer['policies']>, 'explanation'> & { explanation?: PolicyExplanation };
export type CalculatorAnswer = Omit<GeneratedCalculatorAnswer, 'policies'> & { policies: CalculatorPolicy[] };

export function fetchCalculatorForm(): Promise<CalculatorForm> {
  return callApi('get', '/api/public/policy-calculator');
}

export async function calculatePolicies(body: CalculatorInput): Promise<CalculatorAnswer> {
  return (await callApi('post', '/api/public/policy-calculator', { body })) as CalculatorAnswer;
}
