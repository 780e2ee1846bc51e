import { clauseFromText, clauseText, type Clause, type ClauseProblem } from './condition-builder';
import type { Draft, DraftContent, PolicyChannel, Vocabulary } from './publication-api';

/** How one condition is being written: with the builder, or directly in the condition language. */
export type ConditionMode = 'BUILDER' | 'TEXT';

export interface ConditionFormValues {
  id?: string;
  labelZh?: string;
  labelEn?: string;
  cite?: string;
  mode?: ConditionMode;
  /** The text of TEXT mode. */
  when?: string;
  /** The fields of BUILDER mode. */
  clause?: Clause;
}

export interface AmountFormValues {
  labelZh?: string;
  labelEn?: string;
  formula?: string;
  cite?: string;
}

/** What the draft form holds; everything the user typed stays here until the server accepts it. */
export interface DraftFormValues {
  policyKey?: string;
  titleZh?: string;
  titleEn?: string;
  summaryZh?: string;
  summaryEn?: string;
  jurisdiction?: string;
  effectiveFrom?: string;
  effectiveUntil?: string;
  channel?: PolicyChannel;
  topics?: string[];
  conditions?: ConditionFormValues[];
  hasAmount?: boolean;
  amount?: AmountFormValues;
}

export type FormProblem = { field: (string | number)[]; kind: 'REQUIRED' | 'DATE' | 'TOPIC' | ClauseProblem };

export const CONDITION_ID = /^[a-z][a-z0-9_-]{0,39}$/;
export const POLICY_KEY = /^[a-z0-9][a-z0-9-]{1,63}$/;
export const TOPIC = /^[A-Z][A-Z0-9_]{1,31}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A topic as stored: `rnd support` → `RND_SUPPORT`. */
export function normalizeTopic(text: string): string {
  return text.trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/** The text a condition stands for in either mode (builder problems when the builder is incomplete). */
export function conditionText(c: ConditionFormValues, vocabulary: Vocabulary | undefined): { ok: true; text: string } | { ok: false; problem: ClauseProblem | 'REQUIRED' } {
  if (c.mode === 'BUILDER') return clauseText(c.clause ?? {}, vocabulary);
  const text = (c.when ?? '').trim();
  return text ? { ok: true, text } : { ok: false, problem: 'REQUIRED' };
}

/**
 * The switch between builder and text for one condition: to TEXT the builder's text is carried
 * over (nothing is lost); to BUILDER only when the text is a clause the builder can write.
 */
export function switchMode(c: ConditionFormValues, to: ConditionMode, vocabulary: Vocabulary | undefined): ConditionFormValues | null {
  if (to === (c.mode ?? 'TEXT')) return c;
  if (to === 'TEXT') {
    const text = clauseText(c.clause ?? {}, vocabulary);
    return { ...c, mode: 'TEXT', when: text.ok ? text.text : (c.when ?? '') };
  }
  const text = (c.when ?? '').trim();
  if (text === '') return { ...c, mode: 'BUILDER', clause: c.clause ?? { source: 'VALUE', moneyUnit: 'WAN_YUAN' } };
  const clause = clauseFromText(text, vocabulary);
  return clause ? { ...c, mode: 'BUILDER', clause } : null;
}

/**
 * Form values → the API body, or every field that cannot be read yet. The server still checks
 * the conditions against the fact schema (and answers with the position of an error).
 * Without an amount the body says `amount: null` (an edit removes one the draft had).
 */
export function draftBodyFromForm(v: DraftFormValues, vocabulary: Vocabulary | undefined): { ok: true; body: DraftContent & { policyKey?: string } } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const text = (value: string | undefined, field: (string | number)[], required = true) => {
    const t = (value ?? '').trim();
    if (required && t === '') problems.push({ field, kind: 'REQUIRED' });
    return t;
  };
  const date = (value: string | undefined, field: string, required: boolean) => {
    const t = (value ?? '').trim();
    if (t === '') {
      if (required) problems.push({ field: [field], kind: 'REQUIRED' });
      return null;
    }
    if (!DATE.test(t)) problems.push({ field: [field], kind: 'DATE' });
    return t;
  };
  const titleZh = text(v.titleZh, ['titleZh']);
  const titleEn = text(v.titleEn, ['titleEn']);
  const effectiveFrom = date(v.effectiveFrom, 'effectiveFrom', true) ?? '';
  const effectiveUntil = date(v.effectiveUntil, 'effectiveUntil', false);
  if (!v.channel) problems.push({ field: ['channel'], kind: 'REQUIRED' });
  const topics = [...new Set((v.topics ?? []).map(normalizeTopic).filter(Boolean))];
  if (topics.some((t) => !TOPIC.test(t))) problems.push({ field: ['topics'], kind: 'TOPIC' });
  const rows = v.conditions ?? [];
  if (rows.length === 0) problems.push({ field: ['conditions'], kind: 'REQUIRED' });
  const conditions = rows.map((c, i) => {
    const when = conditionText(c, vocabulary);
    if (!when.ok) problems.push({ field: ['conditions', i, ...(c.mode === 'BUILDER' ? ['clause'] : ['when'])], kind: when.problem });
    return {
      id: text(c.id, ['conditions', i, 'id']),
      labelZh: text(c.labelZh, ['conditions', i, 'labelZh']),
      labelEn: text(c.labelEn, ['conditions', i, 'labelEn']),
      when: when.ok ? when.text : '',
      cite: text(c.cite, ['conditions', i, 'cite']),
    };
  });
  let amount: DraftContent['amount'] = null;
  if (v.hasAmount) {
    const a = v.amount ?? {};
    amount = {
      labelZh: text(a.labelZh, ['amount', 'labelZh']),
      labelEn: text(a.labelEn, ['amount', 'labelEn']),
      formula: text(a.formula, ['amount', 'formula']),
      cite: text(a.cite, ['amount', 'cite']),
    };
  }
  if (problems.length > 0) return { ok: false, problems };
  const policyKey = (v.policyKey ?? '').trim();
  return {
    ok: true,
    body: {
      ...(policyKey ? { policyKey } : {}),
      titleZh,
      titleEn,
      summaryZh: (v.summaryZh ?? '').trim(),
      summaryEn: (v.summaryEn ?? '').trim(),
      ...(v.jurisdiction ? { jurisdiction: v.jurisdiction } : {}),
      effectiveFrom,
      effectiveUntil,
      channel: v.channel!,
      topics,
      conditions,
      amount,
    },
  };
}

/** One condition as the form shows it: in the builder when the builder can write its text. */
export function conditionFormOf(c: { id: string; labelZh: string; labelEn: string; when: string; cite: string }, vocabulary: Vocabulary | undefined): ConditionFormValues {
  const clause = clauseFromText(c.when, vocabulary);
  const common = { id: c.id, labelZh: c.labelZh, labelEn: c.labelEn, cite: c.cite };
  return clause ? { ...common, mode: 'BUILDER', clause, when: c.when } : { ...common, mode: 'TEXT', when: c.when };
}

/** A stored draft → the form. */
export function formFromDraft(d: Draft, vocabulary: Vocabulary | undefined): DraftFormValues {
  return {
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    summaryZh: d.summaryZh,
    summaryEn: d.summaryEn,
    jurisdiction: d.jurisdiction,
    effectiveFrom: d.effectiveFrom,
    effectiveUntil: d.effectiveUntil ?? '',
    channel: d.channel,
    topics: d.topics,
    conditions: d.conditions.map((c) => conditionFormOf(c, vocabulary)),
    hasAmount: Boolean(d.amount),
    ...(d.amount ? { amount: { ...d.amount } } : {}),
  };
}

/** A new draft: the author's jurisdiction, in force from `today`, one condition started in the builder. */
export function emptyDraftForm(jurisdiction: string, today: string): DraftFormValues {
  return {
    jurisdiction,
    effectiveFrom: today,
    effectiveUntil: '',
    channel: 'ONLINE_APPLICATION',
    topics: [],
    conditions: [newCondition(0)],
    hasAmount: false,
  };
}

/** A further condition; it cites the same article as the one before, which is the usual case. */
export function newCondition(index: number, previous?: ConditionFormValues): ConditionFormValues {
  return { id: `c${index + 1}`, mode: 'BUILDER', clause: { source: 'VALUE', moneyUnit: 'WAN_YUAN' }, cite: previous?.cite ?? '' };
}
