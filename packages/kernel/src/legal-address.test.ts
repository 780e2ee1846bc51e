import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLegalAddress as formatAddress, parseLegalAddress as parseAddress, type LegalAddress } from './legal-address';

describe('legal addresses', () => {
  it('separates the work, the version and the element', () => {
    const r = parseAddress('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2');
    expect(r).toEqual({ ok: true, value: { workId: 'cn-gd-sz/regulation/sme-promotion', version: '2025-01-23', eid: 'art_45__para_1__item_2' } });
  });

  it('leaves out the version (in force on a date) and the element (whole text)', () => {
    expect(parseAddress('cn-sh/regulation/sme-promotion')).toEqual({ ok: true, value: { workId: 'cn-sh/regulation/sme-promotion', version: null, eid: null } });
    expect(parseAddress('cn-sh/regulation/sme-promotion#chp_3')).toEqual({ ok: true, value: { workId: 'cn-sh/regulation/sme-promotion', version: null, eid: 'chp_3' } });
  });

  it('accepts year-precision and labelled version ids', () => {
    expect(parseAddress('cn-sd-qd/regulation/sme-promotion@2023#art_1').ok).toBe(true);
    expect(parseAddress('cn-hn/regulation/sme-promotion-implementation@2020-09-16~revision-draft#art_13__para_1').ok).toBe(true);
  });

  it('rejects malformed addresses with a bilingual reason', () => {
    const bad = ['cn-sh/sme-promotion', 'CN-SH/regulation/x', 'cn-sh/regulation/x@2020-02-30', 'cn-sh/regulation/x@yesterday', 'cn-sh/regulation/x#第五条', 'cn-sh/regulation/x#art_5__'];
    for (const b of bad) {
      const r = parseAddress(b);
      expect(r.ok, b).toBe(false);
      if (!r.ok) {
        expect(r.error.zh.length).toBeGreaterThan(0);
        expect(r.error.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('format and parse are inverse (property)', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const version = fc.option(fc.oneof(date, date.map((d) => d.slice(0, 4)), fc.tuple(date, slug).map(([d, s]) => `${d}~${s}`)), { nil: null });
    const level = fc.tuple(fc.constantFrom('art', 'para', 'item', 'sub', 'chp', 'sec', 'measure'), fc.integer({ min: 1, max: 300 })).map(([k, n]) => `${k}_${n}`);
    const eid = fc.option(fc.array(level, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('__')), { nil: null });
    const address = fc.record({ workId: fc.tuple(slug, slug, slug).map((p) => p.join('/')), version, eid });
    fc.assert(
      fc.property(address, (a: LegalAddress) => {
        const r = parseAddress(formatAddress(a));
        return r.ok && r.value.workId === a.workId && r.value.version === a.version && r.value.eid === a.eid;
      }),
    );
  });
});
