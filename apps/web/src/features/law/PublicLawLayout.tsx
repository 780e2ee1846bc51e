import { Button, Layout, Space, Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLawText } from './use-law-text';
import { LAW_ROOT } from './law-paths';

/** The frame of the law pages for visitors who are not signed in: title, language, log-in link. */
export function PublicLawLayout() {
  const { t: core } = useI18n();
  const { t } = useLawText();
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="law-public-layout">
      <Layout.Header className="app-header law-public-header">
        <Link to={LAW_ROOT} className="law-public-brand">
          <span className="app-logo-mark">{core('app.title').slice(0, 1)}</span>
          <Typography.Text strong className="app-header-title">
            {core('app.title')} · {t('law.title')}
          </Typography.Text>
        </Link>
        <Space size="middle">
          <LanguageSwitch />
          <Link to="/login">
            <Button type="primary" data-testid="law-login">{t('law.login')}</Button>
          </Link>
        </Space>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="app-footer">{core('app.footer')}</Layout.Footer>
    </Layout>
  );
}
