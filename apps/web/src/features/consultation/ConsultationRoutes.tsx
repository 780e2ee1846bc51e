import { Route } from 'react-router';
import { useMessages } from '../../i18n/define-messages';
import { NotFoundResult } from '../errors/NotFoundResult';
import { PublicPage } from '../home/PublicPage';
import { ConsultationListPage } from './ConsultationListPage';
import { ConsultationPage } from './ConsultationPage';
import { consultationPath } from './consultation-paths';
import { ConsultationReportPage } from './ConsultationReportPage';
import { consultationMessages } from './consultation-messages';

/** Public pages under /consultations: inside the app frame when signed in, the public frame otherwise. */
export function ConsultationRoutes() {
  const t = useMessages(consultationMessages);
  return (
    <PublicPage
      section={t('c.menu')}
      routes={
        <>
          <Route index element={<ConsultationListPage linkOf={consultationPath} />} />
          <Route path=":id" element={<ConsultationPage />} />
          <Route path=":id/report" element={<ConsultationReportPage />} />
          <Route path="*" element={<NotFoundResult />} />
        </>
      }
    />
  );
}
