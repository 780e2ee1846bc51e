import { parseChineseNumeral } from './numerals';

/** Line patterns of Chinese legislative and policy texts (applied to cleaned line text). */
const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
const DIVISION = new RegExp(`^第(${NUM})(编|章|节)(.*)$`);
const ARTICLE = new RegExp(`^第(${NUM})条(?:之([一二三四五六七八九十]+))?(.*)$`);
const ITEM = /^[（(]([一二三四五六七八九十]+)[）)]/;
const SUB_ITEM = /^(?:(\d+)[.．、](?!\d)|[（(](\d+)[）)])/;
const POLICY_SECTION = /^([一二三四五六七八九十]+)、(.*)$/;
const MEASURE = /^(\d+)[.．、](?!\d)(.*)$/;
const ANNEX = /^附件[\s\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)$/;
const TOC = /^目[\s\u3000]*录$/;
const CLOSING = /^[（(](?:制作|印发|发布|公布|成文)?(?:时间|日期)[：:][^（）()]*[）)]$/;
const WS = /^[\s\u3000]/;
const TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;

export type DivisionKind = 'part' | 'chapter' | 'section';

export interface DivisionLine {
  kind: DivisionKind;
  num: string;
  ordinal: number;
  title: string;
}

export interface ArticleLine {
  num: string;
  ordinal: number;
  subOrdinal?: number;
  heading?: string;
  text: string;
  /** The number was followed by a space or a heading (not just running text). */
  isDelimited: boolean;
}

/** Removes spaces between CJK characters, as in `总　　则` → `总则`. */
export function compactTitle(text: string): string {
  return text.replace(TRIM, '').replace(/(?<=[\u3400-\u9fff])[\s\u3000]+(?=[\u3400-\u9fff])/g, '');
}

export function matchDivision(text: string): DivisionLine | null {
  const m = DIVISION.exec(text);
  if (!m) return null;
  const ordinal = parseChineseNumeral(m[1]!);
  if (ordinal === null) return null;
  const rest = m[3]!;
  if (rest.length > 0 && !WS.test(rest) && (rest.length > 20 || /[，。；：、,]/.test(rest))) return null;
  const kind: DivisionKind = m[2] === '编' ? 'part' : m[2] === '章' ? 'chapter' : 'section';
  return { kind, num: `第${m[1]}${m[2]}`, ordinal, title: compactTitle(rest) };
}

export function matchArticle(text: string): ArticleLine | null {
  const m = ARTICLE.exec(text);
  if (!m) return null;
  const ordinal = parseChineseNumeral(m[1]!);
  if (ordinal === null) return null;
  const subOrdinal = m[2] ? (parseChineseNumeral(m[2]) ?? undefined) : undefined;
  let rest = m[3]!;
  let heading: string | undefined;
  const h = /^[\s\u3000]*【([^】]*)】/.exec(rest);
  if (h) {
    heading = h[1]!.replace(TRIM, '');
    rest = rest.slice(h[0].length);
  }
  const isDelimited = heading !== undefined || rest.length === 0 || WS.test(rest);
  const num = `第${m[1]}条${m[2] ? `之${m[2]}` : ''}`;
  return { num, ordinal, ...(subOrdinal !== undefined ? { subOrdinal } : {}), ...(heading !== undefined ? { heading } : {}), text: rest.replace(TRIM, ''), isDelimited };
}

export function matchItem(text: string): { num: string; ordinal: number; text: string } | null {
  const m = ITEM.exec(text);
  if (!m) return null;
  const ordinal = parseChineseNumeral(m[1]!);
  if (ordinal === null) return null;
  return { num: m[0], ordinal, text: text.slice(m[0].length).replace(TRIM, '') };
}

export function matchSubItem(text: string): { num: string; ordinal: number; text: string } | null {
  const m = SUB_ITEM.exec(text);
  if (!m) return null;
  return { num: m[0], ordinal: Number(m[1] ?? m[2]), text: text.slice(m[0].length).replace(TRIM, '') };
}

export function matchPolicySection(text: string): { num: string; ordinal: number; title: string } | null {
  const m = POLICY_SECTION.exec(text);
  if (!m) return null;
  const ordinal = parseChineseNumeral(m[1]!);
  if (ordinal === null) return null;
  return { num: `${m[1]}、`, ordinal, title: m[2]!.replace(TRIM, '') };
}

export function matchMeasure(text: string): { num: string; ordinal: number; text: string } | null {
  const m = MEASURE.exec(text);
  if (!m) return null;
  return { num: text.slice(0, m[1]!.length + 1), ordinal: Number(m[1]), text: m[2]!.replace(TRIM, '') };
}

export function matchAnnex(text: string): number | null {
  const m = ANNEX.exec(text);
  return m ? parseChineseNumeral(m[1]!) : null;
}

export const isTocMarker = (text: string): boolean => TOC.test(text);
export const isClosingLine = (text: string): boolean => CLOSING.test(text);

/** Sentence-final punctuation: a line ending otherwise was broken by a page break. */
export function endsSentence(text: string): boolean {
  return /[。；：！？!?;:）)”」』】]$/.test(text);
}

/** A trailing or whole-line editorial remark of a comparison draft: `（移至第二十一条第一款）`. */
export const ANNOTATION = /[（(][^（）()]*(?:移至|原第|作了调整|作调整|删去|删除|合并|拆分|内容)[^（）()]*[）)]$/;

/** A title line: ends with the name of an instrument, optionally a parenthetical and a document number. */
export function matchTitle(text: string): { title: string; documentNumber: string | null } | null {
  if (text.length > 80 || /^附件|[。；，]/.test(text)) return null;
  const m = /^(.*?(?:条例|办法|规定|细则|措施|决定|意见|规则|法|通知|方案))[\s\u3000]*((?:[（(][^（）()]*[）)])?)[\s\u3000]*([\u3400-\u9fff]+〔\d{4}〕\d+号)?$/.exec(text);
  if (!m) return null;
  const title = (m[3] ? text.slice(0, text.lastIndexOf(m[3])) : text).replace(TRIM, '');
  return { title, documentNumber: m[3] ?? null };
}
