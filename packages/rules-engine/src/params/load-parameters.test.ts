import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Jurisdictions } from '../jurisdictions';
import { parseParameterFile } from './load-parameters';
import { ParamStore } from './param-store';
import type { PlainDate } from '@huiqi/kernel';

const here = dirname(fileURLToPath(import.meta.url));
const tree = new Jurisdictions([
  { id: 'cn', parent: null, name: { zh: '中国', en: 'China' } },
  { id: 'cn-gd', parent: 'cn', name: { zh: '广东', en: 'Guangdong' } },
  { id: 'cn-gd-sz', parent: 'cn-gd', name: { zh: '深圳', en: 'Shenzhen' } },
  { id: 'cn-gd-sz-ft', parent: 'cn-gd-sz', name: { zh: '福田', en: 'Futian' } },
]);

function load(fixture: string) {
  const file = `fixtures/${fixture}.yaml`;
  return parseParameterFile('x.y', file, readFileSync(join(here, file), 'utf8'), tree);
}

describe('parameter loader: one broken fixture per error kind, each located', () => {
  const cases: [string, string, number][] = [
    ['yaml-syntax', 'YAML_SYNTAX', 4],
    ['unknown-field', 'UNKNOWN_FIELD', 11],
    ['bad-date', 'BAD_DATE', 7],
    ['bad-number', 'BAD_NUMBER', 8],
    ['bad-unit', 'BAD_UNIT', 4],
    ['bad-address', 'BAD_ADDRESS', 9],
    ['unknown-jurisdiction', 'UNKNOWN_JURISDICTION', 6],
    ['date-order', 'DATE_ORDER', 11],
    ['missing-field', 'MISSING_FIELD', 8],
    ['unverified-without-note', 'MISSING_FIELD', 8],
  ];
  for (const [fixture, code, line] of cases) {
    it(`${fixture} → ${code} at line ${line}`, () => {
      const r = load(fixture);
      expect(r.def).toBeNull();
      const hit = r.errors.find((e) => e.code === code);
      expect(hit, JSON.stringify(r.errors)).toBeDefined();
      expect(hit!.file).toBe(`fixtures/${fixture}.yaml`);
      expect(hit!.line).toBe(line);
      expect(hit!.message.zh.length).toBeGreaterThan(0);
      expect(hit!.message.en.length).toBeGreaterThan(0);
    });
  }
});

describe('ParamStore', () => {
  const text = `description: 测试
description_en: test
metadata:
  unit: wan_yuan
values:
  cn:
    2021-01-01: { value: 200, reference: cn/x/y#art_1, published: 2020-12-18 }
    2022-07-01: { value: 300.5, reference: cn/x/y#art_2, published: 2022-05-30 }
  cn-gd-sz:
    2023-01-01: { value: 400, reference: cn-gd-sz/x/y#art_1, published: 2023-01-01 }
    2024-01-01: { value: null, reference: cn-gd-sz/x/y#art_1, published: 2023-01-01, note: end of override }
    2025-01-23: { value: 999, reference: cn-gd-sz/x/y#art_2, published: 2025-01-23, draft: true, note: consultation draft }
`;
  const { def, errors } = parseParameterFile('a.b', 'a/b.yaml', text, tree);
  const store = new ParamStore(new Map([['a.b', def!]]), tree);
  const at = (j: string, d: string, drafts = false) => store.resolve('a.b', j, d as PlainDate, { includeDrafts: drafts });

  it('loads and converts 万元 to fen exactly', () => {
    expect(errors).toEqual([]);
    expect(at('cn', '2021-01-01')!.value).toBe(200_000_000);
    expect(at('cn', '2022-07-01')!.value).toBe(300_500_000);
  });

  it('applies the value in force on the date, on both sides of each change', () => {
    expect(at('cn', '2020-12-31')).toBeNull();
    expect(at('cn', '2022-06-30')!.value).toBe(200_000_000);
    expect(at('cn', '2022-06-30')!.until).toBe('2022-07-01');
  });

  it('inherits down the jurisdiction tree unless overridden, and a null ends an override', () => {
    expect(at('cn-gd', '2023-06-01')!.value).toBe(300_500_000);
    expect(at('cn-gd-sz-ft', '2023-06-01')).toMatchObject({ value: 400_000_000, jurisdiction: 'cn-gd-sz' });
    expect(at('cn-gd-sz-ft', '2022-12-31')).toMatchObject({ value: 300_500_000, jurisdiction: 'cn' });
    expect(at('cn-gd-sz', '2024-01-01')).toMatchObject({ value: 300_500_000, jurisdiction: 'cn' });
  });

  it('never applies a consultation-draft value unless asked', () => {
    expect(at('cn-gd-sz', '2025-06-01')!.value).toBe(300_500_000);
    expect(at('cn-gd-sz', '2025-06-01', true)!.value).toBe(999_000_000);
  });
});
