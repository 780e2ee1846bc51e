import { Card, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDashboard, type Group, type ShareInfo } from './benefits-api';
import { useBenefitsText } from './use-benefits-text';

export function ShareCell({ s }: { s: ShareInfo }) {
  const { t } = useBenefitsText();
  const pct = s.share === null ? '—' : `${(s.share * 100).toFixed(2)}%`;
  return (
    <span data-testid="small-micro-share">
      {pct} · {t('benefits.dash.minimum')}: {s.minimum ? s.minimum.label : t('benefits.dash.none')}{' '}
      {s.meetsMinimum !== null && <Tag color={s.meetsMinimum ? 'green' : 'red'}>{s.meetsMinimum ? '✓' : '✗'}</Tag>}
    </span>
  );
}

/** Officials: budget and use of each fund, by policy, district and size class, with the small-and-micro share and overdue reviews. */
export function FundsDashboardPage() {
  const { t, pick } = useBenefitsText();
  const { data, error, reload } = useApi(() => fetchDashboard(), []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  const groupCols = [
    { title: '', dataIndex: 'key' },
    { title: t('benefits.dash.cases'), dataIndex: 'cases' },
    { title: t('benefits.dash.committed'), dataIndex: 'committedFen', render: (v: number) => formatFenAsYuan(v) },
    { title: t('benefits.dash.paid'), dataIndex: 'paidFen', render: (v: number) => formatFenAsYuan(v) },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('benefits.dash.title')}</Typography.Title>
      <Table
        rowKey="id" loading={!data} dataSource={data?.funds ?? []} pagination={false} data-testid="fund-table"
        columns={[
          { title: t('benefits.col.fund'), dataIndex: 'name', render: (v: { zh: string; en: string }) => pick(v) },
          { title: t('benefits.dash.budget'), dataIndex: 'budgetFen', render: (v: number) => formatFenAsYuan(v) },
          { title: t('benefits.dash.committed'), dataIndex: 'committedFen', render: (v: number) => formatFenAsYuan(v) },
          { title: t('benefits.dash.paid'), dataIndex: 'paidFen', render: (v: number) => formatFenAsYuan(v) },
          { title: t('benefits.dash.remaining'), dataIndex: 'remainingFen', render: (v: number) => formatFenAsYuan(v) },
          { title: t('benefits.dash.share'), dataIndex: 'smallMicro', render: (v: ShareInfo) => <ShareCell s={v} /> },
        ]}
      />
      <Card title={t('benefits.dash.byPolicy')}><Table<Group> rowKey="key" size="small" pagination={false} dataSource={data?.byPolicy ?? []} columns={groupCols} /></Card>
      <Card title={t('benefits.dash.byDistrict')}><Table<Group> rowKey="key" size="small" pagination={false} dataSource={data?.byDistrict ?? []} columns={groupCols} /></Card>
      <Card title={t('benefits.dash.bySize')}><Table<Group> rowKey="key" size="small" pagination={false} dataSource={data?.bySizeClass ?? []} columns={groupCols} /></Card>
      <Card title={t('benefits.dash.overdue')}>
        <Table rowKey="trackingNumber" size="small" pagination={false} dataSource={data?.overdue ?? []} columns={[{ title: t('benefits.col.tracking'), dataIndex: 'trackingNumber' }, { title: t('benefits.col.policy'), dataIndex: 'policyId' }, { title: t('benefits.col.due'), dataIndex: 'dueOn' }]} />
      </Card>
    </Space>
  );
}
