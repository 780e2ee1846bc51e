import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue, parseComparisonDraft, parseLegalText, toFlatJson, type TextKind } from '@huiqi/legal-text';
import { defineCommand, parseOptions } from '../command';

export default defineCommand({
  summary: '解析法规文本为 JSON Parse a regulation text (plain/Markdown/修改对照稿) to JSON: articles, chapters, parts; numbering gaps are warnings unless --strict',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const file = positional[0];
    if (!file) {
      io.stderr.write('用法 usage: huiqi law parse FILE [--kind regulation|measures] [--column left|right] [--excerpt] [--strict]\n');
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch (e) {
      io.stderr.write(`无法读取文件 cannot read file: ${file} (${(e as Error).message})\n`);
      return 2;
    }
    const kind = options.kind === 'regulation' || options.kind === 'measures' ? (options.kind as TextKind) : undefined;
    const column = options.column === 'left' || options.column === 'right' ? options.column : undefined;
    const strict = options.strict === true;
    const r = parseLegalText(text, { file, lenient: !strict, ...(options.excerpt === true ? { excerpt: true } : {}), ...(kind ? { kind } : {}), ...(column ? { column } : {}) });
    if (!r.ok && r.error[0]?.code === 'COMPARISON_NEEDS_COLUMN') {
      const cmp = parseComparisonDraft(text, { file });
      if (!cmp.ok) {
        for (const i of cmp.error) io.stderr.write(`${formatIssue(i)}\n`);
        return 1;
      }
      const c = cmp.value;
      const out = {
        comparison: true,
        labels: c.labels,
        rows: c.rows,
        columns: [
          { label: c.labels[0], ...toFlatJson(c.left) },
          { label: c.labels[1], ...toFlatJson(c.right) },
        ],
      };
      io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    if (!r.ok) {
      for (const i of r.error) io.stderr.write(`${formatIssue(i)}\n`);
      return 1;
    }
    for (const w of r.value.warnings ?? []) io.stderr.write(`警告 warning: ${formatIssue(w)}\n`);
    io.stdout.write(`${JSON.stringify({ file, ...(r.value.warnings ? { warnings: r.value.warnings } : {}), ...toFlatJson(r.value) }, null, 2)}\n`);
    return 0;
  },
});
