import { describe, expect, it } from 'vitest';
import { parseInt8, parseTimestamptz } from './type-parsers';

describe('type parsers', () => {
  it('reads PostgreSQL timestamptz text in any offset as UTC ISO text', () => {
    expect(parseTimestamptz('2026-01-02 03:04:05.678+00')).toBe('2026-01-02T03:04:05.678Z');
    expect(parseTimestamptz('2026-01-02 11:04:05+08')).toBe('2026-01-02T03:04:05.000Z');
    expect(parseTimestamptz('2026-01-02 08:34:05.5+05:30')).toBe('2026-01-02T03:04:05.500Z');
  });
  it('keeps bigint exact or refuses', () => {
    expect(parseInt8('-42')).toBe(-42);
    expect(() => parseInt8('9223372036854775807')).toThrow(RangeError);
  });
});
