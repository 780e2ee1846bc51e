import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('.', import.meta.url));
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
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
