import { Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { fetchEnterpriseHistory } from '../../api/enterprises';
import type { HistoryEntry } from '../../api/types';
import { LoadFailure } from '../errors/LoadFailure';
import { formatTimestamp } from '../../format/timestamp';
import { fieldLabelKey } from './labels';

const CHANGE_COLORS = { CREATED: 'green', IMPORTED: 'default', UPDATED: 'blue' } as const;

/** Every version of the enterprise profile and of each year's figures, newest first, with who made it. */
export function HistoryTable({ uscc, refreshKey }: { uscc: string; refreshKey: number }) {
  const { t, language } = useI18n();
  const history = useApi(() => fetchEnterpriseHistory(uscc), [uscc, refreshKey]);
  if (history.error) return <LoadFailure error={history.error} onRetry={history.reload} />;
  const columns: ColumnsType<HistoryEntry> = [
    { title: t('history.changedAt'), key: 'validFrom', width: 190, render: (_, row) => formatTimestamp(row.validFrom, language) },
    {
      title: t('history.subject'),
      key: 'subject',
      width: 170,
      render: (_, row) => (row.kind === 'FIGURES' && row.year !== null ? t('history.figuresOfYear', { year: row.year }) : t('history.profile')),
    },
    { title: t('history.version'), dataIndex: 'version', key: 'version', width: 80 },
    {
      title: t('history.changeKind'),
      key: 'changeKind',
      width: 100,
      render: (_, row) => <Tag color={CHANGE_COLORS[row.changeKind] ?? 'default'}>{t(`history.changeKind.${row.changeKind}`)}</Tag>,
    },
    { title: t('history.changedBy'), key: 'actor', width: 200, render: (_, row) => row.actor?.displayName || row.actor?.username || t('history.system') },
    {
      title: t('history.summary'),
      key: 'fields',
      render: (_, row) => (
        <Space size={[0, 4]} wrap>
          {row.changedFields.map((field) => {
            const key = fieldLabelKey(field);
            return <Tag key={field}>{key ? t(key) : field}</Tag>;
          })}
        </Space>
      ),
    },
  ];
  return (
    <Table<HistoryEntry>
      rowKey={(row) => `${row.kind}-${row.year ?? ''}-${row.version}`}
      size="middle"
      loading={history.isLoading}
      columns={columns}
      dataSource={history.data ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('history.empty') }}
      data-testid="history-table"
      scroll={{ x: 'max-content' }}
    />
  );
}
