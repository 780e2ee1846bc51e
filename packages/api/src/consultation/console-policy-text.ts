import type { PolicyDraft } from '@huiqi/db';

/** The work id under which a console policy is consulted (`console-policy/<policy key>`); its version id is the policy version's id. */
export const CONSOLE_POLICY_WORK_PREFIX = 'console-policy/';

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (articles and items of a policy stay well below 100). */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

const dateZh = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A policy drafted in the console as structured text (条 / 项), so comments can anchor to its
 * articles like to a regulation's: 第一条 the summary, 第二条 the conditions (one 项 each, with the
 * article each condition cites), then the amount when there is one, and the period of validity.
 * The same shape the law library parses (`parseLegalText`).
 */
export function consolePolicyText(d: Pick<PolicyDraft, 'titleZh' | 'summaryZh' | 'conditions' | 'amount' | 'effectiveFrom' | 'effectiveUntil'>): string {
  const articles: string[] = [];
  const summary = oneLine(d.summaryZh);
  articles.push(summary.length > 0 ? summary : `本政策为《${oneLine(d.titleZh)}》。`);
  if (d.conditions.length > 0) {
    const items = d.conditions.map((c, i) => `（${chineseNumber(i + 1)}）${oneLine(c.labelZh)}（依据：${c.cite}）${i === d.conditions.length - 1 ? '。' : '；'}`);
    articles.push(['享受本政策须同时符合下列条件：', ...items].join('\n'));
  }
  if (d.amount) articles.push(`补助金额：${oneLine(d.amount.labelZh)}（依据：${d.amount.cite}）。`);
  articles.push(`本政策自${dateZh(d.effectiveFrom)}起施行${d.effectiveUntil ? `，有效期至${dateZh(d.effectiveUntil)}` : ''}。`);
  return articles.map((a, i) => `第${chineseNumber(i + 1)}条 ${a}`).join('\n');
}
