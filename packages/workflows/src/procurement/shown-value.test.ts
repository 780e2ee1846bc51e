import { describe, expect, it } from 'vitest';
import { shownValue } from './shown-value';

describe('shownValue', () => {
  it('shows strings as they are and anything else as JSON, never throwing', () => {
    expect(shownValue('cn')).toBe('cn');
    expect(shownValue({ toString: '' })).toBe('{"toString":""}');
    expect(shownValue(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(shownValue(cyclic)).toBe('object');
  });
});
