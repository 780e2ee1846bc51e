import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchDeliveries, type Delivery } from './subscription-api';
import { subscriptionMessages } from './subscription-messages';

const STATUS_COLOR: Record<Delivery['status'], string> = { PENDING: 'blue', SENT: 'green', FAILED: 'red', SUPPRESSED: 'default' };
const shortTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '');

/** 推送记录: this enterprise's recent deliveries through external channels, with what was sent. `version` reloads it. */
export function DeliveriesTable({ uscc, version }: { uscc: string; version: number }) {
  const t = useMessages(subscriptionMessages);
  const { pick } = useI18n();
  const { data, error, reload } = useApi(() => fetchDeliveries(uscc), [uscc, version]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Card title={t('deliveries.title')} data-testid="deliveries-card" extra={<Button size="small" onClick={reload}>{t('deliveries.refresh')}</Button>}>
      <Table<Delivery>
        rowKey="id" size="small" loading={!data} dataSource={data?.items ?? []} pagination={false} locale={{ emptyText: t('deliveries.empty') }}
        expandable={{
          rowExpandable: (d) => d.messageText !== null,
          expandedRowRender: (d) => <Typography.Text>{t('deliveries.message', { text: d.messageText ?? '' })}</Typography.Text>,
        }}
        columns={[
          { title: t('deliveries.col.policy'), render: (_, d) => pick({ zh: d.titleZh, en: d.titleEn }) },
          { title: t('deliveries.col.channel'), render: (_, d) => t(`sub.channel.${d.channel}`) },
          { title: t('deliveries.col.status'), render: (_, d) => <Tag color={STATUS_COLOR[d.status]} data-testid={`delivery-status-${d.id}`}>{t(`deliveries.status.${d.status}`)}</Tag> },
          { title: t('deliveries.col.attempts'), dataIndex: 'attempts' },
          {
            title: t('deliveries.col.detail'),
            render: (_, d) => (
              <Space direction="vertical" size={0}>
                {d.reason && <Typography.Text type="secondary">{t(`deliveries.reason.${d.reason}`)}</Typography.Text>}
                {d.lastError && <Typography.Text type={d.status === 'SENT' ? 'secondary' : 'danger'}>{d.lastError}</Typography.Text>}
                {d.status === 'PENDING' && d.nextAttemptAt && <Typography.Text type="secondary">{t('deliveries.nextAttempt', { time: shortTime(d.nextAttemptAt) })}</Typography.Text>}
                {d.receipt && <Typography.Text type="secondary">{t('deliveries.receipt', { receipt: d.receipt })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('deliveries.col.time'), render: (_, d) => shortTime(d.sentAt ?? d.createdAt) },
        ]}
      />
    </Card>
  );
}
