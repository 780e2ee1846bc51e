import { useState } from 'react';
import { Card, Space, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useAuth } from '../auth/use-auth';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ClaimReviewActions } from './ClaimReviewActions';
import { ClaimTable } from './ClaimTable';
import { fetchClaims, fetchFunds } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

/** 风险补偿审核 for the SME bureau (`/financing/risk-claims`; auditors read): every claim with the rule's amount, and the four-eyes review. */
export function ClaimReviewPage() {
  const t = useMessages(riskSharingMessages);
  const [version, setVersion] = useState(0);
  const isReviewer = useAuth().me?.role === 'SME_BUREAU';
  const claims = useApi(() => fetchClaims(), [version]);
  const funds = useApi(() => (isReviewer ? fetchFunds().then((r) => r.items) : Promise.resolve([])), [isReviewer]);
  if (claims.error) return <LoadFailure error={claims.error} onRetry={claims.reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('risk.review.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('risk.review.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('risk.basis')}</Typography.Paragraph>
      <Card title={t('risk.claims.all')}>
        <ClaimTable
          claims={claims.data?.items ?? []} isLoading={claims.isLoading} showBank
          actions={isReviewer ? (c) => <ClaimReviewActions claim={c} funds={funds.data ?? []} onDone={() => setVersion((x) => x + 1)} /> : undefined}
        />
      </Card>
    </Space>
  );
}
