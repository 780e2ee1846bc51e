import { toDecimalText, type PlainDate } from '@huiqi/kernel';
import { describeFactSchema, type RuleBase, type Typed } from '@huiqi/rules-engine';

/** How the condition form offers a name: money is a number in fen, enum a code from `values`, set a list of codes. */
export type VocabularyType = 'number' | 'money' | 'bool' | 'date' | 'enum' | 'text' | 'set';

export interface VocabularyName {
  name: string;
  type: VocabularyType;
  unit: string | null;
  labelZh: string;
  labelEn: string;
  values: string[] | null;
}

export interface VocabularyParameter {
  path: string;
  /** The unit `param(path)` yields in a formula (money in fen). */
  unit: string;
  labelZh: string;
  labelEn: string;
  /** The value in force for the jurisdiction on the date, as exact decimal text in `unit`; null when none applies. */
  value: string | null;
}

export interface Vocabulary {
  facts: VocabularyName[];
  variables: VocabularyName[];
  parameters: VocabularyParameter[];
  comparisons: ['<', '<=', '>', '>=', '==', '!='];
}

/** The engine's static type of a name as the form builder's type. */
export function vocabularyType(ty: Pick<Typed, 'type' | 'unit' | 'values'>): VocabularyType {
  switch (ty.type) {
    case 'number':
      return ty.unit === 'fen' ? 'money' : 'number';
    case 'string':
      return ty.values ? 'enum' : 'text';
    case 'list<string>':
    case 'list<number>':
      return 'set';
    default:
      return ty.type;
  }
}

/**
 * What a condition or an amount may use, from the rule base itself: the fact schema, the derived
 * variables and the parameters (with the value in force for `jurisdiction`, a rule-base id, on `date`).
 */
export function vocabularyOf(rb: RuleBase, jurisdiction: string, date: PlainDate): Vocabulary {
  const facts = describeFactSchema().map((f): VocabularyName => ({
    name: f.name,
    type: vocabularyType({ type: f.type === 'list' ? 'list<string>' : f.type, ...(f.unit ? { unit: f.unit } : {}), ...(f.values ? { values: f.values } : {}) }),
    unit: f.unit ?? null,
    labelZh: f.label.zh,
    labelEn: f.label.en,
    values: f.values ? [...f.values] : null,
  }));
  const variables = [...rb.variables.values()].map((v): VocabularyName => ({
    name: v.name,
    type: vocabularyType(v.node.ty),
    unit: v.node.ty.unit ?? null,
    labelZh: v.label.zh,
    labelEn: v.label.en,
    values: v.node.ty.values ? [...v.node.ty.values] : null,
  }));
  const parameters = rb.params.paths().map((path): VocabularyParameter => {
    const d = rb.params.def(path)!;
    const now = rb.params.resolve(path, jurisdiction, date);
    return { path, unit: d.unit, labelZh: d.description, labelEn: d.descriptionEn, value: now ? toDecimalText(now.value, 10) : null };
  });
  return { facts, variables, parameters, comparisons: ['<', '<=', '>', '>=', '==', '!='] };
}
