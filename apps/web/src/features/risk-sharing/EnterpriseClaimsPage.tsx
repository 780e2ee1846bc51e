import { Card, Space, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ClaimTable } from './ClaimTable';
import { fetchClaims, type ClaimView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

/**
 * 本企业贷款的风险补偿 (`/financing/my-risk-claims`): the claims banks filed on the enterprise's own loans,
 * read only, each status said in plain words; the bank's account is not in the answer.
 */
export function EnterpriseClaimsPage() {
  const t = useMessages(riskSharingMessages);
  const claims = useApi(() => fetchClaims(), []);
  if (claims.error) return <LoadFailure error={claims.error} onRetry={claims.reload} />;
  const progress = (c: ClaimView) => <span data-testid="claim-progress">{t(`risk.enterprise.status.${c.status}`)}</span>;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('risk.enterprise.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('risk.enterprise.intro')}</Typography.Paragraph>
      <Card>
        <ClaimTable claims={claims.data?.items ?? []} isLoading={claims.isLoading} showBank emptyText={t('risk.enterprise.empty')} actions={progress} actionsTitle={t('risk.enterprise.progress')} />
      </Card>
    </Space>
  );
}
