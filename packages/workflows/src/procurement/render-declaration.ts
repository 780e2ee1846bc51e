import type { Declaration } from './declaration';

function dateZh(d: string): string {
  const [y, m, day] = d.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

/** The declaration as plain text, in the template's order, for printing or attaching to a bid. */
export function renderDeclarationText(d: Declaration): string {
  return [
    d.title,
    '',
    d.opening,
    d.intro,
    ...d.lines.map((l) => l.text),
    '',
    d.closing,
    '',
    `企业名称（盖章）：${d.supplier.name}`,
    `日　　期：${dateZh(d.date)}`,
    '',
    ...d.notes.map((n, i) => `${i === 0 ? '备注：' : '　　　'}${n}`),
    '',
  ].join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The declaration as one self-contained, print-friendly HTML page (A4, no external resources). */
export function renderDeclarationHtml(d: Declaration): string {
  const css = [
    '@page { size: A4; margin: 25mm 22mm; }',
    'body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 15px; line-height: 1.9; color: #000; max-width: 170mm; margin: 0 auto; padding: 12mm 0; }',
    'h1 { text-align: center; font-size: 22px; letter-spacing: 0.1em; margin: 0 0 1.5em; }',
    'p { text-indent: 2em; margin: 0 0 0.6em; }',
    'ol { list-style: none; padding: 0; margin: 0 0 0.6em; } li { text-indent: 2em; }',
    '.sign { margin-top: 3em; text-align: right; } .sign p { text-indent: 0; }',
    '.notes { margin-top: 3em; font-size: 13px; } .notes p { text-indent: 0; } .notes p + p { padding-left: 3em; }',
    '@media print { body { padding: 0; } }',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(d.title)} — ${esc(d.project)}</title>
<style>
${css}
</style>
</head>
<body>
<h1>${esc(d.title)}</h1>
<p>${esc(d.opening)}</p>
<p>${esc(d.intro)}</p>
<ol>
${d.lines.map((l) => `<li>${esc(l.text)}</li>`).join('\n')}
</ol>
<p>${esc(d.closing)}</p>
<div class="sign">
<p>企业名称（盖章）：${esc(d.supplier.name)}</p>
<p>日　　期：${esc(dateZh(d.date))}</p>
</div>
<div class="notes">
${d.notes.map((n, i) => `<p>${i === 0 ? '备注：' : ''}${esc(n)}</p>`).join('\n')}
</div>
</body>
</html>
`;
}
