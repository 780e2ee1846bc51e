/** The two UI languages. Chinese is the default; English is a switch remembered in localStorage. */
export type Language = 'zh' | 'en';

export const DEFAULT_LANGUAGE: Language = 'zh';
export const LANGUAGE_STORAGE_KEY = 'huiqi.language';
/** The same choice as a cookie, for the server that draws first pages (apps/server/src/first-page-render.ts). */
export const LANGUAGE_COOKIE = 'huiqi_lang';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function isLanguage(value: unknown): value is Language {
  return value === 'zh' || value === 'en';
}

/** Reads the remembered language; anything unreadable or unknown falls back to Chinese. */
export function readStoredLanguage(storage: KeyValueStorage | undefined): Language {
  try {
    const value = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function storeLanguage(storage: KeyValueStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or a full quota: the switch still works for this page view.
  }
}

export function otherLanguage(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}
