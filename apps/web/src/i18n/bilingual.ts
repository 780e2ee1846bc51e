import type { Language } from './language';

/** A text the server sends in both languages (`{ zh, en }`). */
export interface BilingualText {
  zh: string;
  en: string;
}

export function isBilingualText(value: unknown): value is BilingualText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BilingualText).zh === 'string' &&
    typeof (value as BilingualText).en === 'string'
  );
}

/** Picks the current language, falling back to the other one when a side is empty. */
export function pickText(text: BilingualText, language: Language): string {
  const preferred = text[language].trim();
  if (preferred) return preferred;
  return language === 'zh' ? text.en : text.zh;
}
