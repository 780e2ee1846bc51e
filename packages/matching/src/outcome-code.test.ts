import { describe, expect, it } from 'vitest';
import { decodeOutcome, encodeOutcome, MAX_CONDITIONS, statusIndex } from './outcome-code';
import { diffOutcomes } from './incremental';

describe('outcome codes', () => {
  it('round-trip every status and failing index', () => {
    for (const s of ['NOT_IN_FORCE', 'ELIGIBLE', 'UNKNOWN'] as const) expect(decodeOutcome(encodeOutcome(s))).toEqual({ status: s });
    for (const k of [0, 1, 7, MAX_CONDITIONS]) expect(decodeOutcome(encodeOutcome('INELIGIBLE', k))).toEqual({ status: 'INELIGIBLE', failingIndex: k });
  });
  it('refuses a failing index that does not fit in a byte', () => {
    expect(() => encodeOutcome('INELIGIBLE', MAX_CONDITIONS + 1)).toThrow(RangeError);
  });
  it('statusIndex folds all INELIGIBLE codes together', () => {
    expect([0, 1, 2, 3, 9, 255].map(statusIndex)).toEqual([0, 1, 2, 3, 3, 3]);
  });
});

describe('diffOutcomes', () => {
  it('lists only changes towards ELIGIBLE and UNKNOWN, and lost eligibility', () => {
    const before = Uint8Array.of(1, 3, 2, 0, 1, 4);
    const after = Uint8Array.of(1, 1, 2, 2, 3, 2);
    expect(diffOutcomes(before, after)).toEqual({ newlyEligible: [1], newlyUnknown: [3, 5], noLongerEligible: [4] });
  });
  it('with no previous outcome every ELIGIBLE and UNKNOWN is new', () => {
    expect(diffOutcomes(null, Uint8Array.of(0, 1, 2, 3))).toEqual({ newlyEligible: [1], newlyUnknown: [2], noLongerEligible: [] });
  });
  it('refuses arrays of different lengths', () => {
    expect(() => diffOutcomes(new Uint8Array(2), new Uint8Array(3))).toThrow(RangeError);
  });
});
