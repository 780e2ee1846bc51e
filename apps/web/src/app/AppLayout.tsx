import { Button, Grid, Layout, Space, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { useAuth } from '../features/auth/use-auth';
import { SideMenu } from './SideMenu';
import { UserBadge } from './UserBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { PageBreadcrumb } from './PageBreadcrumb';
import { useMenuDrawer } from './use-menu-drawer';

const MENU_ID = 'app-side-menu';

/**
 * The Ant Design Pro–style frame: side menu, header with the menu button, user and language,
 * breadcrumbs, content. The menu button is a real button (Tab reaches it, Enter or Space opens and
 * closes the menu); on a phone the menu lies over the page like a drawer (use-menu-drawer.ts).
 */
export function AppLayout() {
  const { t } = useI18n();
  const { me } = useAuth();
  // On a phone the folded menu takes no width at all; the header's button opens it.
  const isPhone = Grid.useBreakpoint().md === false;
  const { isCollapsed, setCollapsed, toggleRef, drawerRef, isDrawerOpen } = useMenuDrawer(isPhone);
  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }} className="app-layout">
      <Layout.Sider
        id={MENU_ID}
        ref={drawerRef}
        collapsible
        collapsed={isCollapsed}
        onCollapse={setCollapsed}
        trigger={null}
        width={216}
        breakpoint="lg"
        collapsedWidth={isPhone ? 0 : 80}
        aria-label={t('header.menu')}
      >
        <div className="app-logo" title={t('app.subtitle')}>
          <span className="app-logo-mark">{t('app.title').slice(0, 1)}</span>
          {!isCollapsed && <span className="app-logo-text">{t('app.title')}</span>}
        </div>
        <SideMenu me={me} onChoose={() => isPhone && setCollapsed(true)} />
      </Layout.Sider>
      {isDrawerOpen && <div className="app-drawer-mask" onClick={() => setCollapsed(true)} data-testid="menu-mask" />}
      <Layout>
        <Layout.Header className="app-header">
          <Space size="small" className="app-header-start">
            <Button
              ref={toggleRef}
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('header.menu')}
              aria-expanded={!isCollapsed}
              aria-controls={MENU_ID}
              onClick={() => setCollapsed(!isCollapsed)}
              data-testid="menu-toggle"
            />
            <Typography.Text strong className="app-header-title">
              {t('app.subtitle')}
            </Typography.Text>
          </Space>
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
