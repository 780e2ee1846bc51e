import type { PlainDate } from '@huiqi/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrackingNumber, parseTrackingNumber } from './tracking-number';

describe('tracking numbers', () => {
  it('formats and parses back', () => {
    const n = formatTrackingNumber({ prefix: 'SZ', date: '2026-03-02' as PlainDate, sequence: 123 });
    expect(n).toMatch(/^SZ20260302000123\d$/);
    expect(parseTrackingNumber(n)).toEqual({ ok: true, value: { prefix: 'SZ', date: '2026-03-02', sequence: 123 } });
    expect(parseTrackingNumber(` ${n.toLowerCase()} `).ok).toBe(true);
  });

  it('refuses any single mistyped digit and any swap of two different adjacent digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 2, max: 16 }), fc.integer({ min: 1, max: 9 }), (seq, pos, delta) => {
        const n = formatTrackingNumber({ prefix: 'SZ', date: '2026-10-10' as PlainDate, sequence: seq });
        const typo = n.slice(0, pos) + String((Number(n[pos]) + delta) % 10) + n.slice(pos + 1);
        expect(parseTrackingNumber(typo).ok).toBe(false);
      }),
    );
    const n = formatTrackingNumber({ prefix: 'SZ', date: '2026-10-10' as PlainDate, sequence: 4567 });
    for (let i = 2; i < n.length - 1; i++) {
      if (n[i] === n[i + 1] || (n[i] === '0' && n[i + 1] === '9') || (n[i] === '9' && n[i + 1] === '0')) continue;
      const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
      expect(parseTrackingNumber(swapped).ok).toBe(false);
    }
  });

  it('explains what is wrong, in both languages', () => {
    const r = parseTrackingNumber('SZ20261301000001' + '0');
    expect(!r.ok && r.error.message.zh).toMatch(/日期/);
    expect(!r.ok && r.error.message.en).toMatch(/date/);
    expect(() => formatTrackingNumber({ prefix: 'sz', date: '2026-01-01' as PlainDate, sequence: 1 })).toThrow(RangeError);
  });
});
