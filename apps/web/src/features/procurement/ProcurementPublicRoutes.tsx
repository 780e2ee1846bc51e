import { Button, Layout, Spin, Typography } from 'antd';
import { Link, Outlet, Route, Routes } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { AppLayout } from '../../app/AppLayout';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useAuth } from '../auth/use-auth';
import { NotFoundResult } from '../errors/NotFoundResult';
import { PublicProcurementPage } from './PublicProcurementPage';
import { procurementMessages } from './procurement-messages';

/** The light frame of the public page for visitors who are not signed in. */
function PublicFrame() {
  const { t: core } = useI18n();
  const t = useMessages(procurementMessages);
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="procurement-public-layout">
      <Layout.Header className="app-header">
        <Typography.Text strong className="app-header-title">{core('app.title')} · {t('proc.public.title')}</Typography.Text>
        <span>
          <LanguageSwitch />{' '}
          <Link to="/login"><Button type="primary">{t('proc.public.login')}</Button></Link>
        </span>
      </Layout.Header>
      <Layout.Content className="app-content"><Outlet /></Layout.Content>
      <Layout.Footer className="app-footer">{core('app.footer')}</Layout.Footer>
    </Layout>
  );
}

/** `/procurement/public/*`: public; inside the app frame when signed in, in a light frame otherwise. */
export function ProcurementPublicRoutes() {
  const { me } = useAuth();
  if (me === undefined) return <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}><Spin size="large" /></div>;
  return (
    <Routes>
      <Route element={me ? <AppLayout /> : <PublicFrame />}>
        <Route index element={<PublicProcurementPage />} />
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}
