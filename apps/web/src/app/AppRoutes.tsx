import { Route, Routes } from 'react-router';
import { FeedbackProvider } from './Feedback';
import { AppLayout } from './AppLayout';
import { RequireAuth } from '../features/auth/RequireAuth';
import { HomeRedirect } from '../features/auth/HomeRedirect';
import { FEATURE_MODULES } from '../features/modules';
import { lazyPage } from './lazy-page';

const LoginPage = lazyPage(() => import('../features/auth/LoginPage'), 'LoginPage');
const WelcomePage = lazyPage(() => import('../features/auth/WelcomePage'), 'WelcomePage');
const NotFoundResult = lazyPage(() => import('../features/errors/NotFoundResult'), 'NotFoundResult');
const MyEnterprisePage = lazyPage(() => import('../features/enterprise/MyEnterprisePage'), 'MyEnterprisePage');
const EnterpriseDetailPage = lazyPage(() => import('../features/enterprise/EnterpriseDetailPage'), 'EnterpriseDetailPage');
const EnterpriseSearchPage = lazyPage(() => import('../features/officer/EnterpriseSearchPage'), 'EnterpriseSearchPage');
const DepartmentPage = lazyPage(() => import('../features/officer/DepartmentPage'), 'DepartmentPage');
const DepartmentListPage = lazyPage(() => import('../features/officer/DepartmentListPage'), 'DepartmentListPage');

const featureRoutes = FEATURE_MODULES.flatMap((m) => m.routes.map((r) => ({ ...r, key: `${m.id}:${r.path}` })));

/**
 * Pages are shown to any signed-in user; what each may see is decided by the API (403 → the 403 page).
 * Loaded after the first page (features/home/FrontDoor.tsx), with the stand-ins for antd's App
 * (message, notification and modal: app/Feedback.tsx), which the front door and the sign-in page do not use.
 */
export function AppRoutes() {
  return (
    <FeedbackProvider>
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {featureRoutes.filter((r) => r.isPublic).map((r) => (
        <Route key={r.key} path={r.path} element={r.element} />
      ))}
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="welcome" element={<WelcomePage />} />
          <Route path="me/enterprise" element={<MyEnterprisePage />} />
          <Route path="enterprises" element={<EnterpriseSearchPage />} />
          <Route path="enterprises/:uscc" element={<EnterpriseDetailPage />} />
          <Route path="departments" element={<DepartmentListPage />} />
          <Route path="departments/:id" element={<DepartmentPage />} />
          {featureRoutes.filter((r) => !r.isPublic).map((r) => (
            <Route key={r.key} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<NotFoundResult />} />
        </Route>
      </Route>
    </Routes>
    </FeedbackProvider>
  );
}
