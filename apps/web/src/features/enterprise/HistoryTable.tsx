import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useI18n } from '../../i18n/use-i18n';
import { useApi } from '../../api/use-api';
import { fetchEnterpriseHistory } from '../../api/enterprises';
import type { HistoryEntry } from '../../api/types';
import { isBilingualText } from '../../i18n/bilingual';
import { LoadFailure } from '../errors/LoadFailure';
import { formatTimestamp } from '../../format/timestamp';

/** The versions of the enterprise profile and figures as the server records them. */
export function HistoryTable({ uscc, refreshKey }: { uscc: string; refreshKey: number }) {
  const { t, pick, language } = useI18n();
  const history = useApi(() => fetchEnterpriseHistory(uscc), [uscc, refreshKey]);
  if (history.error) return <LoadFailure error={history.error} onRetry={history.reload} />;
  const columns: ColumnsType<HistoryEntry> = [
    { title: t('history.version'), dataIndex: 'version', key: 'version', width: 90 },
    { title: t('history.changedAt'), key: 'changedAt', width: 200, render: (_, row) => formatTimestamp(row.changedAt, language) },
    { title: t('history.changedBy'), key: 'changedBy', width: 160, render: (_, row) => row.changedBy ?? '—' },
    {
      title: t('history.summary'),
      key: 'summary',
      render: (_, row) => (isBilingualText(row.summary) ? pick(row.summary) : (row.summary ?? '—')),
    },
  ];
  return (
    <Table<HistoryEntry>
      rowKey={(row) => String(row.version)}
      size="middle"
      loading={history.isLoading}
      columns={columns}
      dataSource={history.data ?? []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t('history.empty') }}
      data-testid="history-table"
    />
  );
}
