import type { TextChange } from './diff-text';
import type { ArticlePair, PairKind, ParagraphMove, VersionDiff } from './diff-versions';

export interface DiffHtmlOptions {
  title?: string;
  oldLabel?: string;
  newLabel?: string;
}

const KIND_LABEL: Record<PairKind, string> = {
  unchanged: '未修改 unchanged',
  modified: '修改 modified',
  moved: '移动 moved',
  added: '新增 added',
  deleted: '删去 deleted',
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runs(changes: TextChange[], side: 'old' | 'new'): string {
  return changes
    .map((c) => {
      const t = esc(c.text).replace(/\n/g, '<br>');
      if (c.op === 'equal') return t;
      if (side === 'old' && c.op === 'delete') return `<del>${t}</del>`;
      if (side === 'new' && c.op === 'insert') return `<ins>${t}</ins>`;
      return '';
    })
    .join('');
}

function moveNotes(moves: ParagraphMove[], side: 'old' | 'new'): string {
  return moves
    .map((m) => `<p class="note">${side === 'old' ? `（${esc(m.fromNum)}移至新${esc(m.toNum)}）` : `（${esc(m.toNum)}原为${esc(m.fromNum)}）`}</p>`)
    .join('');
}

function cell(p: ArticlePair, side: 'old' | 'new'): string {
  const ref = side === 'old' ? p.old : p.new;
  if (!ref) return `<td class="empty"></td>`;
  const notes = side === 'old' ? moveNotes(p.movedTo, 'old') : moveNotes(p.movedFrom, 'new');
  return `<td id="${side}-${esc(ref.eid)}"><a class="num" href="#${side}-${esc(ref.eid)}">${esc(ref.num)}</a> ${runs(p.changes, side)}${notes}</td>`;
}

/** A self-contained side-by-side 修改对照 page: deletions struck through, additions in bold. */
export function renderDiffHtml(diff: VersionDiff, opts: DiffHtmlOptions = {}): string {
  const title = opts.title ?? '修改对照 Version comparison';
  const rows = diff.pairs
    .map((p, i) => `<tr class="${p.kind}" id="row-${i + 1}"><td class="kind">${KIND_LABEL[p.kind]}</td>${cell(p, 'old')}${cell(p, 'new')}</tr>`)
    .join('\n');
  const s = diff.summary;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
body{font-family:"Noto Serif CJK SC","Songti SC",serif;margin:2rem;line-height:1.8;color:#222}
h1{font-size:1.4rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #bbb;padding:.5rem .75rem;vertical-align:top}
th{background:#f3f3f3}
.kind{width:7rem}
td.kind{font-size:.8rem;color:#555}
td.empty{background:#fafafa}
del{text-decoration:line-through;background:#f6d5d5;color:#7a1f1f}
ins{text-decoration:none;font-weight:bold;background:#d8f0d8}
.num{font-weight:bold;color:inherit;text-decoration:none}
.note{margin:.25rem 0 0;color:#8a5a00;font-size:.9rem}
tr.unchanged td{color:#666}
.summary{color:#555}
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p class="summary">修改 ${s.modified} · 移动 ${s.moved} · 新增 ${s.added} · 删去 ${s.deleted} · 未修改 ${s.unchanged}</p>
<p class="summary">删去的文字以删除线标示，增加的文字以黑体标示。Deleted text is struck through; added text is bold.</p>
<table>
<thead><tr><th class="kind">类型</th><th>${esc(opts.oldLabel ?? '原文 old')}</th><th>${esc(opts.newLabel ?? '新文 new')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
