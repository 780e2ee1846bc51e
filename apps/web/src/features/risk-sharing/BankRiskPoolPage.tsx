import { useFormat } from '../../i18n/format-messages';
import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useApi } from '../../api/use-api';
import { formatFenAsWanYuan } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { ClaimForm } from './ClaimForm';
import { ClaimTable } from './ClaimTable';
import { ResubmitClaimForm } from './ResubmitClaimForm';
import { fetchClaims, fetchPoolLoans, registerPoolLoan, type PoolLoanView } from './risk-sharing-api';
import { riskSharingMessages } from './risk-sharing-messages';

/** 风险补偿 for a bank (`/financing/risk-pool`): its recorded loans and their registration in the pool, the claim form, its claims. */
export function BankRiskPoolPage() {
  const fmt = useFormat();
  const t = useMessages(riskSharingMessages);
  const { language } = useI18n();
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<unknown>(undefined);
  const loans = useApi(() => fetchPoolLoans(), [version]);
  const claims = useApi(() => fetchClaims(), [version]);
  if (loans.error) return <LoadFailure error={loans.error} onRetry={loans.reload} />;
  if (claims.error) return <LoadFailure error={claims.error} onRetry={claims.reload} />;
  const register = async (l: PoolLoanView) => {
    setFailure(undefined);
    try {
      await registerPoolLoan(l.demandId);
      setVersion((x) => x + 1);
    } catch (e) {
      setFailure(e);
    }
  };
  const pool = (l: PoolLoanView) => {
    if (!l.isRegistered) return <Button size="small" onClick={() => void register(l)} data-testid="pool-register">{t('risk.loans.register')}</Button>;
    return <Tag color="green" data-testid="pool-registered">{`${t('risk.loans.registeredOn')} ${l.registeredOn ?? ''}`}{l.claimId ? ` · ${t('risk.loans.claimed')}` : ''}</Tag>;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('risk.bank.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('risk.bank.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('risk.basis')}</Typography.Paragraph>
      <Card title={t('risk.loans.title')}>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 12 }} data-testid="pool-error" />}
        <Table<PoolLoanView>
          rowKey="demandId" size="small" loading={loans.isLoading} dataSource={loans.data?.items ?? []} pagination={{ pageSize: 10 }} locale={{ emptyText: t('risk.loans.empty') }}
          onRow={(l) => ({ 'data-testid': `pool-loan-${l.demandId}` }) as object}
          columns={[
            { title: t('risk.loans.enterprise'), render: (_, l) => l.enterpriseName ?? '' },
            { title: t('risk.loans.principal'), render: (_, l) => `${formatFenAsWanYuan(l.principalFen)} ${fmt.wanYuan()}` },
            { title: t('risk.loans.grantedOn'), dataIndex: 'grantedOn' },
            { title: t('risk.loans.pool'), render: (_, l) => pool(l) },
          ]}
        />
      </Card>
      <Card title={t('risk.claim.title')}>
        <ClaimForm loans={loans.data?.items ?? []} onFiled={() => setVersion((x) => x + 1)} />
      </Card>
      <Card title={t('risk.claims.mine')}>
        <ClaimTable
          claims={claims.data?.items ?? []} isLoading={claims.isLoading} actionsTitle={t('risk.review.actions.bank')}
          actions={(c) => (c.actions.includes('RESUBMIT') ? <ResubmitClaimForm claim={c} onDone={() => setVersion((x) => x + 1)} /> : null)}
        />
      </Card>
    </Space>
  );
}
