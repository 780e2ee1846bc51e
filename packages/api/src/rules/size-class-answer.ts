import { sizeClassLabel, type BilingualText, type PlainDate, type SizeClass } from '@huiqi/kernel';
import { cited, sizeStandardOn, type CitedAddress, type RuleBase, type SizeOutcome } from '@huiqi/rules-engine';

export interface SizeClassAnswer {
  status: 'CLASSIFIED' | 'NOT_CLASSIFIED' | 'UNKNOWN' | 'ERROR';
  size: SizeClass | null;
  label: BilingualText | null;
  sector: string | null;
  byReference: boolean;
  reasons: BilingualText[];
  missing: { name: string; label: BilingualText }[];
  /** The standard applied (300号 and the rows used), with the article text when available. */
  citations: CitedAddress[];
  standard: { from: PlainDate; reference: string } | null;
}

/** A size-classification outcome as the API presents it (label, reasons, cited standard). */
export function describeSize(rb: RuleBase, outcome: SizeOutcome | null, date: PlainDate, labelOf: (name: string) => { name: string; label: BilingualText }): SizeClassAnswer {
  const std = sizeStandardOn(rb.sizeStandard, date);
  const standard = std ? { from: std.from, reference: std.reference } : null;
  const cite = (addresses: readonly string[]) => [...new Set(addresses)].map((address) => cited(rb, address));
  if (!outcome) {
    return { status: 'UNKNOWN', size: null, label: null, sector: null, byReference: false, reasons: [{ zh: `${date} 没有生效的划型标准`, en: `no size standard in force on ${date}` }], missing: [], citations: [], standard };
  }
  switch (outcome.status) {
    case 'CLASSIFIED':
      return { status: 'CLASSIFIED', size: outcome.size, label: sizeClassLabel(outcome.size), sector: outcome.sector, byReference: outcome.byReference, reasons: outcome.reasons, missing: [], citations: cite(outcome.cites), standard };
    case 'NOT_CLASSIFIED':
      return { status: 'NOT_CLASSIFIED', size: null, label: null, sector: null, byReference: false, reasons: [outcome.reason], missing: [], citations: cite(outcome.cites), standard };
    case 'UNKNOWN':
      return { status: 'UNKNOWN', size: null, label: null, sector: outcome.sector, byReference: false, reasons: [outcome.reason], missing: outcome.missing.map((m) => { const x = labelOf(m); return { name: x.name, label: x.label }; }), citations: cite(outcome.cites), standard };
    case 'ERROR':
      return { status: 'ERROR', size: null, label: null, sector: null, byReference: false, reasons: [outcome.reason], missing: [], citations: [], standard };
  }
}
