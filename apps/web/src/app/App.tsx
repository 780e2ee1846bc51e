import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { AuthProvider } from '../features/auth/AuthProvider';
import { AntdConfig } from './AntdConfig';
import { AppRoutes } from './AppRoutes';

export function App() {
  return (
    <I18nProvider>
      <AntdConfig>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </AntdConfig>
    </I18nProvider>
  );
}
