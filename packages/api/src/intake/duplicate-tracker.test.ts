import { describe, expect, it } from 'vitest';
import { DuplicateTracker } from './duplicate-tracker';

const cols = { uscc: 'uscc', name: 'name' };

describe('DuplicateTracker', () => {
  it('one row per enterprise and year; registry data must agree across an enterprise rows', () => {
    const t = new DuplicateTracker();
    expect(t.check({ line: 2, uscc: 'A', year: 2023, registryKey: 'k' }, cols)).toEqual({ ok: true, first: true });
    expect(t.check({ line: 3, uscc: 'A', year: 2024, registryKey: 'k' }, cols)).toEqual({ ok: true, first: false });
    const dup = t.check({ line: 4, uscc: 'A', year: 2023, registryKey: 'k' }, cols);
    expect(dup).toMatchObject({ ok: false, error: { line: 4, column: 'uscc', message: { en: 'uscc A already has figures for 2023 on line 2' } } });
    expect(t.check({ line: 5, uscc: 'A', year: 2025, registryKey: 'other' }, cols)).toMatchObject({ ok: false, error: { column: 'name' } });
    expect(t.check({ line: 6, uscc: 'B', year: null, registryKey: 'k' }, cols)).toEqual({ ok: true, first: true });
    expect(t.check({ line: 7, uscc: 'B', year: null, registryKey: 'k' }, cols)).toMatchObject({ ok: false, error: { message: { en: 'uscc B already appears on line 6' } } });
  });
  it('holds more than three years per enterprise and grows past its first capacity', () => {
    const t = new DuplicateTracker();
    for (let y = 2000; y < 2010; y++) expect(t.check({ line: y, uscc: 'A', year: y, registryKey: '' }, cols).ok).toBe(true);
    expect(t.check({ line: 1, uscc: 'A', year: 2008, registryKey: '' }, cols).ok).toBe(false);
    for (let i = 0; i < 5000; i++) t.check({ line: i, uscc: `E${i}`, year: 2024, registryKey: '' }, cols);
    expect(t.size).toBe(5001);
    expect(t.check({ line: 1, uscc: 'E4999', year: 2024, registryKey: '' }, cols).ok).toBe(false);
  });
});
