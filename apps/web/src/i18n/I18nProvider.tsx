import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { translate, type MessageKey, type MessageParams } from './dictionary';
import { readStoredLanguage, storeLanguage, type Language } from './language';
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

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => readStoredLanguage(browserStorage()));

  useEffect(() => {
    dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = `${translate(language, 'app.title')} · ${translate(language, 'app.subtitle')}`;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    storeLanguage(browserStorage(), next);
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
