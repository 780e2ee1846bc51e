import type { BilingualText, PlainDate } from '@huiqi/kernel';
import type { CNode } from '../expr/types';
import type { Plan } from '../expr/plan';

export const CHANNELS = ['ONLINE_APPLICATION', 'NO_APPLICATION', 'INFORMATION_ONLY'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A compiled expression with its source, checked tree and plan, and the article it encodes. */
export interface CompiledRule {
  id: string;
  label: BilingualText;
  source: string;
  node: CNode;
  plan: Plan;
  cite: string;
  line: number;
}

export interface PolicyVersion {
  from: PlainDate;
  until: PlainDate | null;
  unverified: boolean;
  note: string | null;
  conditions: CompiledRule[];
  amount: CompiledRule | null;
  outputs: CompiledRule[];
}

export interface PolicyDef {
  id: string;
  file: string;
  title: BilingualText;
  jurisdiction: string;
  department: BilingualText;
  channel: Channel;
  implements: string[];
  /** Which rule set the policy belongs to (for reports): procurement, cultivation, sz-relief-2023 … */
  ruleSet: string;
  versions: PolicyVersion[];
}
