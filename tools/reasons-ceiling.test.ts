/**
 * Reasons as codes (issue 20 item 4): a domain function returns a reason as a code with its figures,
 * and its module's one `*-reasons.ts` file words it in Chinese and English. Every `bi()` left in the
 * domain's logic is wording the reasons file should own, so their number may fall, never rise.
 *
 * To lower the ceiling: convert a module (its function returns `{ code, ...figures }`, typed as an
 * exported union, and its reasons file renders them), run `npx tsx tools/vocabulary-census.ts`, and
 * set BI_IN_DOMAIN_LOGIC_CEILING below to the "bi() calls in domain logic" figure it prints.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { areas, domainLogic, PATTERNS, WORDING_FILE } from './vocabulary-census';

/** `bi()` calls in domain logic (outside reasons/labels/messages files and the kernel); was 375 before issue 20 item 4. */
const BI_IN_DOMAIN_LOGIC_CEILING = 201;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { domain } = areas(ROOT);

describe('reasons as codes: bi() in domain logic', () => {
  it(`holds at most ${BI_IN_DOMAIN_LOGIC_CEILING} bi() calls outside wording files`, () => {
    const perFile = domainLogic(domain)
      .map((f) => ({ path: f.path, n: f.text.match(PATTERNS.bi)?.length ?? 0 }))
      .filter((x) => x.n > 0);
    const total = perFile.reduce((s, x) => s + x.n, 0);
    expect(total, `bi() in domain logic, by file:\n${perFile.map((x) => `  ${x.n} ${x.path}`).join('\n')}`).toBeLessThanOrEqual(BI_IN_DOMAIN_LOGIC_CEILING);
  });

  it('keeps *-labels.ts files pure tables: fixed words, no branching (logic with words belongs in a reasons file)', () => {
    const labels = domain.filter((f) => WORDING_FILE.test(f.path) && /labels\.ts$/.test(f.path));
    expect(labels.length).toBeGreaterThan(0);
    const impure = labels.filter((f) => /\bbi\(\s*`[^`]*\$\{/.test(f.text) || /\bswitch\s*\(|\bif\s*\(/.test(f.text)).map((f) => f.path);
    expect(impure).toEqual([]);
  });
});
