import { useContext } from 'react';
import { I18nContext } from './I18nProvider';
import type { Language } from './language';
import type { MessageParams } from './dictionary';

/**
 * A feature's own messages: Chinese is the source of the keys, English must have every key
 * (checked by the compiler, and by `feature-messages.test.ts` for placeholders and scripts).
 * Features keep their strings beside their code instead of in the core dictionary.
 */
export interface FeatureMessages<K extends string> {
  readonly zh: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export function defineMessages<const Z extends Record<string, string>>(zh: Z, en: { readonly [K in keyof Z]: string }): FeatureMessages<Extract<keyof Z, string>> {
  return { zh, en: en as Readonly<Record<Extract<keyof Z, string>, string>> };
}

export function formatMessage(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translateFeature<K extends string>(messages: FeatureMessages<K>, language: Language, key: K, params?: MessageParams): string {
  return formatMessage(messages[language][key], params);
}

/** `const t = useMessages(lawMessages); t('law.title')` — typed to the feature's own keys. */
export function useMessages<K extends string>(messages: FeatureMessages<K>): (key: K, params?: MessageParams) => string {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useMessages must be used inside <I18nProvider>');
  const language = i18n.language;
  return (key, params) => translateFeature(messages, language, key, params);
}

/**
 * The same messages written as pairs, `{ key: { zh, en } }`, which keeps each key's two
 * languages on one line; split into the two dictionaries `defineMessages` takes.
 */
export function definePairedMessages<const P extends Record<string, { readonly zh: string; readonly en: string }>>(pairs: P): FeatureMessages<Extract<keyof P, string>> {
  type Key = Extract<keyof P, string>;
  const zh = {} as Record<Key, string>;
  const en = {} as Record<Key, string>;
  for (const key of Object.keys(pairs) as Key[]) {
    const pair = pairs[key]!;
    zh[key] = pair.zh;
    en[key] = pair.en;
  }
  return { zh, en };
}
