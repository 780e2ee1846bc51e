import { splitMoney } from '../format/money';
import { defineMessages, translateFeature } from './define-messages';
import type { MessageParams } from './dictionary';
import type { Language } from './language';
import { useI18n } from './use-i18n';

/**
 * Punctuation and small patterns that differ between Chinese and English text: full-width
 * brackets and colons, 、 between names, 《》 around a law's title, 【】 around an article's heading.
 * Components compose text through `useFormat()` instead of writing Chinese punctuation inline.
 */
export const formatMessages = defineMessages(
  {
    'fmt.labelValue': '{label}：{value}',
    'fmt.withNote': '{text}（{note}）',
    'fmt.range': '{from} ～ {to}',
    'fmt.list': '、',
    'fmt.clauses': '；',
    'fmt.lawCitation': '《{title}》{citation}',
    'fmt.articleHeading': '{num}【{heading}】',
    'fmt.paragraph': '{num}第{n}款',
    'fmt.colon': '：',
    'unit.wanYuan': '万元',
    'fmt.money.WAN_YUAN': '{n} 万元',
    'fmt.money.YUAN': '{n} 元',
  },
  {
    'fmt.labelValue': '{label}: {value}',
    'fmt.withNote': '{text} ({note})',
    'fmt.range': '{from} – {to}',
    'fmt.list': ', ',
    'fmt.clauses': '; ',
    'fmt.lawCitation': '{title}, {citation}',
    'fmt.articleHeading': '{num} [{heading}]',
    'fmt.paragraph': '{num}, paragraph {n}',
    'fmt.colon': ': ',
    'unit.wanYuan': '10k yuan',
    'fmt.money.WAN_YUAN': '{n} × 10,000 yuan',
    'fmt.money.YUAN': '{n} yuan',
  },
);

type FormatKey = keyof typeof formatMessages.zh;

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Language-aware joiners and patterns (see formatMessages) for one language. */
export function formatterFor(language: Language) {
  const t = (key: FormatKey, params?: MessageParams) => translateFeature(formatMessages, language, key, params);
  return {
    labelValue: (label: string, value: string | number) => t('fmt.labelValue', { label, value: String(value) }),
    withNote: (text: string, note: string | number) => t('fmt.withNote', { text, note: String(note) }),
    range: (from: string, to: string) => t('fmt.range', { from, to }),
    list: (items: readonly string[]) => items.join(t('fmt.list')),
    clauses: (items: readonly string[]) => items.join(t('fmt.clauses')),
    lawCitation: (title: string, citation: string) => t('fmt.lawCitation', { title, citation }),
    articleHeading: (num: string, heading: string | null | undefined) => (heading ? t('fmt.articleHeading', { num, heading }) : num),
    /** The i-th paragraph (0-based) of an article: 第三条第二款 / 第三条, paragraph 2. */
    paragraph: (num: string, index: number) => t('fmt.paragraph', { num, n: language === 'zh' ? (CHINESE_ORDINALS[index] ?? String(index + 1)) : String(index + 1) }),
    colon: () => t('fmt.colon'),
    wanYuan: () => t('unit.wanYuan'),
    /** An amount in fen in a sentence: "300 万元", "1,234.56 元" ("3,000,000 yuan"). */
    money: (fen: number) => {
      const { digits, unit } = splitMoney(fen, language === 'zh');
      return t(`fmt.money.${unit}`, { n: digits });
    },
  };
}

export type Format = ReturnType<typeof formatterFor>;

/** The formatter of the language the user chose. */
export function useFormat(): Format {
  return formatterFor(useI18n().language);
}
