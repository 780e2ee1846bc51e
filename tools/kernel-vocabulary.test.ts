/**
 * One definition per shared concept (issue 20): the kernel owns `PlainDate`, `Fen`, the exact
 * rational (`Num`/`Rational`), `LegalAddress` and its parser, `SizeClass` (one spelling) with its
 * names, and the size sectors with theirs — each with a zod schema. A second definition in another
 * package, a local list or name table of size classes, or a date field typed `z.string()` fails here.
 *
 * What is left from before (owned by modules other helpers were changing when this test came in) is
 * listed below per file with its count: the count may fall, never rise, and a file not listed may
 * have none. The web app is not checked: it may not import the kernel (tools/boundaries.json) and
 * takes its types from the generated client.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { areas, IMPORT_OR_REEXPORT, PATTERNS, type SourceFile } from './vocabulary-census';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { server } = areas(ROOT);
const outsideKernel = server.filter((f) => !f.path.startsWith('packages/kernel/'));
/** The same files without their import and re-export clauses: what they define. */
const definitions = outsideKernel.map((f) => ({ path: f.path, text: f.text.replace(IMPORT_OR_REEXPORT, '') }));

/** Names only the kernel defines. */
const KERNEL_NAMES = [
  'PlainDate', 'Fen', 'Num', 'Rational', 'Fraction', 'LegalAddress', 'VersionId', 'SizeClass', 'SizeSector', 'SizeClassCode',
  'SmeSizeClass', 'SIZE_CLASSES', 'SIZE_SECTORS', 'SIZE_CLASS_NAMES', 'SIZE_SECTOR_NAMES', 'BilingualText', 'Result',
  'PlainDateSchema', 'FenSchema', 'SizeClassSchema', 'SizeSectorSchema',
];
const DEFINITION = new RegExp(`\\b(?:type|interface|class|enum|const|let|var|function)\\s+(?:${KERNEL_NAMES.join('|')})\\b`, 'g');

/** file → how many of a pattern it may still hold (it may hold fewer). */
type Leftovers = Readonly<Record<string, number>>;

function matches(files: readonly SourceFile[], re: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const n = f.text.match(re)?.length ?? 0;
    if (n > 0) out[f.path] = n;
  }
  return out;
}

/** Files holding more than they may: each with what it holds and what it may. */
function overLimit(found: Record<string, number>, allowed: Leftovers): string[] {
  return Object.entries(found)
    .filter(([path, n]) => n > (allowed[path] ?? 0))
    .map(([path, n]) => `${path}: ${n} (may hold ${allowed[path] ?? 0})`);
}

/** Lists of size classes left: statistics' own orderings (with 未划型) and its SQL, the rules API schema. */
const SIZE_LISTS_LEFT: Leftovers = {
  'packages/api/src/rules/rules-schemas.ts': 1,
  'packages/db/src/statistics/module-statistics.ts': 1,
  'packages/workflows/src/statistics/registry-indicators.ts': 2,
};
/** Tables keyed by size class left: the annual report's names (statistics). */
const SIZE_TABLES_LEFT: Leftovers = {
  'packages/api/src/statistics/annual-report-service.ts': 2,
};
/** Chinese size names written out: the annual report (statistics); 大型企业 as a kind of debtor (appeals labels). */
const SIZE_NAMES_LEFT: Leftovers = {
  'packages/api/src/statistics/annual-report-service.ts': 4,
  'packages/workflows/src/appeals/appeals-labels.ts': 1,
};
const SECTOR_TABLES_LEFT: Leftovers = {
  'packages/api/src/statistics/indicator-view.ts': 1,
  // The synthetic population's industry list names its GB/T 4754 sections, not the size sectors' table.
  'packages/testing/src/industries.ts': 1,
};

describe('kernel vocabulary (one definition per shared concept)', () => {
  it('defines the kernel\'s types and names nowhere else', () => {
    const found = definitions.flatMap((f) => [...f.text.matchAll(DEFINITION)].map((m) => `${f.path}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('has one legal-address parser and one exact rational', () => {
    const has = (re: RegExp, text: string) => new RegExp(re.source).test(text);
    const parsers = definitions.filter((f) => has(PATTERNS.legalAddressParser, f.text) || has(PATTERNS.legalAddressType, f.text)).map((f) => f.path);
    const rationals = definitions.filter((f) => has(PATTERNS.rationalType, f.text) || has(PATTERNS.rationalConversion, f.text)).map((f) => f.path);
    expect({ parsers, rationals }).toEqual({ parsers: [], rationals: [] });
  });

  it('spells size classes one way: no local list, table or spelling map of them', () => {
    expect(overLimit({ ...matches(outsideKernel, PATTERNS.sizeListLower), ...matches(outsideKernel, PATTERNS.sizeListUpper) }, SIZE_LISTS_LEFT)).toEqual([]);
    expect(overLimit(matches(outsideKernel, PATTERNS.sizeTable), SIZE_TABLES_LEFT)).toEqual([]);
    expect(overLimit(matches(outsideKernel, PATTERNS.sizeSpellingMap), {})).toEqual([]);
    expect(overLimit(matches(outsideKernel, PATTERNS.sizeNameZh), SIZE_NAMES_LEFT)).toEqual([]);
  });

  it('names the size sectors in one table (the kernel\'s SIZE_SECTOR_NAMES)', () => {
    expect(overLimit(matches(outsideKernel, PATTERNS.sectorNameTable), SECTOR_TABLES_LEFT)).toEqual([]);
  });

  it('types no date field as z.string() (use PlainDateSchema / PlainDateString) beyond what is left', () => {
    expect(overLimit(matches(outsideKernel, PATTERNS.zodStringDate), DATE_FIELDS_LEFT)).toEqual([]);
  });

  it('types no local date as a plain string', () => {
    expect(overLimit(matches(definitions, PATTERNS.localDateType), {})).toEqual([]);
  });
});

/**
 * Date fields still typed `z.string()`, almost all in response schemas (being added for the generated
 * client while this test came in). The pattern goes by the field's name, so a few are not dates at
 * all (law-diff's eId moves, subscriptions' quiet hours): those stay listed.
 */
const DATE_FIELDS_LEFT: Leftovers = {
  'packages/api/src/appeals/appeals-reference.ts': 1,
  'packages/api/src/appeals/appeals-schemas.ts': 4,
  'packages/api/src/appeals/appeals-statistics.ts': 2,
  'packages/api/src/benefits/benefits-schemas.ts': 11,
  'packages/api/src/cultivation/cultivation-schemas.ts': 20,
  'packages/api/src/inspections/inspections-oversight.ts': 2,
  'packages/api/src/inspections/inspections-plans.ts': 1,
  'packages/api/src/inspections/inspections-results.ts': 1,
  'packages/api/src/inspections/inspections-schemas.ts': 1,
  'packages/api/src/inspections/inspections-task-code.ts': 1,
  'packages/api/src/intake/intake-schemas.ts': 1,
  'packages/api/src/law/law-diff.ts': 1,
  'packages/api/src/law/law-resolve.ts': 2,
  'packages/api/src/law/law-schemas.ts': 1,
  'packages/api/src/procurement/procurement-schemas.ts': 8,
  'packages/api/src/publication/public-policies.ts': 2,
  'packages/api/src/publication/publication-preview.ts': 1,
  'packages/api/src/publication/publication-schemas.ts': 2,
  'packages/api/src/rules/classify.ts': 1,
  'packages/api/src/rules/declared-facts.ts': 1,
  'packages/api/src/rules/rules-schemas.ts': 11,
  'packages/api/src/schemas/enterprise.ts': 5,
  'packages/api/src/services/services-schemas.ts': 6,
  'packages/api/src/subscriptions/subscriptions-schemas.ts': 2,
};
