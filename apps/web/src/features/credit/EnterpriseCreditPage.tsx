import { useState } from 'react';
import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { AccessLogTable } from './AccessLogTable';
import { ConsentForm } from './ConsentForm';
import { ConsentTable } from './ConsentTable';
import { fetchConsents, fetchDemands, fetchLoans, fetchSetup, withdrawDemand } from './credit-api';
import { creditMessages } from './credit-messages';
import { DemandForm } from './DemandForm';
import { DemandProducts } from './DemandProducts';
import { DemandTable } from './DemandTable';
import { FirstLoanSubsidyCard } from './FirstLoanSubsidyCard';
import { LoansTable } from './LoansTable';

/** 融资与授权 for an enterprise: its demands, its consents (grant, revoke, receipt), who looked at its data, its loans. */
export function EnterpriseCreditPage() {
  const t = useMessages(creditMessages);
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const setup = useApi(() => fetchSetup(), []);
  const demands = useApi(() => fetchDemands(), [version]);
  const consents = useApi(() => fetchConsents(), [version]);
  const loans = useApi(() => fetchLoans(), [version]);
  const failure = setup.error ?? demands.error ?? consents.error ?? loans.error;
  if (failure) return <LoadFailure error={failure} onRetry={bump} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{t('credit.enterprise.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={bump} data-testid="credit-refresh" />
      </Space>
      <Typography.Paragraph type="secondary">{t('credit.enterprise.intro')}</Typography.Paragraph>
      <Card title={t('credit.demand.title')}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <DemandForm onPublished={bump} />
          <DemandTable
            demands={demands.data?.items ?? []} isLoading={demands.isLoading} showEnterprise={false}
            expanded={(d) => <DemandProducts demandId={d.demandId} version={version} />}
            actions={(d) => (d.status === 'PUBLISHED' || d.status === 'TAKEN') && (
              <Popconfirm title={t('credit.demand.withdraw')} onConfirm={async () => { await withdrawDemand(d.demandId); bump(); }}>
                <Button size="small">{t('credit.demand.withdraw')}</Button>
              </Popconfirm>
            )}
          />
        </Space>
      </Card>
      <Card title={t('credit.consent.title')}>
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          {setup.data && <ConsentForm setup={setup.data} demands={demands.data?.items ?? []} onGranted={bump} />}
          <ConsentTable consents={consents.data?.items ?? []} isLoading={consents.isLoading} viewer="ENTERPRISE" onChanged={bump} />
        </Space>
      </Card>
      <Card title={t('credit.log.title')}>
        <AccessLogTable showEnterprise={false} version={version} />
      </Card>
      <Card title={t('credit.loan.title')}>
        <LoansTable loans={loans.data?.items ?? []} isLoading={loans.isLoading} />
      </Card>
      {loans.data?.firstLoanSubsidy && <FirstLoanSubsidyCard view={loans.data.firstLoanSubsidy} />}
    </Space>
  );
}
