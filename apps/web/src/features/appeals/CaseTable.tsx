import { Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatTimestamp } from '../../format/timestamp';
import type { CaseSummary } from './appeals-api';
import { appealsMessages } from './appeals-messages';
import { casePath } from './appeals-paths';

/** A list of cases (projection fields only: never the reporter). */
export function CaseTable({ items, loading, testId }: { items: (CaseSummary & { isOverdue?: boolean })[]; loading?: boolean; testId: string }) {
  const { pick, language } = useI18n();
  const t = useMessages(appealsMessages);
  return (
    <Table<CaseSummary & { isOverdue?: boolean }>
      data-testid={testId}
      rowKey="trackingNumber"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('appeals.empty') }}
      columns={[
        { title: t('appeals.col.trackingNumber'), dataIndex: 'trackingNumber', render: (tn: string) => <Link to={casePath(tn)} data-testid={`case-link-${tn}`}>{tn}</Link> },
        { title: t('appeals.col.type'), render: (_, c) => pick(c.typeLabel) },
        {
          title: t('appeals.col.title'),
          render: (_, c) => (
            <Space size={4}>
              {c.title}
              {c.isAnonymous && <Tag>{t('appeals.anonymous')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('appeals.col.status'),
          render: (_, c) => (
            <Space size={4} wrap>
              <Tag color={!c.isFinal ? 'blue' : c.status === 'CLOSED' ? 'green' : 'default'}>{pick(c.statusLabel)}</Tag>
              {c.isPaused && <Tag color="orange">{t('appeals.paused')}</Tag>}
              {c.isOverdue && <Tag color="red">{t('appeals.overdue')}</Tag>}
            </Space>
          ),
        },
        { title: t('appeals.col.handler'), render: (_, c) => (c.handlerName ? pick(c.handlerName) : '—') },
        { title: t('appeals.col.submittedAt'), render: (_, c) => formatTimestamp(c.submittedAt, language) },
        { title: t('appeals.col.nextDue'), render: (_, c) => (c.nextDueAt ? formatTimestamp(c.nextDueAt, language) : '—') },
      ]}
    />
  );
}
