import { describe, expect, it } from 'vitest';
import { checkCitations } from './check-citations';
import { lawDir } from './law-dir';
import { loadLawLibrary } from './load-law-library';

describe('citations from elsewhere are checked against the law folder', () => {
  const lib = loadLawLibrary(lawDir());
  const at = (address: string, line: number) => ({ address, file: 'rules/policies/x/policy.ts', line, col: 7 });

  it('accepts citations that resolve', () => {
    expect(
      checkCitations(lib, [
        at('cn-gd-sz/regulation/sme-promotion@2025-01-23#art_45__para_1__item_2', 1),
        at('cn-sh/regulation/sme-promotion#art_63__para_1__item_5', 2),
        at('cn-gd-sz/measures/sme-relief-2023#measure_14__para_1', 3),
      ]),
    ).toEqual([]);
  });

  it('reports each broken citation where it was written', () => {
    const issues = checkCitations(lib, [
      at('cn-sh/regulation/sme-promotion#art_67', 10),
      at('cn-sh/regulation/sme-promotion@2011-04-12#art_1', 11),
      at('cn-bj/regulation/sme-promotion#art_1', 12),
      at('cn-sh/regulation/sme-promotion#第五条', 13),
    ]);
    expect(issues.map((i) => `${i.file}:${i.line}:${i.col} ${i.code}`)).toEqual([
      'rules/policies/x/policy.ts:10:7 UNRESOLVED_REFERENCE',
      'rules/policies/x/policy.ts:11:7 UNRESOLVED_REFERENCE',
      'rules/policies/x/policy.ts:12:7 UNRESOLVED_REFERENCE',
      'rules/policies/x/policy.ts:13:7 UNRESOLVED_REFERENCE',
    ]);
    expect(issues[0]!.message.zh).toBe('引用的条文不存在：cn-sh/regulation/sme-promotion#art_67');
    expect(issues[1]!.message.en).toBe('cited version does not exist: cn-sh/regulation/sme-promotion@2011-04-12');
  });
});
