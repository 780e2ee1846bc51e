import { useEffect, useState } from 'react';
import { Grid, Layout, Space, Typography } from 'antd';
import { Outlet, useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { useAuth } from '../features/auth/use-auth';
import { SideMenu } from './SideMenu';
import { UserBadge } from './UserBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { PageBreadcrumb } from './PageBreadcrumb';

/** The Ant Design Pro–style frame: side menu, header with user and language, breadcrumbs, content. */
export function AppLayout() {
  const { t } = useI18n();
  const { me } = useAuth();
  const [isCollapsed, setCollapsed] = useState(false);
  // On a phone the collapsed menu takes no width at all (a tab at the edge opens it).
  const isPhone = Grid.useBreakpoint().md === false;
  // On a phone the opened menu lies over the page like a drawer and folds away once an entry is chosen.
  const { pathname } = useLocation();
  useEffect(() => {
    if (isPhone) setCollapsed(true);
  }, [pathname, isPhone]);
  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }} className="app-layout">
      <Layout.Sider collapsible collapsed={isCollapsed} onCollapse={setCollapsed} width={216} breakpoint="lg" collapsedWidth={isPhone ? 0 : 80}>
        <div className="app-logo" title={t('app.subtitle')}>
          <span className="app-logo-mark">{t('app.title').slice(0, 1)}</span>
          {!isCollapsed && <span className="app-logo-text">{t('app.title')}</span>}
        </div>
        <SideMenu me={me} />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong className="app-header-title">
            {t('app.subtitle')}
          </Typography.Text>
          <Space size="middle">
            <LanguageSwitch />
            <UserBadge me={me} />
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <PageBreadcrumb />
          <Outlet />
        </Layout.Content>
        <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}
