import { Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatCount, formatFenAsWanYuan } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchFundsDisclosure, fetchPublic, publicCsvUrl, type FundDisclosure, type PublishedTable } from './statistics-api';
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

function FundsCard({ year }: { year: number }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const funds = useApi(() => fetchFundsDisclosure(year), [year]);
  if (funds.error) return <LoadFailure error={funds.error} onRetry={funds.reload} />;
  const hidden = <Tooltip title={t('stats.public.hidden')}><Tag>x</Tag></Tooltip>;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('stats.funds.title', { year })} data-testid="public-funds">
      <Typography.Paragraph type="secondary">{t('stats.funds.intro')}</Typography.Paragraph>
      <Table<FundDisclosure>
        size="small"
        pagination={false}
        rowKey={(f) => `${f.nameZh}|${f.departmentZh}`}
        dataSource={funds.data?.funds ?? []}
        locale={{ emptyText: t('stats.empty') }}
        columns={[
          { title: t('stats.funds.name'), key: 'name', render: (_: unknown, f) => (language === 'en' ? f.nameEn : f.nameZh) },
          { title: t('stats.funds.department'), dataIndex: 'departmentZh' },
          { title: t('stats.funds.budget'), align: 'right', render: (_: unknown, f) => formatFenAsWanYuan(f.budgetFen) },
          { title: t('stats.funds.paid'), align: 'right', render: (_: unknown, f) => (f.paidFen === null ? hidden : formatFenAsWanYuan(f.paidFen)) },
          { title: t('stats.funds.smallMicro'), align: 'right', render: (_: unknown, f) => (f.smallMicroPaidFen === null ? hidden : formatFenAsWanYuan(f.smallMicroPaidFen)) },
          { title: t('stats.funds.recipients'), align: 'right', render: (_: unknown, f) => (f.recipients === null ? hidden : formatCount(f.recipients)) },
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
      <FundsCard year={Number(month.slice(0, 4))} />
    </div>
  );
}
