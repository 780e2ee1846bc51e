import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { AuthProvider } from '../features/auth/AuthProvider';
import { AntdConfig } from './AntdConfig';
import { lazy } from 'react';
import { FrontDoor } from '../features/home/FrontDoor';

/** The signed-in app and the public pages behind it, loaded after the first page (see FrontDoor). */
const AppRoutes = lazy(() => import('./AppRoutes').then((m) => ({ default: m.AppRoutes })));

export function App() {
  return (
    <I18nProvider>
      <AntdConfig>
        <AuthProvider>
          <BrowserRouter>
            <FrontDoor app={<AppRoutes />} />
          </BrowserRouter>
        </AuthProvider>
      </AntdConfig>
    </I18nProvider>
  );
}
