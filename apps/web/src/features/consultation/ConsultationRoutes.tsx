import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { AppLayout } from '../../app/AppLayout';
import { useI18n } from '../../i18n/use-i18n';
import { useAuth } from '../auth/use-auth';
import { NotFoundResult } from '../errors/NotFoundResult';
import { PublicLawLayout } from '../law/PublicLawLayout';
import { ConsultationListPage } from './ConsultationListPage';
import { ConsultationPage } from './ConsultationPage';
import { consultationPath } from './consultation-paths';
import { ConsultationReportPage } from './ConsultationReportPage';

/** Public pages under /consultations: inside the app frame when signed in, a light public frame otherwise. */
export function ConsultationRoutes() {
  const { me } = useAuth();
  const { t } = useI18n();
  if (me === undefined) return <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}><Spin size="large" description={t('app.loading')} /></div>;
  return (
    <Routes>
      <Route element={me ? <AppLayout /> : <PublicLawLayout />}>
        <Route index element={<ConsultationListPage linkOf={consultationPath} />} />
        <Route path=":id" element={<ConsultationPage />} />
        <Route path=":id/report" element={<ConsultationReportPage />} />
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}
