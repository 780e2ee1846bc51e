import { Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatCount } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublic, publicCsvUrl, type PublishedTable } from './statistics-api';
import { statisticsMessages } from './statistics-messages';
import { recentMonths } from './stat-values';

function PublishedTableCard({ table, month }: { table: PublishedTable; month: string }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const rows = table.rowLabels.map((label, r) => ({ key: table.rowKeys[r]!, label, values: table.values[r]! }));
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={language === 'en' ? table.titleEn : table.titleZh}
      extra={<Space><Typography.Text type="secondary">{t('stats.public.unit', { unit: table.unitZh })}</Typography.Text><a href={publicCsvUrl(table.id, month)} download>{t('stats.public.csv')}</a></Space>}
      data-testid={`public-table-${table.id}`}
    >
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          { title: '', dataIndex: 'label' },
          ...table.colLabels.map((c, k) => ({
            title: c,
            key: table.colKeys[k]!,
            align: 'right' as const,
            render: (_: unknown, r: { values: (number | null)[] }) => {
              const v = r.values[k];
              return v === null || v === undefined
                ? <Tooltip title={t('stats.public.hidden')}><Tag data-testid="suppressed-cell">x</Tag></Tooltip>
                : formatCount(v);
            },
          })),
        ]}
      />
    </Card>
  );
}

/** `/statistics/public`: the published tables (monthly), with small or dominated cells hidden, and CSV downloads. */
export function PublicStatisticsPage() {
  const t = useMessages(statisticsMessages);
  const months = useMemo(() => recentMonths(new Date()), []);
  const [month, setMonth] = useState(months[0]!);
  const data = useApi(() => fetchPublic(month), [month]);
  return (
    <div data-testid="statistics-public">
      <Typography.Title level={3}>{t('stats.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('stats.public.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }}>
        <span>{t('stats.month')}</span>
        <Select style={{ width: 140 }} value={month} onChange={setMonth} options={months.map((m) => ({ value: m, label: m }))} />
        {data.data && <Typography.Text type="secondary">{t('stats.asOf', { date: data.data.asOf })}</Typography.Text>}
      </Space>
      {data.error ? <LoadFailure error={data.error} onRetry={data.reload} /> : (data.data?.tables ?? []).map((tb) => <PublishedTableCard key={tb.id} table={tb} month={month} />)}
    </div>
  );
}
