import { Navigate, Outlet, useLocation } from 'react-router';
import { Spin } from 'antd';
import { useAuth } from './use-auth';
import { useI18n } from '../../i18n/use-i18n';

/** Shows its child routes to a signed-in user; sends everyone else to /login and back afterwards. */
export function RequireAuth() {
  const { me } = useAuth();
  const { t } = useI18n();
  const location = useLocation();
  if (me === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (me === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
