import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('UI text lives in the dictionary', () => {
  it('has no Chinese in components except the Chinese dictionary and the zh side of bilingual data', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      const name = relative(srcDir, file).split('\\').join('/');
      // The dictionaries are checked by i18n/dictionary.test.ts, feature messages
      // (`defineMessages(zh, en)` in a `*messages.ts` file) by i18n/feature-messages.test.ts.
      if (name === 'i18n/zh.ts' || name === 'i18n/en.ts') continue;
      const text = readFileSync(file, 'utf8');
      if (/messages\.ts$/.test(name) && /define(Paired)?Messages\(/.test(text)) continue;
      const lines = text.split('\n');
      lines.forEach((line, index) => {
        // `zh: '…'` is the Chinese half of a { zh, en } pair and is allowed.
        const rest = line.replace(/\bzh:\s*'[^']*'/g, '').replace(/^\s*(\*|\/\/|\/\*).*$/, '');
        if (CJK.test(rest)) offenders.push(`${name}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('actually scans the components', () => {
    const names = sourceFiles(srcDir).map((f) => relative(srcDir, f).split('\\').join('/'));
    expect(names).toContain('features/auth/LoginPage.tsx');
    expect(names).toContain('features/enterprise/FiguresTable.tsx');
  });
});

/**
 * Money reaches the screen as 元/万元 with separators ("300 万元", "1,234.56 元") — through the kernel's
 * formatMoney in the packages' messages and reasons, through format/money.ts and useFormat().money here.
 * Never a currency sign, never fen divided by hand, never a long unseparated amount before 元.
 */
const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));
const MONEY_SMELLS: { what: string; re: RegExp }[] = [
  { what: 'a currency sign', re: /[¥￥]/ },
  { what: 'fen divided by 100 and fixed to two decimals', re: /fen\w*\)?\s*\/\s*100\)?\.toFixed\(2\)|toFixed\(2\)\}?\s*(元|yuan)/ },
  { what: 'an unseparated amount before 元', re: /\d{5,}(\.\d+)?\s*(万元|元|yuan\b)/ },
  { what: 'plain yuan text (for files and inputs) in a sentence', re: /fenToYuanText\([^)]*\)[^'`]*(元|yuan)/ },
];

/**
 * Not screens: the YAML case runner reports in the plain yuan its cases are written in (rules test),
 * test fixtures write rule expressions.
 */
const NOT_ON_SCREEN = [/^packages\/rules-engine\/src\/cases\//, /fixture/];

function moneySmells(name: string, text: string): string[] {
  return text.split('\n').flatMap((line, index) => {
    const code = line.replace(/^\s*(\*|\/\/|\/\*).*$/, '');
    return MONEY_SMELLS.filter((s) => s.re.test(code)).map((s) => `${name}:${index + 1}: ${s.what}: ${line.trim()}`);
  });
}

describe('money on screen reads as 元/万元 with separators', () => {
  it('finds no currency sign, hand-made yuan or unseparated amount in the web app or in the packages\' messages', () => {
    const offenders: string[] = [];
    for (const [root, label] of [[srcDir, 'apps/web/src'], [packagesDir, 'packages']] as const) {
      for (const file of sourceFiles(root)) {
        const name = `${label}/${relative(root, file).split('\\').join('/')}`;
        if (NOT_ON_SCREEN.some((re) => re.test(name))) continue;
        offenders.push(...moneySmells(name, readFileSync(file, 'utf8')));
      }
    }
    expect(offenders).toEqual([]);
  });

  it('catches the shapes it is meant to catch', () => {
    const bad = ['`预算 ${formatYuan(x)}`.replace("", "¥")', "const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;", "t('x', { zh: '首贷本金 5000000.00 元' })", 'bi(`余额 ${fenToYuanText(left)} 元`, "")'];
    for (const line of bad) expect(moneySmells('x.ts', line), line).not.toEqual([]);
    expect(moneySmells('x.ts', "bi(`余额 ${formatMoney(left, 'zh')}`, '')\n// a comment: ¥1,000")).toEqual([]);
  });
});
