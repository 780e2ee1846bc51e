import { Button, Tooltip } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/use-i18n';
import { otherLanguage } from '../i18n/language';

/** Switches between Chinese and English; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <Tooltip title={t('lang.switchHint')}>
      <Button
        type="text"
        icon={<TranslationOutlined />}
        onClick={() => setLanguage(otherLanguage(language))}
        data-testid="language-switch"
        lang={otherLanguage(language) === 'zh' ? 'zh-CN' : 'en'}
      >
        {t('lang.switchTo')}
      </Button>
    </Tooltip>
  );
}
