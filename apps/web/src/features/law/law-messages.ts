import { defineMessages, type FeatureMessages } from '../../i18n/define-messages';

/**
 * The law reader's messages, one `{ zh, en }` pair per key so both languages sit side by side.
 * Placeholders like {n} must appear in both.
 */
const PAIRS = {
  'law.menu': { zh: '法规库', en: 'Laws' },
  'law.title': { zh: '法规库', en: 'Law library' },
  'law.subtitle': { zh: '平台实施的法规、规章与政策文件，按条、款、项引用，可全文检索与版本对照', en: 'The regulations and policies the platform implements: cite by article, paragraph and item, search the full text, compare versions' },
  'law.login': { zh: '登录', en: 'Log in' },
  'law.backToList': { zh: '返回法规库', en: 'Back to the library' },
  'law.col.title': { zh: '名称', en: 'Title' },
  'law.col.jurisdiction': { zh: '辖区', en: 'Jurisdiction' },
  'law.col.type': { zh: '类别', en: 'Type' },
  'law.col.issuer': { zh: '制定机关', en: 'Issuer' },
  'law.col.number': { zh: '文号', en: 'Document number' },
  'law.col.status': { zh: '状态', en: 'Status' },
  'law.col.versions': { zh: '版本', en: 'Versions' },
  'law.col.actions': { zh: '操作', en: 'Actions' },
  'law.read': { zh: '阅读', en: 'Read' },
  'law.compare': { zh: '修改对照', en: 'Compare versions' },
  'law.status.DRAFT': { zh: '征求意见稿', en: 'Draft' },
  'law.status.ADOPTED': { zh: '已通过', en: 'Adopted' },
  'law.status.IN_FORCE': { zh: '现行有效', en: 'In force' },
  'law.status.REPEALED': { zh: '已废止', en: 'Repealed' },
  'law.type.law': { zh: '法律', en: 'Law' },
  'law.type.regulation': { zh: '法规', en: 'Regulation' },
  'law.type.rules': { zh: '规章', en: 'Rules' },
  'law.type.measures': { zh: '政策措施', en: 'Measures' },
  'law.type.notice': { zh: '通知', en: 'Notice' },
  'law.type.explanation': { zh: '说明', en: 'Explanation' },
  'law.type.standard': { zh: '标准', en: 'Standard' },
  'law.jur.cn': { zh: '全国', en: 'National' },
  'law.jur.cn-gd-sz': { zh: '深圳市', en: 'Shenzhen' },
  'law.jur.cn-sh': { zh: '上海市', en: 'Shanghai' },
  'law.jur.cn-hn': { zh: '湖南省', en: 'Hunan' },
  'law.jur.cn-sd-qd': { zh: '青岛市', en: 'Qingdao' },
  'law.jur.cn-gd': { zh: '广东省', en: 'Guangdong' },
  'law.version': { zh: '版本', en: 'Version' },
  'law.versionOption': { zh: '{id}（{status}）', en: '{id} ({status})' },
  'law.effective': { zh: '施行日期：{date}', en: 'In force from {date}' },
  'law.effectiveUntil': { zh: '失效日期：{date}', en: 'Not in force from {date}' },
  'law.published': { zh: '发布日期：{date}', en: 'Published {date}' },
  'law.articleCount': { zh: '共 {n} 条', en: '{n} articles' },
  'law.outline': { zh: '目录', en: 'Contents' },
  'law.copyLink': { zh: '复制链接', en: 'Copy link' },
  'law.copied': { zh: '已复制链接', en: 'Link copied' },
  'law.copyFailed': { zh: '无法复制，请手动复制地址栏中的链接', en: 'Could not copy; copy the link from the address bar' },
  'law.annotation': { zh: '编辑说明', en: 'Editorial remark' },
  'law.excerpt': { zh: '节录：仅收录部分条文', en: 'Excerpt: only some articles are included' },
  'law.comparisonColumn': { zh: '本版本取自修改对照稿的一栏', en: 'This version was taken from one column of a comparison draft' },
  'law.search.placeholder': { zh: '全文检索，如：融资担保', en: 'Search the full text (in Chinese)' },
  'law.search.inWork': { zh: '在本版本中检索', en: 'Search this version' },
  'law.search.results': { zh: '检索“{q}”：{n} 条结果', en: '{n} results for "{q}"' },
  'law.search.none': { zh: '没有找到包含“{q}”的条文', en: 'No text contains "{q}"' },
  'law.search.clear': { zh: '清除', en: 'Clear' },
  'law.filter.all': { zh: '全部', en: 'All' },
  'law.diff.title': { zh: '修改对照', en: 'Version comparison' },
  'law.diff.old': { zh: '原文本', en: 'Old text' },
  'law.diff.new': { zh: '新文本', en: 'New text' },
  'law.diff.onlyChanged': { zh: '仅看修改', en: 'Changes only' },
  'law.diff.all': { zh: '全部条文', en: 'All articles' },
  'law.diff.needTwo': { zh: '该文件只有一个版本，无法对照', en: 'This document has only one version; there is nothing to compare' },
  'law.diff.summary': { zh: '修改 {modified} 条，移动 {moved} 条，新增 {added} 条，删去 {deleted} 条，未修改 {unchanged} 条', en: '{modified} modified, {moved} moved, {added} added, {deleted} deleted, {unchanged} unchanged' },
  'law.diff.kind.unchanged': { zh: '未修改', en: 'Unchanged' },
  'law.diff.kind.modified': { zh: '修改', en: 'Modified' },
  'law.diff.kind.moved': { zh: '移动', en: 'Moved' },
  'law.diff.kind.added': { zh: '新增', en: 'Added' },
  'law.diff.kind.deleted': { zh: '删去', en: 'Deleted' },
  'law.diff.renumbered': { zh: '原{old} → 现{new}', en: 'formerly {old}, now {new}' },
  'law.diff.movedTo': { zh: '原{from} → 移至{to}', en: '{from} moved to {to}' },
  'law.diff.htmlPage': { zh: '打印版（HTML）', en: 'Printable page (HTML)' },
  'law.diff.legend': { zh: '删去的文字加删除线，新增的文字加粗', en: 'Deleted text is struck through, added text is bold' },
  'law.cite': { zh: '《{title}》{citation}', en: '{title} {citation}' },
  'law.heading': { zh: '【{heading}】', en: '[{heading}]' },
  'law.citation.loading': { zh: '正在加载条文…', en: 'Loading the text…' },
  'law.citation.inForce': { zh: '{date} 有效', en: 'In force on {date}' },
  'law.citation.notInForce': { zh: '{date} 时该版本未生效', en: 'This version was not in force on {date}' },
  'law.citation.open': { zh: '在法规库中打开', en: 'Open in the law library' },
  'law.citation.failed': { zh: '无法解析该引用', en: 'This citation does not resolve' },
} as const;

type Key = keyof typeof PAIRS;

function split(pairs: typeof PAIRS): FeatureMessages<Key> {
  const zh = {} as Record<Key, string>;
  const en = {} as Record<Key, string>;
  for (const key of Object.keys(pairs) as Key[]) {
    zh[key] = pairs[key].zh;
    en[key] = pairs[key].en;
  }
  return defineMessages(zh, en);
}

export const lawMessages = split(PAIRS);
export type LawMessageKey = Key;
