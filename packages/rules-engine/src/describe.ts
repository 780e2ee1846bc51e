import { toDecimalText, type BilingualText, type PlainDate } from '@huiqi/kernel';
import { FACT_SCHEMA, type FactField } from './fact-schema';
import type { RuleBase } from './load-rule-base';
import type { Channel } from './policy/policy-def';

/** A citation with the article text and its name in words (《title》第X条) when the law library has them. */
export interface CitedAddress {
  address: string;
  text: string | null;
  /** 《title》第X条第Y款: what a person reads instead of the address. */
  name: string | null;
}

export interface PolicyDescription {
  id: string;
  title: BilingualText;
  jurisdiction: string;
  department: BilingualText;
  channel: Channel;
  ruleSet: string;
  implements: CitedAddress[];
  versions: {
    from: PlainDate;
    until: PlainDate | null;
    unverified: boolean;
    note: string | null;
    conditions: { id: string; label: BilingualText; when: string; cite: CitedAddress }[];
    amount: { label: BilingualText; formula: string; cite: CitedAddress } | null;
    outputs: { id: string; label: BilingualText; formula: string; cite: CitedAddress }[];
  }[];
}

/** An address with what the law library says of it: the article text and its name in words. */
export const cited = (rb: Pick<RuleBase, 'citations'>, address: string): CitedAddress => ({ address, text: rb.citations?.text(address) ?? null, name: rb.citations?.name(address) ?? null });

/** One policy's definition: every version, each clause with its formula and cited article (for the API and UI). */
export function describePolicy(rb: RuleBase, id: string): PolicyDescription | null {
  const p = rb.policies.get(id);
  if (!p) return null;
  return {
    id: p.id,
    title: p.title,
    jurisdiction: p.jurisdiction,
    department: p.department,
    channel: p.channel,
    ruleSet: p.ruleSet,
    implements: p.implements.map((a) => cited(rb, a)),
    versions: p.versions.map((v) => ({
      from: v.from,
      until: v.until,
      unverified: v.unverified,
      note: v.note,
      conditions: v.conditions.map((c) => ({ id: c.id, label: c.label, when: c.source, cite: cited(rb, c.cite) })),
      amount: v.amount ? { label: v.amount.label, formula: v.amount.source, cite: cited(rb, v.amount.cite) } : null,
      outputs: v.outputs.map((o) => ({ id: o.id, label: o.label, formula: o.source, cite: cited(rb, o.cite) })),
    })),
  };
}

export interface ParameterHistory {
  path: string;
  description: string;
  descriptionEn: string;
  /** Unit as written in the data file (values below are in this unit). */
  unit: string;
  file: string;
  byJurisdiction: {
    jurisdiction: string;
    values: { from: PlainDate; until: PlainDate | null; value: string | null; reference: CitedAddress; published: string; unverified: boolean; draft: boolean; note: string | null }[];
  }[];
}

/** A parameter's full history per jurisdiction, in the unit its file uses, with each value's source article. */
export function parameterHistory(rb: RuleBase, path: string): ParameterHistory | null {
  const d = rb.params.def(path);
  if (!d) return null;
  const factor = d.sourceUnit === 'yuan' ? 100 : d.sourceUnit === 'wan_yuan' ? 1_000_000 : 1;
  return {
    path,
    description: d.description,
    descriptionEn: d.descriptionEn,
    unit: d.sourceUnit,
    file: d.file,
    byJurisdiction: [...d.values].map(([jurisdiction, list]) => ({
      jurisdiction,
      values: list.map((v, i) => ({
        from: v.from,
        until: list[i + 1]?.from ?? null,
        value: v.value === null ? null : toDecimalText(factor === 1 ? v.value : (typeof v.value === 'number' ? v.value / factor : v.value), 10),
        reference: cited(rb, v.reference),
        published: v.published,
        unverified: v.unverified,
        draft: v.draft,
        note: v.note,
      })),
    })),
  };
}

/** Parameter paths with their descriptions (for a browser). */
export function listParameters(rb: RuleBase): { path: string; description: string; descriptionEn: string; unit: string }[] {
  return rb.params.paths().map((p) => {
    const d = rb.params.def(p)!;
    return { path: p, description: d.description, descriptionEn: d.descriptionEn, unit: d.sourceUnit };
  });
}

/** The enterprise fact schema as data: what rules may read, with zh/en labels (for forms and docs). */
export function describeFactSchema(): ({ name: string } & FactField)[] {
  return Object.entries(FACT_SCHEMA).map(([name, f]) => ({ name, ...(f as FactField) }));
}
