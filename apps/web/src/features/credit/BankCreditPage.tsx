import { useState } from 'react';
import { Button, Card, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { AccessLogTable } from './AccessLogTable';
import { ConsentTable } from './ConsentTable';
import { fetchConsents, fetchDemands, fetchSetup, releaseDemand, takeDemand, type DemandSummary } from './credit-api';
import { creditMessages } from './credit-messages';
import { DemandTable } from './DemandTable';
import { LoanForm } from './LoanForm';
import { ProductsCard } from './ProductsCard';
import { WhitelistCard } from './WhitelistCard';

/** 融资对接 for a bank: open demands (whitelisted enterprises first, marked; then urgent) to take, the 产融合作白名单 in force, its taken demands to record, the consents granted to it, its access log. */
export function BankCreditPage() {
  const t = useMessages(creditMessages);
  const [version, setVersion] = useState(0);
  const bump = () => setVersion((v) => v + 1);
  const [loanFor, setLoanFor] = useState<DemandSummary | null>(null);
  const [reason, setReason] = useState('');
  const setup = useApi(() => fetchSetup(), []);
  const demands = useApi(() => fetchDemands(), [version]);
  const consents = useApi(() => fetchConsents(), [version]);
  const failure = setup.error ?? demands.error ?? consents.error;
  if (failure) return <LoadFailure error={failure} onRetry={bump} />;
  const actions = (d: DemandSummary) => {
    if (d.status === 'PUBLISHED') return <Button size="small" type="primary" data-testid="demand-take" onClick={async () => { await takeDemand(d.demandId); bump(); }}>{t('credit.demand.take')}</Button>;
    if (d.status !== 'TAKEN') return null;
    return (
      <Space>
        <Button size="small" type="primary" data-testid="demand-record-loan" onClick={() => setLoanFor(d)}>{t('credit.demand.recordLoan')}</Button>
        <Popconfirm
          title={<Input placeholder={t('credit.demand.releaseReason')} value={reason} onChange={(e) => setReason(e.target.value)} />}
          onConfirm={async () => { await releaseDemand(d.demandId, reason); setReason(''); bump(); }}
        >
          <Button size="small">{t('credit.demand.release')}</Button>
        </Popconfirm>
      </Space>
    );
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('credit.bank.title')}</Typography.Title>
      <Card title={t('credit.bank.demands')}>
        <DemandTable demands={demands.data?.items ?? []} isLoading={demands.isLoading} showEnterprise actions={actions} />
      </Card>
      <ProductsCard version={version} />
      <WhitelistCard version={version} />
      <Card title={t('credit.bank.consents')}>
        <ConsentTable consents={consents.data?.items ?? []} isLoading={consents.isLoading} viewer="INSTITUTION" />
      </Card>
      <Card title={t('credit.log.titleBank')}>
        <AccessLogTable showEnterprise version={version} />
      </Card>
      <Modal open={loanFor !== null} title={t('credit.demand.recordLoan')} footer={null} onCancel={() => setLoanFor(null)} destroyOnHidden>
        {loanFor && setup.data && <LoanForm demand={loanFor} today={setup.data.today} onRecorded={() => { setLoanFor(null); bump(); }} />}
      </Modal>
    </Space>
  );
}
