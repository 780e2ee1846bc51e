import { useState } from 'react';
import { Button, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { useAuth } from '../auth/use-auth';
import { DeliveriesTable } from './DeliveriesTable';
import { fetchInbox, markRead, type Notice } from './inbox-api';
import { inboxMessages } from './inbox-messages';
import { SubscriptionCard } from './SubscriptionCard';

/** 消息中心: policy notices pushed to the enterprise, with why it qualifies (我的政策 explains each rule); below, its subscription and deliveries. */
export function InboxPage() {
  const t = useMessages(inboxMessages);
  const { pick } = useI18n();
  const { data, error, reload } = useApi(() => fetchInbox(), []);
  const { me } = useAuth();
  const [savedCount, setSavedCount] = useState(0);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('inbox.title')}</Typography.Title>
      <Typography.Text data-testid="inbox-unread">{t('inbox.unread', { n: data?.unread ?? 0 })}</Typography.Text>
      <Table<Notice>
        rowKey="id" loading={!data} dataSource={data?.notices ?? []} locale={{ emptyText: t('inbox.empty') }} pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('inbox.col.policy'),
            render: (_, n) => <span data-testid={`notice-${n.policyKey ?? n.consultationId}`} style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}>{pick({ zh: n.titleZh, en: n.titleEn })}</span>,
          },
          {
            title: t('inbox.col.kind'),
            render: (_, n) => (
              <Space direction="vertical" size={0}>
                <Tag color={n.kind === 'ELIGIBLE' ? 'green' : n.kind === 'UNKNOWN' ? 'gold' : 'blue'}>{t(`inbox.kind.${n.kind}`)}</Tag>
                {n.missing.length > 0 && <Typography.Text type="secondary">{t('inbox.needs', { facts: n.missing.join(t('inbox.separator')) })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('inbox.col.received'), dataIndex: 'createdAt', render: (v: string) => v.slice(0, 16).replace('T', ' ') },
          {
            title: t('inbox.col.actions'),
            render: (_, n) => (
              <Space>
                {n.consultationId
                  ? <Link to={`/consultations/${encodeURIComponent(n.consultationId)}`} data-testid="notice-consultation-link">{t('inbox.consultation')}</Link>
                  : <Link to="/me/policies">{t('inbox.why')}</Link>}
                {n.readAt
                  ? <Typography.Text type="secondary">{t('inbox.read')}</Typography.Text>
                  : <Button size="small" onClick={async () => { await markRead(n.id); reload(); }}>{t('inbox.markRead')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {me?.uscc && <SubscriptionCard uscc={me.uscc} onSaved={() => setSavedCount((n) => n + 1)} />}
      {me?.uscc && <DeliveriesTable uscc={me.uscc} version={savedCount} />}
    </Space>
  );
}
