import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Fen } from './money';
import type { PlainDate } from './plain-date';
import { FenSchema, LegalAddressSchema, NonNegativeFenSchema, PlainDateSchema } from './schemas';

describe('kernel schemas', () => {
  it('takes a date field only as a real calendar date, typed PlainDate', () => {
    expect(PlainDateSchema.safeParse('2024-02-29').success).toBe(true);
    for (const bad of ['2026-02-30', '0000-00-00', '2026-1-5', '2026-01-05T00:00:00Z', '']) expect(PlainDateSchema.safeParse(bad).success, bad).toBe(false);
    expectTypeOf<z.output<typeof PlainDateSchema>>().toEqualTypeOf<PlainDate>();
    expectTypeOf<z.input<typeof PlainDateSchema>>().toEqualTypeOf<string>();
  });

  it('gives a bilingual reason for a bad date', () => {
    const r = PlainDateSchema.safeParse('2026-02-30');
    expect(r.success).toBe(false);
    if (!r.success) expect((r.error.issues[0] as { params?: unknown }).params).toEqual({ zh: '应为有效日期，格式 YYYY-MM-DD', en: 'must be a calendar date YYYY-MM-DD' });
  });

  it('takes money only as whole fen, typed Fen', () => {
    expect(FenSchema.safeParse(-150).success).toBe(true);
    expect(NonNegativeFenSchema.safeParse(-1).success).toBe(false);
    for (const bad of [1.5, Number.MAX_SAFE_INTEGER + 2, Number.NaN, '100']) expect(FenSchema.safeParse(bad).success, String(bad)).toBe(false);
    expectTypeOf<z.output<typeof FenSchema>>().toEqualTypeOf<Fen>();
    expectTypeOf<z.output<typeof NonNegativeFenSchema>>().toEqualTypeOf<Fen>();
  });

  it('takes a legal address in its one form', () => {
    expect(LegalAddressSchema.safeParse('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1').success).toBe(true);
    expect(LegalAddressSchema.safeParse('第四十五条').success).toBe(false);
  });

  it('leaves the JSON schema a plain string / integer (what the OpenAPI document shows)', () => {
    expect(z.toJSONSchema(PlainDateSchema)).toMatchObject({ type: 'string' });
    expect(z.toJSONSchema(NonNegativeFenSchema)).toMatchObject({ type: 'integer', minimum: 0 });
  });
});

describe('the text forms (response schemas keep plain values)', () => {
  it('checks a date as PlainDateSchema does but leaves it a string', async () => {
    const { PlainDateTextSchema } = await import('./schemas');
    expect(PlainDateTextSchema.safeParse('2026-02-30').success).toBe(false);
    expect(PlainDateTextSchema.parse('2026-02-28')).toBe('2026-02-28');
    expectTypeOf<z.output<typeof PlainDateTextSchema>>().toEqualTypeOf<string>();
  });

  it('checks a non-negative amount as NonNegativeFenSchema does but leaves it a number', async () => {
    const { NonNegativeFenNumberSchema } = await import('./schemas');
    expect(NonNegativeFenNumberSchema.safeParse(-1).success).toBe(false);
    expectTypeOf<z.output<typeof NonNegativeFenNumberSchema>>().toEqualTypeOf<number>();
  });
});
