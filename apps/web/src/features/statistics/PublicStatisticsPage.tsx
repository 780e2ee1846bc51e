import { Button, Card, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/use-api';
import { formatCount, formatFenAsWanYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useMessages } from '../../i18n/define-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchFundsDisclosure, fetchRelease, fetchReleases, releaseCsvUrl, type FundDisclosure, type PublishedTable, type ReleaseSummary } from './statistics-api';
import { statisticsMessages, type StatisticsMessageKey } from './statistics-messages';
import { FundEvaluationAdminCard } from './FundEvaluationAdminCard';
import { FundEvaluationList } from './FundEvaluationList';
import { ReleaseAdminCard } from './ReleaseAdminCard';

function PublishedTableCard({ table, month }: { table: PublishedTable; month: string }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const rows = table.rowLabels.map((label, r) => ({ key: table.rowKeys[r]!, label, values: table.values[r]! }));
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={language === 'en' ? table.titleEn : table.titleZh}
      extra={<Space><Typography.Text type="secondary">{t('stats.public.unit', { unit: table.unitZh })}</Typography.Text><a href={releaseCsvUrl(month, table.id)} download>{t('stats.public.csv')}</a></Space>}
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

/** The years the funds disclosure offers: this year (Beijing) and the five before it, newest first. */
function fundYears(): number[] {
  const current = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  return Array.from({ length: 6 }, (_, i) => current - i);
}

function FundsCard({ year, onYear, revision }: { year: number; onYear: (year: number) => void; revision: number }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const funds = useApi(() => fetchFundsDisclosure(year), [year, revision]);
  if (funds.error) return <LoadFailure error={funds.error} onRetry={funds.reload} />;
  const hidden = <Tooltip title={t('stats.public.hidden')}><Tag>x</Tag></Tooltip>;
  const rows = funds.data?.funds ?? [];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={t('stats.funds.title', { year })}
      extra={<Space><span>{t('stats.funds.year')}</span><Select style={{ width: 100 }} aria-label={t('stats.funds.year')} value={year} onChange={onYear} options={fundYears().map((y) => ({ value: y, label: String(y) }))} data-testid="funds-year" /></Space>}
      data-testid="public-funds"
    >
      <Typography.Paragraph type="secondary">{t('stats.funds.intro')}</Typography.Paragraph>
      <Table<FundDisclosure>
        size="small"
        pagination={false}
        rowKey="fundId"
        dataSource={rows}
        locale={{ emptyText: t('stats.empty') }}
        expandable={{
          expandedRowRender: (f) => <FundEvaluationList evaluations={f.evaluations} />,
          rowExpandable: (f) => f.evaluations.length > 0,
          expandedRowKeys: rows.filter((f) => f.evaluations.length > 0).map((f) => f.fundId),
          showExpandColumn: false,
        }}
        columns={[
          {
            title: t('stats.funds.name'), key: 'name',
            render: (_: unknown, f) => (
              <Space direction="vertical" size={0}>
                <span>{language === 'en' ? f.nameEn : f.nameZh}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {f.evaluations.length > 0 ? t('stats.funds.evaluationCount', { n: f.evaluations.length }) : t('stats.funds.noEvaluation')}
                </Typography.Text>
              </Space>
            ),
          },
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

function ReleaseList({ releases, shown, onShow }: { releases: ReleaseSummary[]; shown: string | null; onShow: (month: string) => void }) {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('stats.release.list')} data-testid="release-list">
      <Table<ReleaseSummary>
        size="small"
        rowKey="month"
        dataSource={releases}
        pagination={releases.length > 12 ? { pageSize: 12 } : false}
        columns={[
          { title: t('stats.release.month'), dataIndex: 'month' },
          { title: t('stats.release.asOf'), dataIndex: 'asOf' },
          { title: t('stats.release.publishedAt'), key: 'publishedAt', render: (_: unknown, r) => formatTimestamp(r.publishedAt, language) },
          { title: t('stats.release.trigger'), key: 'trigger', render: (_: unknown, r) => t(`stats.release.${r.trigger}` as StatisticsMessageKey) },
          {
            title: '', key: 'view',
            render: (_: unknown, r) => (r.month === shown
              ? <Typography.Text type="secondary">{t('stats.release.current')}</Typography.Text>
              : <Button type="link" size="small" onClick={() => onShow(r.month)}>{t('stats.release.view')}</Button>),
          },
        ]}
      />
    </Card>
  );
}

/**
 * `/statistics/public`: the latest monthly release (tables with small or dominated cells hidden, CSV downloads), earlier releases listed;
 * the use of a year's support funds with their published evaluation and audit results, and for the SME bureau the card that records and publishes them.
 */
export function PublicStatisticsPage() {
  const t = useMessages(statisticsMessages);
  const { language } = useI18n();
  const isBureau = useAuth().me?.role === 'SME_BUREAU';
  const list = useApi(fetchReleases, []);
  const [chosen, setChosen] = useState<string | null>(null);
  const releases = list.data?.releases ?? [];
  const month = chosen ?? releases[0]?.month ?? null;
  const release = useApi(() => (month ? fetchRelease(month) : Promise.resolve(null)), [month]);
  const shown = release.data && release.data.month === month ? release.data : null;
  const [chosenFundsYear, setFundsYear] = useState<number | null>(null);
  const [fundsRevision, setFundsRevision] = useState(0);
  const fundsYear = chosenFundsYear ?? Number((month ?? releases[0]?.month ?? `${new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1}`).slice(0, 4));
  const failure = list.error ?? release.error;
  return (
    <div data-testid="statistics-public">
      <Typography.Title level={3}>{t('stats.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('stats.public.intro')}</Typography.Paragraph>
      {list.data && <Typography.Paragraph type="secondary" data-testid="release-schedule">{t('stats.release.schedule', { day: list.data.releaseDay })}</Typography.Paragraph>}
      {isBureau && list.data && (
        <ReleaseAdminCard releases={releases} releaseDay={list.data.releaseDay} onChanged={(published) => { if (published) setChosen(published); list.reload(); }} />
      )}
      {failure ? <LoadFailure error={failure} onRetry={() => { list.reload(); release.reload(); }} /> : list.data && (
        releases.length === 0 ? <Empty description={t('stats.release.none')} data-testid="no-release" /> : (
          <>
            <Space style={{ marginBottom: 16 }} wrap>
              <span>{t('stats.month')}</span>
              <Select style={{ width: 140 }} aria-label={t('stats.month')} value={month} onChange={setChosen} options={releases.map((r) => ({ value: r.month, label: r.month }))} data-testid="release-month" />
              {shown && (
                <Typography.Text type="secondary" data-testid="release-published">
                  {t('stats.release.published', { time: formatTimestamp(shown.publishedAt, language), date: shown.asOf })}
                </Typography.Text>
              )}
            </Space>
            {shown?.tables.map((tb) => <PublishedTableCard key={tb.id} table={tb} month={shown.month} />)}
            <ReleaseList releases={releases} shown={month} onShow={setChosen} />
          </>
        )
      )}
      <FundsCard year={fundsYear} onYear={setFundsYear} revision={fundsRevision} />
      {isBureau && <FundEvaluationAdminCard year={fundsYear} onPublished={() => setFundsRevision((r) => r + 1)} />}
    </div>
  );
}
