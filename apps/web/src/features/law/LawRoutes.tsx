import { Spin } from 'antd';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { AppLayout } from '../../app/AppLayout';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { NotFoundResult } from '../errors/NotFoundResult';
import { fetchLawWorks } from './law-api';
import { readerPath } from './law-paths';
import { LawDiffPage } from './LawDiffPage';
import { LawListPage } from './LawListPage';
import { LawReaderPage } from './LawReaderPage';
import { PublicLawLayout } from './PublicLawLayout';

/** `/law/<work key>` without a version: the version in force today (or the latest). */
function CurrentVersionRedirect() {
  const { workKey = '' } = useParams();
  const { data, error, reload } = useApi(fetchLawWorks, []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!data) return <Spin />;
  const work = data.find((w) => w.key === workKey);
  const version = work?.currentVersion ?? work?.versions.at(-1)?.id;
  if (!work || !version) return <NotFoundResult />;
  return <Navigate to={readerPath(work.key, version)} replace />;
}

/**
 * Everything under /law: public pages (no login needed). A signed-in user sees them inside the
 * app frame with the side menu; a visitor in a light public frame.
 */
export function LawRoutes() {
  const { me } = useAuth();
  const { t } = useI18n();
  if (me === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  return (
    <Routes>
      <Route element={me ? <AppLayout /> : <PublicLawLayout />}>
        <Route index element={<LawListPage />} />
        <Route path=":workKey/diff" element={<LawDiffPage />} />
        <Route path=":workKey/:version" element={<LawReaderPage />} />
        <Route path=":workKey" element={<CurrentVersionRedirect />} />
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}
