import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { fetchCases, fetchPolicies, type CaseSummary } from './benefits-api';
import { useBenefitsText } from './use-benefits-text';

/** The enterprise's page: its applications and 免申即享 cases with status and amount, and the policies it may apply for. */
export function MyBenefitsPage() {
  const { t, pick } = useBenefitsText();
  const cases = useApi(() => fetchCases(), []);
  const policies = useApi(() => fetchPolicies(), []);
  const title = (policyId: string) => {
    const p = policies.data?.items.find((x) => x.policyId === policyId);
    return p ? pick(p.title) : policyId;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.mine.title')}</Typography.Title>
      <Card title={t('benefits.mine.cases')}>
        <Table<CaseSummary>
          data-testid="my-benefit-cases" rowKey="id" loading={cases.isLoading} dataSource={cases.data?.items ?? []} pagination={false}
          columns={[
            { title: t('benefits.col.tracking'), dataIndex: 'trackingNumber', render: (v: string, r) => <Link to={`/benefits/cases/${r.id}`} data-testid={`case-link-${r.policyId}`}>{v}</Link> },
            { title: t('benefits.col.policy'), dataIndex: 'policyId', render: (v: string) => title(v) },
            { title: t('benefits.col.channel'), dataIndex: 'channel', render: (v: string) => t(`benefits.channel.${v}` as 'benefits.channel.NO_APPLICATION') },
            { title: t('benefits.col.status'), dataIndex: 'status', render: (_: string, r) => <Tag data-testid="case-status">{pick(r.statusLabel)}</Tag> },
            { title: t('benefits.col.amount'), dataIndex: 'amountFen', align: 'right', render: (v: number | null) => <span data-testid="case-amount">{v === null ? '—' : formatFenAsYuan(v)}</span> },
          ]}
        />
      </Card>
      <Card title={t('benefits.mine.policies')}>
        <Table
          rowKey="policyId" loading={policies.isLoading} pagination={false}
          dataSource={(policies.data?.items ?? []).filter((p) => p.channel === 'ONLINE_APPLICATION')}
          columns={[
            { title: t('benefits.col.policy'), dataIndex: 'title', render: (v: { zh: string; en: string }) => pick(v) },
            { title: t('benefits.col.fund'), dataIndex: 'fund', render: (v: { name: { zh: string; en: string } }) => pick(v.name) },
            { title: '', dataIndex: 'policyId', render: (v: string) => <Link to={`/benefits/apply/${v}`}><Button type="primary" data-testid={`apply-${v}`}>{t('benefits.apply')}</Button></Link> },
          ]}
        />
      </Card>
    </Space>
  );
}
