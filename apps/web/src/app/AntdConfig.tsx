import type { ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useI18n } from '../i18n/use-i18n';
import { prefersReducedMotion } from './reduced-motion';

/** CJK fonts first so that Chinese never falls back to a Latin-only face. */
export const APP_FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif";

export function AntdConfig({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#1677ff', fontFamily: APP_FONT_FAMILY, borderRadius: 6, motion: !prefersReducedMotion() } }}
    >
      {children}
    </ConfigProvider>
  );
}
