import { describe, expect, it } from 'vitest';
import { countHandWrittenTypes, webApiFiles } from './hand-written-api-types';

/**
 * The web app takes the API's shapes from the generated OpenAPI types (apps/web/src/api/api-types.ts),
 * never from a copy: an API module that declares an interface or an object/status-list type of its
 * own, or calls `request<T>` with an answer type of its choosing, fails here. Name the shape from
 * the generated types instead (`ApiJson<'/api/…', 'get'>`); if the shape is missing there, give the
 * route a response schema and run `npm run generate:client`.
 */

/** Feature modules other people are changing now; each moves to the generated types in its own change. */
const LEFT_TO_OTHERS: Record<string, string> = {
  'apps/web/src/features/statistics/statistics-api.ts': 'statistics (issue 23) is being extended at the same time',
};
const LEFT_TO_OTHERS_FOLDERS = ['apps/web/src/features/home/'];

/** Modules not converted yet, with why: each entry is a debt, and this list only shrinks. */
const NOT_YET_CONVERTED: Record<string, string> = {};

/** Named shapes the API documents without a schema, declared once on the web side, with why. */
const DOCUMENTED_EXCEPTIONS: Record<string, string[]> = {
  // explanation: z.unknown() in packages/api/src/rules/rules-schemas.ts (a recursive trace); the
  // answer types that carry it (我的政策 and the public policy calculator) are the generated ones with the explanation put back in.
  'apps/web/src/features/policies/policies-api.ts': ['TraceNode', 'ClauseExplanation', 'PolicyExplanation', 'PolicyAnswer', 'ExplainedEligibility', 'CalculatorPolicy', 'CalculatorAnswer'],
  // The error envelope: the routes document their successful answers only.
  'apps/web/src/api/api-error.ts': ['ApiErrorBody'],
};

const isLeftToOthers = (file: string) => file in LEFT_TO_OTHERS || LEFT_TO_OTHERS_FOLDERS.some((f) => file.startsWith(f));

describe('the web app has no hand-written API types', () => {
  const files = webApiFiles();

  it('finds the API modules', () => {
    expect(files).toContain('apps/web/src/api/types.ts');
    expect(files).toContain('apps/web/src/features/appeals/appeals-api.ts');
    expect(files.length).toBeGreaterThan(20);
  });

  it('declares no API shape and trusts no hand-written answer type outside the listed exceptions', () => {
    const offences: string[] = [];
    for (const file of files) {
      if (isLeftToOthers(file) || file in NOT_YET_CONVERTED) continue;
      const allowed = new Set(DOCUMENTED_EXCEPTIONS[file] ?? []);
      for (const f of countHandWrittenTypes(file).found) {
        if (f.kind === 'declaration' && !allowed.has(f.name)) offences.push(`${file}:${f.line}: ${f.name} is a hand-written API shape — alias the generated type (ApiJson<…>) instead`);
        if (f.kind === 'trusted-call') offences.push(`${file}:${f.line}: request<T>() in ${f.name} trusts a hand-written answer type — use callApi()`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('keeps the lists of exceptions honest (each still needed, each file still there)', () => {
    const stale: string[] = [];
    for (const file of [...Object.keys(NOT_YET_CONVERTED), ...Object.keys(DOCUMENTED_EXCEPTIONS)]) if (!files.includes(file)) stale.push(`${file} no longer exists`);
    for (const file of Object.keys(NOT_YET_CONVERTED).filter((f) => files.includes(f))) {
      const left = countHandWrittenTypes(file).found.filter((f) => f.kind !== 'inline');
      if (left.length === 0) stale.push(`${file} is converted: remove it from NOT_YET_CONVERTED`);
    }
    for (const [file, names] of Object.entries(DOCUMENTED_EXCEPTIONS).filter(([f]) => files.includes(f))) {
      const declared = new Set(countHandWrittenTypes(file).found.filter((f) => f.kind === 'declaration').map((f) => f.name));
      for (const name of names) if (!declared.has(name)) stale.push(`${file}: ${name} is gone — remove it from DOCUMENTED_EXCEPTIONS`);
    }
    expect(stale).toEqual([]);
  });
});
