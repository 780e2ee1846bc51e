import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_ANTD_PARTS } from '../../unused-antd-parts';

const SRC = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx$/.test(entry.name) && !/\.test\./.test(entry.name) ? [path] : [];
  });
}

describe('antd parts left out of the build (apps/web/unused-antd-parts.ts)', () => {
  it('names the two parts the build replaces', () => {
    expect(UNUSED_ANTD_PARTS.map((p) => p.use)).toEqual(['Typography editable', 'Card tabList']);
  });

  it('are used nowhere in the app: no Typography element is editable and no Card has tabs', () => {
    const uses: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      if (/<Typography\.\w+[^>]*\beditable\b/.test(text) || /<(Text|Paragraph|Title)[^>]*\beditable\b/.test(text)) uses.push(`${file}: Typography editable`);
      if (/\btabList\b/.test(text)) uses.push(`${file}: Card tabList`);
    }
    expect(uses).toEqual([]);
  });
});
