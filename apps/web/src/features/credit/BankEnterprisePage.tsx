import { Card, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { ForbiddenResult } from '../errors/ForbiddenResult';
import { LoadFailure } from '../errors/LoadFailure';
import { errorMessage } from '../../api/error-message';
import { fetchEnterpriseData } from './credit-api';
import { creditMessages } from './credit-messages';
import { ScopeDataCard } from './ScopeDataCard';
import { VerificationForm } from './VerificationForm';

/** What a bank sees of one enterprise: exactly the scopes of its live consent (each read is logged), and yes/no verification. */
export function BankEnterprisePage() {
  const t = useMessages(creditMessages);
  const { language } = useI18n();
  const { uscc = '' } = useParams();
  const { data, error, reload } = useApi(() => fetchEnterpriseData(uscc), [uscc]);
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult reason={errorMessage(error, language)} />;
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!data) return null;
  const purpose = data.purpose.kind === 'PRODUCT' ? `${data.purpose.productName} · ${data.purpose.text}` : data.purpose.text;
  const kinds = [
    ...(data.verifiableScopes.includes('YEARLY_FIGURES') ? (['REVENUE_AT_LEAST', 'EMPLOYEES_AT_LEAST'] as const) : []),
    ...(data.verifiableScopes.includes('QUALIFICATIONS') ? (['HOLDS_QUALIFICATION'] as const) : []),
  ];
  const profile = data.scopes.find((s) => s.scope === 'REGISTRY_PROFILE');
  const name = profile?.isHeld ? profile.records[0]?.values.name : undefined;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{typeof name === 'string' ? name : t('credit.data.title')}</Typography.Title>
      <Typography.Text type="secondary" data-testid="data-consent">{t('credit.data.consent', { purpose, until: formatTimestamp(data.expiresAt, language) })}</Typography.Text>
      {data.scopes.map((s) => <ScopeDataCard key={s.scope} data={s} />)}
      {kinds.length > 0 && (
        <Card title={t('credit.verify.title')}>
          <VerificationForm uscc={uscc} kinds={kinds} defaultYear={new Date().getFullYear() - 1} today={formatTimestamp(new Date().toISOString(), 'zh').slice(0, 10)} />
        </Card>
      )}
    </Space>
  );
}
