import type { StoredConsent } from '@huiqi/db';
import { CREDIT_ARTICLES, CREDIT_SCOPE_INFO, receiptOf } from '@huiqi/workflows';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const ACCESS = { FULL: '可查看', VERIFY_ONLY: '仅可核验（是/否）' } as const;
const beijing = (iso: string) => `${new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')}（北京时间）`;

/**
 * 授权证明 as a printable page (Chinese, the language of the record): the consent's terms and the
 * SHA-256 digest of its canonical JSON receipt, which `POST /api/credit/receipts/check` verifies.
 * Every value is escaped; the page loads nothing.
 */
export function renderReceiptHtml(c: StoredConsent, institutionName: string): string {
  const { digest } = receiptOf(c);
  const purpose = c.purpose.kind === 'PRODUCT' ? `贷款产品「${c.purpose.productName}」：${c.purpose.text}` : `融资需求（${c.purpose.demandId}）：${c.purpose.text}`;
  const rows: [string, string][] = [
    ['授权编号', c.consentId],
    ['授权企业', `${c.enterpriseName}（统一社会信用代码 ${c.uscc}）`],
    ['被授权金融机构', institutionName],
    ['授权数据', c.scopes.map((s) => `${CREDIT_SCOPE_INFO[s.scope].label.zh}（${ACCESS[s.access]}）`).join('；')],
    ['授权目的', purpose],
    ['授权期限', `${c.startDate} 至 ${c.endDate}（至 ${beijing(c.expiresAt)} 止）`],
    ['授权时间', beijing(c.grantedAt)],
    ['撤回时间', c.revokedAt ? beijing(c.revokedAt) : '未撤回'],
    ['数字摘要（SHA-256）', digest],
  ];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>企业信用信息授权证明</title>
<style>body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;font-size:12pt;line-height:1.6}h1{font-size:18pt;text-align:center}
table{border-collapse:collapse;width:100%}td{border:1px solid #999;padding:6px 8px;vertical-align:top}td:first-child{width:28%;background:#f5f5f5}
code{font-size:9pt;word-break:break-all}p.note{font-size:10pt;color:#444}</style></head><body>
<h1>企业信用信息授权证明</h1>
<table>${rows.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${k.startsWith('数字摘要') ? `<code>${esc(v)}</code>` : esc(v)}</td></tr>`).join('')}</table>
<p class="note">依据《深圳经济特区中小企业发展促进条例》第六十七条（授权—核验—使用）、《深圳经济特区社会信用条例》第四十四条（授权证明）。
被授权机构仅可在授权期限内、为上述目的使用上述数据；企业可随时撤回授权，撤回立即生效。每次查看均记录并告知企业。
数字摘要由平台保存，可在平台核验本证明是否被改动。</p>
<p class="note">${esc(CREDIT_ARTICLES.authorizeVerifyUse)} · ${esc(CREDIT_ARTICLES.queryNeedsAuthorization)}</p>
</body></html>`;
}
