import { Card, Space, Table, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { formatFenAsYuan } from '../../format/money';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDisclosure } from './benefits-api';
import { ShareCell } from './FundsDashboardPage';
import { useBenefitsText } from './use-benefits-text';

/** Public: fund use by policy — budget, beneficiaries, amounts, small-and-micro share. Aggregates only, no names. */
export function PublicDisclosurePage() {
  const { t, pick } = useBenefitsText();
  const { data, error, reload } = useApi(() => fetchDisclosure(), []);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%', padding: 24 }} size="large">
      <Typography.Title level={2}>{t('benefits.public.title')}</Typography.Title>
      {(data?.funds ?? []).map((f) => (
        <Card key={f.id} title={`${pick(f.name)} · ${t('benefits.dash.budget')} ${formatFenAsYuan(f.budgetFen)}`} data-testid={`disclosure-${f.id}`}>
          <p>{t('benefits.dash.committed')}: {formatFenAsYuan(f.committedFen)} · {t('benefits.dash.paid')}: {formatFenAsYuan(f.paidFen)} · {t('benefits.dash.share')}: <ShareCell s={f.smallMicro} /></p>
          <Table
            rowKey="policyId" size="small" pagination={false} dataSource={f.policies}
            columns={[
              { title: t('benefits.col.policy'), dataIndex: 'title', render: (v: { zh: string; en: string }) => pick(v) },
              { title: t('benefits.dash.beneficiaries'), dataIndex: 'beneficiaries' },
              { title: t('benefits.dash.committed'), dataIndex: 'committedFen', render: (v: number) => formatFenAsYuan(v) },
              { title: t('benefits.dash.paid'), dataIndex: 'paidFen', render: (v: number) => formatFenAsYuan(v) },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
