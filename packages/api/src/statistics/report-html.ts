import type { AnnualReport } from '@huiqi/workflows';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The report as a self-contained HTML page (printed to PDF with Chromium). */
export function reportHtml(r: AnnualReport): string {
  const body = r.sections.map((s) => [
    `<h2>${esc(s.headingZh)}</h2>`,
    ...s.paragraphs.map((p) => `<p>${esc(p)}</p>`),
    ...s.tables.map((t) => `<table><caption>${esc(t.captionZh)}</caption><thead><tr>${t.headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${
      (t.rows.length > 0 ? t.rows : [t.headers.map((_, i) => (i === 0 ? '（无）' : ''))]).map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`),
  ].join('\n')).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(r.titleZh)}</title><style>
body{font-family:"Noto Serif CJK SC","Source Han Serif SC",SimSun,serif;font-size:12pt;line-height:1.7;color:#000}
h1{text-align:center;font-size:20pt;margin:0 0 4pt}.sub{text-align:center;font-size:10.5pt;margin-bottom:16pt}
h2{font-size:14pt;margin:16pt 0 6pt}p{text-indent:2em;margin:0 0 6pt}
table{border-collapse:collapse;width:100%;margin:8pt 0;font-size:10.5pt}caption{font-weight:bold;margin-bottom:4pt}
th,td{border:1px solid #999;padding:3pt 6pt;text-align:left}.note{color:#666;font-size:9pt;margin-top:16pt;text-indent:0}
</style></head><body><h1>${esc(r.titleZh)}</h1><div class="sub">（依据《深圳经济特区中小企业发展促进条例（征求意见稿）》第六条；数据截至 ${esc(r.asOf)}）</div>
${body}
<p class="note">数据来源与口径：各项指标的定义、公式和数据截至日期见统计指标说明。</p></body></html>`;
}
