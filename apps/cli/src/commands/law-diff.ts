import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  diffVersions,
  formatIssue,
  lawDir,
  loadLawLibrary,
  parseComparisonDraft,
  parseLegalText,
  renderDiffHtml,
  type LawLibrary,
  type LegalTree,
} from '@huiqi/legal-text';
import { parseLegalAddress } from '@huiqi/kernel';
import { defineCommand, parseOptions } from '../command';

type Side = { tree: LegalTree; label: string } | { error: string };

function fromFile(path: string, column: 'left' | 'right' | undefined): Side {
  const text = readFileSync(resolve(path), 'utf8');
  const r = parseLegalText(text, { file: path, ...(column ? { column } : {}) });
  if (r.ok) return { tree: r.value, label: column ? `${path} (${column})` : path };
  return { error: r.error.map(formatIssue).join('\n') };
}

function fromAddress(lib: LawLibrary, address: string): Side {
  const a = parseLegalAddress(address);
  if (!a.ok) return { error: `${a.error.zh} / ${a.error.en}` };
  const version = a.value.version ?? lib.versionOn(a.value.workId)?.version.id;
  const tree = version ? lib.tree(a.value.workId, version) : null;
  if (!version || !tree) return { error: `无法找到 not found: ${address}` };
  const meta = lib.versions(a.value.workId).find((v) => v.id === version);
  return { tree, label: `${lib.work(a.value.workId)?.title ?? a.value.workId}（${meta?.label ?? version}）` };
}

export default defineCommand({
  summary: '两个版本的修改对照 Compare two versions: huiqi law diff OLD NEW [--format json|html] (files or addresses; one 修改对照稿 file alone compares its columns)',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const [oldArg, newArg] = positional;
    if (!oldArg) {
      io.stderr.write(
        '用法 usage: huiqi law diff OLD NEW [--format html]\n  OLD/NEW: a text file, or an address such as cn-hn/regulation/sme-promotion-implementation@2020-09-16\n  huiqi law diff COMPARISON.txt — compares the two columns of a 修改对照稿\n',
      );
      return 2;
    }
    let lib: LawLibrary | null = null;
    const side = (arg: string, column?: 'left' | 'right'): Side => {
      if (existsSync(resolve(arg))) return fromFile(arg, column);
      lib ??= loadLawLibrary(typeof options.dir === 'string' ? options.dir : lawDir());
      return fromAddress(lib, arg);
    };
    let older: Side;
    let newer: Side;
    if (!newArg) {
      if (!existsSync(resolve(oldArg))) {
        io.stderr.write('只给一个参数时应为修改对照稿文件 with one argument, give a comparison-draft file\n');
        return 2;
      }
      const cmp = parseComparisonDraft(readFileSync(resolve(oldArg), 'utf8'), { file: oldArg });
      if (!cmp.ok) {
        io.stderr.write(`${cmp.error.map(formatIssue).join('\n')}\n`);
        return 1;
      }
      older = { tree: cmp.value.left, label: cmp.value.labels[0] };
      newer = { tree: cmp.value.right, label: cmp.value.labels[1] };
    } else {
      older = side(oldArg, options['old-column'] === 'right' ? 'right' : 'left');
      newer = side(newArg, options['new-column'] === 'left' ? 'left' : 'right');
    }
    for (const s of [older, newer]) {
      if ('error' in s) {
        io.stderr.write(`${s.error}\n`);
        return 1;
      }
    }
    const o = older as { tree: LegalTree; label: string };
    const n = newer as { tree: LegalTree; label: string };
    const diff = diffVersions(o.tree, n.tree);
    if (options.format === 'html') {
      io.stdout.write(renderDiffHtml(diff, { title: `修改对照：${o.label} → ${n.label}`, oldLabel: o.label, newLabel: n.label }));
      return 0;
    }
    const pairs = diff.pairs.map((p) => ({
      kind: p.kind,
      old: p.old?.eid ?? null,
      oldNum: p.old?.num ?? null,
      new: p.new?.eid ?? null,
      newNum: p.new?.num ?? null,
      ...(p.new?.heading ? { newHeading: p.new.heading } : {}),
      similarity: p.similarity,
      movedTo: p.movedTo,
      movedFrom: p.movedFrom,
      changes: p.changes,
    }));
    io.stdout.write(`${JSON.stringify({ old: o.label, new: n.label, summary: diff.summary, moves: diff.moves, pairs }, null, 2)}\n`);
    return 0;
  },
});
