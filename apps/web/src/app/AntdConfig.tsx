import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import { useI18n } from '../i18n/use-i18n';
import { prefersReducedMotion } from './reduced-motion';

/** CJK fonts first so that Chinese never falls back to a Latin-only face. */
export const APP_FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

/**
 * Colours with at least 4.5:1 contrast for text (WCAG 2.1 AA, checked by axe in e2e/a11y.test.ts):
 * antd's defaults fall short — the primary blue under white text (4.1), secondary and placeholder
 * text (3.4 and 1.7), success, warning and error text (2.3, 1.9 and 3.3). These are a shade
 * darker. (Empty tables draw their text in the disabled colour; they get the description colour.
 * The coloured tags' texts and empty lists are set in app.css.)
 */
const CONTRAST_TOKENS = {
  colorPrimary: '#1463d1',
  colorLink: '#1463d1',
  colorTextDescription: 'rgba(0, 0, 0, 0.6)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  colorInfo: '#1463d1',
  colorSuccess: '#237804',
  colorWarning: '#9c5f00',
  colorError: '#cf1322',
} as const;

/**
 * `drawn`: the server drew the first page (app/first-page-seed.ts). It cannot know whether the person
 * asked for less motion, so it draws without motion, and the app takes the page over the same way; then
 * motion is turned on unless they asked for less. (Not the other way round: antd wraps the page in a
 * provider once motion has been off, and adding that wrapper later would draw the whole page again.)
 */
export function AntdConfig({ children, drawn = false }: { children: ReactNode; drawn?: boolean }) {
  const { language } = useI18n();
  const [motion, setMotion] = useState(() => !drawn && !prefersReducedMotion());
  useEffect(() => {
    if (drawn && !prefersReducedMotion()) startTransition(() => setMotion(true));
  }, [drawn]);
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={{ token: { ...CONTRAST_TOKENS, fontFamily: APP_FONT_FAMILY, borderRadius: 6, motion }, components: { Table: { colorTextDisabled: CONTRAST_TOKENS.colorTextDescription } } }}
    >
      {children}
    </ConfigProvider>
  );
}
