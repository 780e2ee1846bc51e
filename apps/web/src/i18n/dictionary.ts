import { zh } from './zh';
import { en } from './en';
import type { Language } from './language';

export type MessageKey = keyof typeof zh;
export type Dictionary = { readonly [K in MessageKey]: string };
export type MessageParams = Readonly<Record<string, string | number>>;

export const dictionaries: Readonly<Record<Language, Dictionary>> = { zh, en };

/** Looks a key up and fills `{param}` placeholders. A missing parameter is left visible, never dropped. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names used in one message, sorted (used to check both languages agree). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
}
