import { Result } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useAuth } from '../auth/use-auth';
import { EnterpriseView } from './EnterpriseView';

/** `/me/enterprise`: the signed-in enterprise's own profile and figures. */
export function MyEnterprisePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (!me?.uscc) return <Result status="info" title={t('enterprise.notLinked')} />;
  return <EnterpriseView uscc={me.uscc} allowEdit />;
}
