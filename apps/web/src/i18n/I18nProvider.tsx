import { createContext, startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { translate, type MessageKey, type MessageParams } from './dictionary';
import { LANGUAGE_COOKIE, LANGUAGE_STORAGE_KEY, readStoredLanguage, storeLanguage, type Language } from './language';
import { pickText, type BilingualText } from './bilingual';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** Picks the current language out of a server-sent `{ zh, en }` text. */
  pick(text: BilingualText): string;
}

export const I18nContext = createContext<I18n | null>(null);

function browserStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/** The server draws first pages in the language of this cookie (apps/server/src/first-page-render.ts). */
const isRemembered = (language: Language) => {
  try {
    return browserStorage()?.getItem(LANGUAGE_STORAGE_KEY) === language;
  } catch {
    return false;
  }
};

function storeLanguageCookie(language: Language): void {
  if (typeof document !== 'undefined') document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`;
}

/** `initialLanguage`: the language the server drew the first page in (app/first-page-seed.ts). */
export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage ?? readStoredLanguage(browserStorage()));

  useEffect(() => {
    dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(language, 'app.title')} · ${translate(language, 'app.subtitle')}`;
  }, [language]);

  // A page the server drew in another language than the one remembered here (chosen before the
  // cookie was written): the remembered one, once the page is taken over.
  useEffect(() => {
    if (initialLanguage === undefined) return;
    const stored = readStoredLanguage(browserStorage());
    if (stored !== initialLanguage && isRemembered(stored)) startTransition(() => setLanguageState(stored));
  }, [initialLanguage]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(browserStorage(), next);
    storeLanguageCookie(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, params) => translate(language, key, params),
      pick: (text) => pickText(text, language),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
