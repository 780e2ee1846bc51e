import { useState } from 'react';
import { Card, Space, Table, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { AccessLogTable } from './AccessLogTable';
import { fetchOversight, type Oversight } from './credit-api';
import { creditMessages } from './credit-messages';
import { WhitelistCard } from './WhitelistCard';
import { WhitelistReviewCard } from './WhitelistReviewCard';

/** 监管视图 for the SME bureau and auditors: consents and reads per institution, and every refused access; for the bureau also the 产融合作白名单 review and publication. */
export function OversightPage() {
  const t = useMessages(creditMessages);
  const { language, pick } = useI18n();
  const { me } = useAuth();
  const [whitelistVersion, setWhitelistVersion] = useState(0);
  const { data, error, isLoading, reload } = useApi(() => fetchOversight(), []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('credit.oversight.title')}</Typography.Title>
      <Table<Oversight>
        rowKey="institutionId" size="small" loading={isLoading} dataSource={data?.institutions ?? []} pagination={false}
        columns={[
          { title: t('credit.oversight.institution'), render: (_, o) => pick(o.name) },
          { title: t('credit.oversight.consents'), dataIndex: 'consents' },
          { title: t('credit.oversight.active'), dataIndex: 'activeConsents' },
          { title: t('credit.oversight.reads'), dataIndex: 'reads' },
          { title: t('credit.oversight.refused'), dataIndex: 'refused' },
          { title: t('credit.oversight.last'), render: (_, o) => (o.lastAccessAt ? formatTimestamp(o.lastAccessAt, language) : '') },
        ]}
      />
      <Card title={t('credit.log.titleRefused')}>
        <AccessLogTable showEnterprise refusedOnly />
      </Card>
      {me?.role === 'SME_BUREAU' && (
        <>
          <WhitelistReviewCard onPublished={() => setWhitelistVersion((v) => v + 1)} />
          <WhitelistCard version={whitelistVersion} canRemove />
        </>
      )}
    </Space>
  );
}
