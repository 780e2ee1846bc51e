import type { VersionDiff } from '@huiqi/legal-text';
import type { Consultation, FeedbackReport, ReportCounts } from '@huiqi/workflows';
import { OUTCOME_LABEL } from './consultation-presenter';

/** Escapes text for HTML: every comment, answer and title is text, never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const counts = (c: ReportCounts) =>
  `<td>${c.received}</td><td>${c.opinions}</td><td>${c.outcomes.ADOPTED}</td><td>${c.outcomes.PARTLY_ADOPTED}</td><td>${c.outcomes.NOT_ADOPTED}</td><td>${c.outcomes.OUT_OF_SCOPE}</td>`;

const beijing = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The 采纳情况反馈 as a self-contained HTML page (also the source of the PDF): counts per chapter and
 * article, every opinion with its answer, and the revised articles linked to the opinions.
 */
export function renderFeedbackReportHtml(c: Consultation, report: FeedbackReport, diff: VersionDiff | null): string {
  const byId = new Map(c.comments.map((x) => [x.commentId, x]));
  const rows = report.chapters
    .map((ch) => [`<tr class="chapter"><th>${escapeHtml(ch.title || '（未分章）')}</th>${counts(ch)}</tr>`, ...ch.articles.filter((a) => a.received > 0).map((a) => `<tr><td>${escapeHtml(a.num)}${a.heading ? `【${escapeHtml(a.heading)}】` : ''}</td>${counts(a)}</tr>`)].join('\n'))
    .join('\n');
  const opinions = report.opinions
    .map((o, i) => {
      const lead = byId.get(o.leadId)!;
      const who = c.isIdentityPublished ? escapeHtml(lead.author.displayName) : { ENTERPRISE: '企业', ASSOCIATION: '行业协会', PUBLIC: '社会公众' }[lead.author.kind];
      return `<section class="opinion" id="opinion-${escapeHtml(o.leadId)}"><h3>意见 ${i + 1}　${escapeHtml(o.citation ?? '整体意见')}${o.supporters > 1 ? `（${o.supporters} 人提出）` : ''}</h3>
<p class="meta">${who}</p><p class="text">${escapeHtml(lead.text)}</p>${lead.proposedWording ? `<p class="wording">建议修改为：${escapeHtml(lead.proposedWording)}</p>` : ''}
<p class="answer"><strong>${o.answer ? OUTCOME_LABEL[o.answer.outcome] : '未答复'}</strong>${o.answer ? `：${escapeHtml(o.answer.reason)}` : ''}</p></section>`;
    })
    .join('\n');
  const hidden = c.comments.filter((x) => x.hidden && x.withdrawnAt === null);
  const links = (c.revised?.links ?? [])
    .map((l) => {
      const pair = diff?.pairs.find((p) => p.new?.eid === l.revisedEid);
      const label = pair?.new ? `${pair.new.num}${pair.new.heading ? `【${pair.new.heading}】` : ''}` : l.revisedEid;
      return `<li>${escapeHtml(label)} ← ${l.commentIds.map((id) => `<a href="#opinion-${escapeHtml(id)}">${escapeHtml(byId.get(id)?.citation ?? '整体意见')}的意见</a>`).join('、')}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(c.title)} 采纳情况反馈</title>
<style>body{font-family:"Noto Sans CJK SC","Noto Serif CJK SC",sans-serif;margin:2rem;line-height:1.7;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #bbb;padding:.25rem .6rem;text-align:right}td:first-child,th:first-child{text-align:left}tr.chapter{background:#f3f6fa}.opinion{border-top:1px solid #ddd;padding:.5rem 0}.text,.wording{white-space:pre-wrap}.meta{color:#666}</style></head>
<body><h1>${escapeHtml(c.title)}</h1><h2>意见采纳情况反馈</h2>
<p>发布机关：${escapeHtml(c.issuingBody)}　征求意见期：${c.startDate} 至 ${c.endDate}${c.publishedAt ? `　反馈发布：${beijing(c.publishedAt)}` : ''}</p>
<p>共收到意见 ${report.totals.received} 条（合并重复后 ${report.totals.opinions} 条），其中采纳 ${report.totals.outcomes.ADOPTED} 条、部分采纳 ${report.totals.outcomes.PARTLY_ADOPTED} 条、未采纳 ${report.totals.outcomes.NOT_ADOPTED} 条、不属于征求意见范围 ${report.totals.outcomes.OUT_OF_SCOPE} 条；因违反发布规则隐藏 ${report.totals.hidden} 条。</p>
<table><thead><tr><th>章节 / 条文</th><th>收到</th><th>合并后</th><th>采纳</th><th>部分采纳</th><th>未采纳</th><th>不属于范围</th></tr></thead><tbody>
<tr class="chapter"><th>整体意见</th>${counts(report.wholeDraft)}</tr>
${rows}</tbody></table>
<h2>逐条意见及答复</h2>${opinions || '<p>未收到意见。</p>'}
${hidden.length ? `<h2>已隐藏的意见</h2><ul>${hidden.map((x) => `<li>${escapeHtml(x.citation ?? '整体意见')}：${escapeHtml(x.hidden!.reason)}</li>`).join('')}</ul>` : ''}
${links ? `<h2>修改稿条文与意见</h2><ul>${links}</ul>` : ''}
</body></html>`;
}
