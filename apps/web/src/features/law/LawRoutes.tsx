import { Spin } from 'antd';
import { Navigate, Route, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { NotFoundResult } from '../errors/NotFoundResult';
import { fetchLawWorks } from './law-api';
import { readerPath } from './law-paths';
import { LawDiffPage } from './LawDiffPage';
import { LawListPage } from './LawListPage';
import { LawReaderPage } from './LawReaderPage';
import { PublicPage } from '../home/PublicPage';
import { useLawText } from './use-law-text';

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
 * app frame with the side menu; a visitor in the public frame (PublicPage).
 */
export function LawRoutes() {
  const { t } = useLawText();
  return (
    <PublicPage
      section={t('law.title')}
      testId="law-public-layout"
      signInTestId="law-login"
      routes={
        <>
          <Route index element={<LawListPage />} />
          <Route path=":workKey/diff" element={<LawDiffPage />} />
          <Route path=":workKey/:version" element={<LawReaderPage />} />
          <Route path=":workKey" element={<CurrentVersionRedirect />} />
          <Route path="*" element={<NotFoundResult />} />
        </>
      }
    />
  );
}
