import { Result } from 'antd';
import { useAuth } from './use-auth';
import { useI18n } from '../../i18n/use-i18n';

/** Home of a role that has no pages yet (for example a financial institution). */
export function WelcomePage() {
  const { me } = useAuth();
  const { t } = useI18n();
  return <Result status="info" title={t('home.welcome', { name: me?.displayName ?? '' })} subTitle={t('home.noFeatures')} />;
}
